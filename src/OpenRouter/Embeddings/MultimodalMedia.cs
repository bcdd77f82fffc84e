using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Media of a multimodal embedding part (<c>input_audio</c>, <c>input_video</c>, <c>input_file</c>): a data URI or URL, and its format.</summary>
public sealed class MultimodalMedia
{
    /// <summary>The media as a <c>data:...;base64,</c> URI or a URL (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public string? Data { get; init; }

    /// <summary>The format (<c>format</c>), e.g. <c>wav</c>, <c>mp4</c>, <c>pdf</c>; optional.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
