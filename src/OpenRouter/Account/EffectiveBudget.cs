using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// What a key may still spend: the smallest of the limits that apply to it
/// (<c>effective_budget</c> of <c>GET key</c>).
/// </summary>
public sealed class EffectiveBudget
{
    /// <summary>The US dollars left under the tightest limit (<c>remaining_usd</c>); null when no limit applies or it is not reported.</summary>
    [JsonPropertyName("remaining_usd")]
    public decimal? RemainingUsd { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model (the tightest limit's details, say).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
