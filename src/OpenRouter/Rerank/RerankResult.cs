using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>One ranked document (an item of <c>results</c>).</summary>
public sealed class RerankResult
{
    /// <summary>The document's position in the request's <see cref="RerankRequest.Documents"/> (<c>index</c>).</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>The relevance to the query (<c>relevance_score</c>); higher is more relevant.</summary>
    [JsonPropertyName("relevance_score")]
    public double RelevanceScore { get; init; }

    /// <summary>The document echoed back (<c>document</c>).</summary>
    [JsonPropertyName("document")]
    public RerankDocument? Document { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
