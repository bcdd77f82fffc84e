using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>The answer of <c>POST rerank</c>: the documents by relevance, most relevant first, with usage.</summary>
public sealed class RerankResponse : IRouteResponse
{
    /// <summary>The response id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The model that ranked (<c>model</c>).</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The provider that served the request (<c>provider</c>), e.g. <c>Cohere</c>.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>The ranked documents (<c>results</c>), most relevant first.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<RerankResult>? Results { get; init; }

    /// <summary>Search units, tokens and cost (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public RerankUsage? Usage { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    string? IRouteResponse.MissingMember => Results is null ? "results" : null;
}
