using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The voice sample of a voice-cloning reference (<c>input_references[].input_audio</c>).</summary>
public sealed class SpeechReferenceAudio
{
    /// <summary>The audio in base64, or a <c>data:audio/...;base64,</c> URI (<c>data</c>); at most 20 MiB of base64.</summary>
    [JsonPropertyName("data")]
    public string? Data { get; init; }

    /// <summary>The audio format (<c>format</c>), e.g. <c>wav</c>; optional.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
