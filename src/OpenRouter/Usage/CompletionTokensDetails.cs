using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Breakdown of completion tokens (<c>usage.completion_tokens_details</c>).</summary>
public sealed class CompletionTokensDetails
{
    /// <summary>Reasoning tokens (<c>reasoning_tokens</c>).</summary>
    [JsonPropertyName("reasoning_tokens")]
    public int? ReasoningTokens { get; init; }

    /// <summary>Audio output tokens (<c>audio_tokens</c>).</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; init; }

    /// <summary>Image output tokens (<c>image_tokens</c>).</summary>
    [JsonPropertyName("image_tokens")]
    public int? ImageTokens { get; init; }

    /// <summary>Predicted-output tokens that were used (<c>accepted_prediction_tokens</c>).</summary>
    [JsonPropertyName("accepted_prediction_tokens")]
    public int? AcceptedPredictionTokens { get; init; }

    /// <summary>Predicted-output tokens that were not used (<c>rejected_prediction_tokens</c>).</summary>
    [JsonPropertyName("rejected_prediction_tokens")]
    public int? RejectedPredictionTokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
