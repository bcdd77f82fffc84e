using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Audio output settings (<c>audio</c>), used with <c>modalities: ["text","audio"]</c> and streaming.</summary>
public sealed class AudioOutputOptions
{
    /// <summary>The voice (<c>voice</c>), e.g. <c>alloy</c>.</summary>
    [JsonPropertyName("voice")]
    public string? Voice { get; init; }

    /// <summary>The audio format (<c>format</c>), e.g. <c>wav</c>, <c>mp3</c>, <c>pcm16</c>.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
