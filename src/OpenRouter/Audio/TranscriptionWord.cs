using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A timestamped word of a transcription (an item of <c>words</c>).</summary>
public sealed class TranscriptionWord
{
    /// <summary>The word (<c>word</c>).</summary>
    [JsonPropertyName("word")]
    public string? Word { get; init; }

    /// <summary>The start in seconds (<c>start</c>).</summary>
    [JsonPropertyName("start")]
    public double Start { get; init; }

    /// <summary>The end in seconds (<c>end</c>).</summary>
    [JsonPropertyName("end")]
    public double End { get; init; }

    /// <summary>The speaker index, with diarization (<c>speaker</c>).</summary>
    [JsonPropertyName("speaker")]
    public int? Speaker { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
