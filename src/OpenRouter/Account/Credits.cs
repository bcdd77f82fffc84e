using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The account's credits (the <c>data</c> of <c>GET credits</c>), in USD.</summary>
public sealed class Credits
{
    /// <summary>Total credits purchased (<c>total_credits</c>).</summary>
    [JsonPropertyName("total_credits")]
    public decimal TotalCredits { get; init; }

    /// <summary>Total credits used (<c>total_usage</c>).</summary>
    [JsonPropertyName("total_usage")]
    public decimal TotalUsage { get; init; }

    /// <summary>Credits left: <see cref="TotalCredits"/> minus <see cref="TotalUsage"/>.</summary>
    [JsonIgnore]
    public decimal Remaining => TotalCredits - TotalUsage;

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
