using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The body of <c>POST images</c>: a prompt (and optional reference images) and the image model. Unset properties are not written.</summary>
/// <remarks>Fields not modelled here can be sent through <see cref="AdditionalProperties"/>.</remarks>
public sealed class ImageRequest
{
    /// <summary>The image model id (<c>model</c>), e.g. <c>bytedance-seed/seedream-4.5</c>; required.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>What to draw (<c>prompt</c>); required.</summary>
    [JsonPropertyName("prompt")]
    public string? Prompt { get; init; }

    /// <summary>Reference images for image-to-image generation and edits (<c>input_references</c>), as <see cref="ChatContentPart.CreateImageUrl(string, ImageDetailLevel?)"/> parts; at most 16.</summary>
    [JsonPropertyName("input_references")]
    public IReadOnlyList<ChatContentPart>? InputReferences { get; init; }

    /// <summary>The aspect ratio (<c>aspect_ratio</c>), e.g. <c>16:9</c>.</summary>
    [JsonPropertyName("aspect_ratio")]
    public ImageAspectRatio? AspectRatio { get; init; }

    /// <summary>The resolution tier (<c>resolution</c>): <c>512</c>, <c>1K</c>, <c>2K</c> or <c>4K</c>.</summary>
    [JsonPropertyName("resolution")]
    public ImageResolution? Resolution { get; init; }

    /// <summary>A size shorthand (<c>size</c>): a tier (<c>2K</c>) or explicit pixels (<c>2048x2048</c>, which wins over the ratio and tier).</summary>
    [JsonPropertyName("size")]
    public string? Size { get; init; }

    /// <summary>The upper bound on the number of images (<c>n</c>), 1 to 10; providers may return fewer.</summary>
    [JsonPropertyName("n")]
    public int? N { get; init; }

    /// <summary>The encoding of the image bytes (<c>output_format</c>): png, jpeg, webp or svg.</summary>
    [JsonPropertyName("output_format")]
    public ImageOutputFormat? OutputFormat { get; init; }

    /// <summary>The compression level, 0 to 100, of webp and jpeg output (<c>output_compression</c>).</summary>
    [JsonPropertyName("output_compression")]
    public int? OutputCompression { get; init; }

    /// <summary>The background (<c>background</c>): auto, transparent or opaque.</summary>
    [JsonPropertyName("background")]
    public ImageBackground? Background { get; init; }

    /// <summary>The rendering quality (<c>quality</c>): auto, low, medium or high.</summary>
    [JsonPropertyName("quality")]
    public ImageQuality? Quality { get; init; }

    /// <summary>A seed for repeatable results where the provider supports it (<c>seed</c>).</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; init; }

    /// <summary>Whether to stream partial images (<c>stream</c>); <see cref="OpenRouterClient.CreateImagesAsync(ImageRequest, System.Threading.CancellationToken)"/> refuses true.</summary>
    [JsonPropertyName("stream")]
    public bool? Stream { get; init; }

    /// <summary>Provider routing and provider-specific options (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public ImageProviderPreferences? Provider { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
