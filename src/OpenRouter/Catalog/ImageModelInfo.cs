using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>An image generation model as <c>GET images/models</c> lists it, with the parameters any of its endpoints accepts.</summary>
public sealed class ImageModelInfo
{
    /// <summary>The model id (<c>id</c>), e.g. <c>bytedance-seed/seedream-4.5</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The display name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>When the model was added, in Unix seconds (<c>created</c>).</summary>
    [JsonPropertyName("created")]
    public long? Created { get; init; }

    /// <summary>Input and output modalities (<c>architecture</c>).</summary>
    [JsonPropertyName("architecture")]
    public ImageModelArchitecture? Architecture { get; init; }

    /// <summary>Request parameters accepted by at least one endpoint, by wire name (<c>supported_parameters</c>), e.g. <c>resolution</c>.</summary>
    [JsonPropertyName("supported_parameters")]
    public IReadOnlyDictionary<string, ImageParameterCapability>? SupportedParameters { get; init; }

    /// <summary>Whether any endpoint streams partial images (<c>supports_streaming</c>).</summary>
    [JsonPropertyName("supports_streaming")]
    public bool? SupportsStreaming { get; init; }

    /// <summary>The relative URL of the model's per-endpoint records (<c>endpoints</c>).</summary>
    [JsonPropertyName("endpoints")]
    public string? Endpoints { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
