using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Usage of a rerank request (<c>usage</c>).</summary>
public sealed class RerankUsage
{
    /// <summary>Search units consumed, for providers that bill by them (<c>search_units</c>).</summary>
    [JsonPropertyName("search_units")]
    public int? SearchUnits { get; init; }

    /// <summary>Tokens used (<c>total_tokens</c>).</summary>
    [JsonPropertyName("total_tokens")]
    public int? TotalTokens { get; init; }

    /// <summary>Credits (USD) charged for the request (<c>cost</c>).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
