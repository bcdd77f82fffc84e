using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Usage of a transcription (<c>usage</c>): tokens, audio seconds and cost.</summary>
public sealed class TranscriptionUsage
{
    /// <summary>Input tokens billed (<c>input_tokens</c>).</summary>
    [JsonPropertyName("input_tokens")]
    public int? InputTokens { get; init; }

    /// <summary>Output tokens generated (<c>output_tokens</c>).</summary>
    [JsonPropertyName("output_tokens")]
    public int? OutputTokens { get; init; }

    /// <summary>Input plus output tokens (<c>total_tokens</c>).</summary>
    [JsonPropertyName("total_tokens")]
    public int? TotalTokens { get; init; }

    /// <summary>The audio's duration in seconds (<c>seconds</c>).</summary>
    [JsonPropertyName("seconds")]
    public double? Seconds { get; init; }

    /// <summary>Credits (USD) charged for the request (<c>cost</c>).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
