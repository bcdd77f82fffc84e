using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>The answer of <c>POST embeddings</c>: one vector per input, in <see cref="Data"/>, with usage and cost.</summary>
public sealed class EmbeddingResponse : IRouteResponse
{
    /// <summary>The response id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The object type (<c>object</c>), <c>list</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>The model that made the vectors (<c>model</c>).</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The vectors (<c>data</c>); each item's <see cref="EmbeddingItem.Index"/> names its input.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(EmbeddingItemListJsonConverter))]
    public IReadOnlyList<EmbeddingItem>? Data { get; init; }

    /// <summary>Token counts and cost (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public EmbeddingUsage? Usage { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    string? IRouteResponse.MissingMember => Data is null ? "data" : null;
}
