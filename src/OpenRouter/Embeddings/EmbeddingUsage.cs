using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Token counts and cost of an embedding request (<c>usage</c>).</summary>
public sealed class EmbeddingUsage
{
    /// <summary>Tokens in the input (<c>prompt_tokens</c>).</summary>
    [JsonPropertyName("prompt_tokens")]
    public int PromptTokens { get; init; }

    /// <summary>All tokens billed (<c>total_tokens</c>).</summary>
    [JsonPropertyName("total_tokens")]
    public int TotalTokens { get; init; }

    /// <summary>Credits (USD) charged for the request (<c>cost</c>).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Upstream cost breakdown (<c>cost_details</c>).</summary>
    [JsonPropertyName("cost_details")]
    public UsageCostDetails? CostDetails { get; init; }

    /// <summary>Whether the request ran on the caller's own provider key (<c>is_byok</c>).</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; init; }

    /// <summary>Input tokens per modality (<c>prompt_tokens_details</c>), sent for inputs of two or more modalities.</summary>
    [JsonPropertyName("prompt_tokens_details")]
    public EmbeddingTokensDetails? PromptTokensDetails { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
