using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The provider endpoints serving one model (the <c>data</c> of <c>GET models/{author}/{slug}/endpoints</c>).</summary>
public sealed class ModelEndpoints
{
    /// <summary>The model id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The model name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>When the model was added, in unix seconds (<c>created</c>).</summary>
    [JsonPropertyName("created")]
    public long Created { get; init; }

    /// <summary><see cref="Created"/> as a <see cref="DateTimeOffset"/> (UTC).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeSeconds(Created);

    /// <summary>The description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The architecture (<c>architecture</c>).</summary>
    [JsonPropertyName("architecture")]
    public ModelArchitecture? Architecture { get; init; }

    /// <summary>The endpoints (<c>endpoints</c>).</summary>
    [JsonPropertyName("endpoints")]
    public IReadOnlyList<ModelEndpoint>? Endpoints { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
