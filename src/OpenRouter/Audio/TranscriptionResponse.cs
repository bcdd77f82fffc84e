using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>The answer of <c>POST audio/transcriptions</c>: the text, and with <c>verbose_json</c> the language, duration and timestamps.</summary>
public sealed class TranscriptionResponse : IRouteResponse
{
    /// <summary>The transcribed text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The task performed (<c>task</c>), e.g. <c>transcribe</c>; verbose answers only.</summary>
    [JsonPropertyName("task")]
    public string? Task { get; init; }

    /// <summary>The detected or given language (<c>language</c>), e.g. <c>english</c>; verbose answers only.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; init; }

    /// <summary>The audio's duration in seconds (<c>duration</c>); verbose answers only.</summary>
    [JsonPropertyName("duration")]
    public double? Duration { get; init; }

    /// <summary>Timestamped segments (<c>segments</c>); verbose answers only.</summary>
    [JsonPropertyName("segments")]
    public IReadOnlyList<TranscriptionSegment>? Segments { get; init; }

    /// <summary>Timestamped words (<c>words</c>), when the provider returns them.</summary>
    [JsonPropertyName("words")]
    public IReadOnlyList<TranscriptionWord>? Words { get; init; }

    /// <summary>Tokens, seconds and cost (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public TranscriptionUsage? Usage { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    string? IRouteResponse.MissingMember => Text is null ? "text" : null;
}
