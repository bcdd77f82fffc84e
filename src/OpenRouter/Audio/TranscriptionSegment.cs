using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A timestamped segment of a verbose transcription (an item of <c>segments</c>).</summary>
public sealed class TranscriptionSegment
{
    /// <summary>The segment's index in the transcript (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public int Id { get; init; }

    /// <summary>The start in seconds (<c>start</c>).</summary>
    [JsonPropertyName("start")]
    public double Start { get; init; }

    /// <summary>The end in seconds (<c>end</c>).</summary>
    [JsonPropertyName("end")]
    public double End { get; init; }

    /// <summary>The segment's text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The seek offset (<c>seek</c>).</summary>
    [JsonPropertyName("seek")]
    public int? Seek { get; init; }

    /// <summary>The speaker index, with diarization (<c>speaker</c>).</summary>
    [JsonPropertyName("speaker")]
    public int? Speaker { get; init; }

    /// <summary>The temperature used (<c>temperature</c>).</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>The average log probability (<c>avg_logprob</c>).</summary>
    [JsonPropertyName("avg_logprob")]
    public double? AvgLogprob { get; init; }

    /// <summary>The compression ratio (<c>compression_ratio</c>).</summary>
    [JsonPropertyName("compression_ratio")]
    public double? CompressionRatio { get; init; }

    /// <summary>The probability that the segment holds no speech (<c>no_speech_prob</c>).</summary>
    [JsonPropertyName("no_speech_prob")]
    public double? NoSpeechProb { get; init; }

    /// <summary>The token ids (<c>tokens</c>).</summary>
    [JsonPropertyName("tokens")]
    public IReadOnlyList<int>? Tokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
