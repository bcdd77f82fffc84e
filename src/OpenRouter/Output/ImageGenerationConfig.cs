using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Image generation options (<c>image_config</c>); provider-specific keys go in <see cref="AdditionalProperties"/>.</summary>
public sealed class ImageGenerationConfig
{
    /// <summary>The aspect ratio (<c>aspect_ratio</c>), e.g. <c>16:9</c>.</summary>
    [JsonPropertyName("aspect_ratio")]
    public string? AspectRatio { get; init; }

    /// <summary>The image size (<c>image_size</c>), e.g. <c>1K</c>, <c>2K</c>, <c>4K</c>.</summary>
    [JsonPropertyName("image_size")]
    public string? ImageSize { get; init; }

    /// <summary>Other (provider-specific) options, e.g. <c>quality</c>.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
