using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>The answer of <c>POST images</c>: the generated images as base64 with their media types, and usage.</summary>
public sealed class ImageResponse : IRouteResponse
{
    /// <summary>When the images were made, in Unix seconds (<c>created</c>).</summary>
    [JsonPropertyName("created")]
    public long Created { get; init; }

    /// <summary>The images (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<GeneratedImage>? Data { get; init; }

    /// <summary>Token counts and cost (<c>usage</c>), when the provider reports them.</summary>
    [JsonPropertyName("usage")]
    public TokenUsage? Usage { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    string? IRouteResponse.MissingMember => Data is null ? "data" : null;
}
