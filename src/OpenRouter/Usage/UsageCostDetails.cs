using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Upstream cost breakdown (<c>usage.cost_details</c>), in USD.</summary>
public sealed class UsageCostDetails
{
    /// <summary>What the upstream provider charged (<c>upstream_inference_cost</c>); meaningful for BYOK requests.</summary>
    [JsonPropertyName("upstream_inference_cost")]
    public decimal? UpstreamInferenceCost { get; init; }

    /// <summary>The prompt part of the upstream cost (<c>upstream_inference_prompt_cost</c>).</summary>
    [JsonPropertyName("upstream_inference_prompt_cost")]
    public decimal? UpstreamInferencePromptCost { get; init; }

    /// <summary>The completion part of the upstream cost (<c>upstream_inference_completions_cost</c>).</summary>
    [JsonPropertyName("upstream_inference_completions_cost")]
    public decimal? UpstreamInferenceCompletionsCost { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
