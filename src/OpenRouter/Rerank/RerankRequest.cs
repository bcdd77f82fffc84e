using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The body of <c>POST rerank</c>: a query and the documents to order by relevance to it. Unset properties are not written.</summary>
/// <remarks>Fields not modelled here can be sent through <see cref="AdditionalProperties"/>.</remarks>
public sealed class RerankRequest
{
    /// <summary>The rerank model id (<c>model</c>), e.g. <c>cohere/rerank-v3.5</c>; required.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The search query (<c>query</c>); required.</summary>
    [JsonPropertyName("query")]
    public string? Query { get; init; }

    /// <summary>The documents (<c>documents</c>): texts (a string converts implicitly) or text-and-image documents; at least one.</summary>
    [JsonPropertyName("documents")]
    public IReadOnlyList<RerankDocument>? Documents { get; init; }

    /// <summary>How many of the most relevant documents to return (<c>top_n</c>); all when unset.</summary>
    [JsonPropertyName("top_n")]
    public int? TopN { get; init; }

    /// <summary>Provider routing preferences (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
