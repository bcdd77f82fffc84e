using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter;
using OpenRouter.SemanticKernel;

namespace Microsoft.SemanticKernel;

/// <summary>Execution settings for OpenRouter text-to-image, under the wire names of OpenRouter's image route.</summary>
/// <remarks>
/// JSON names are OpenRouter's wire names of <c>POST images</c> (and <c>width</c>/<c>height</c>, which Semantic Kernel's
/// <c>GenerateImageAsync</c> uses), so the same keys work in prompt templates, in plain
/// <see cref="PromptExecutionSettings.ExtensionData"/> and in this typed class. Other wire fields, such as
/// <c>input_references</c> for edits, reach the request from extension data under their wire names.
/// </remarks>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class OpenRouterTextToImageExecutionSettings : PromptExecutionSettings
{
    private int? _width;
    private int? _height;
    private string? _size;
    private string? _aspectRatio;
    private string? _resolution;
    private int? _count;
    private string? _outputFormat;
    private int? _outputCompression;
    private string? _background;
    private string? _quality;
    private long? _seed;
    private ImageProviderPreferences? _provider;

    /// <summary>The image width in pixels; with <see cref="Height"/> it is sent as the explicit size <c>{width}x{height}</c>.</summary>
    /// <remarks>Semantic Kernel's <c>GenerateImageAsync(description, width, height)</c> passes these names. Not an OpenRouter field: do not set it with <see cref="Size"/>.</remarks>
    [JsonPropertyName("width")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Width
    {
        get => _width;
        set
        {
            ThrowIfFrozen();
            _width = value;
        }
    }

    /// <summary>The image height in pixels; see <see cref="Width"/>.</summary>
    [JsonPropertyName("height")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Height
    {
        get => _height;
        set
        {
            ThrowIfFrozen();
            _height = value;
        }
    }

    /// <summary>A size shorthand (<c>size</c>): a tier (<c>2K</c>) or explicit pixels (<c>2048x2048</c>, which wins over the aspect ratio and tier).</summary>
    [JsonPropertyName("size")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Size
    {
        get => _size;
        set
        {
            ThrowIfFrozen();
            _size = value;
        }
    }

    /// <summary>The aspect ratio (<c>aspect_ratio</c>), e.g. <c>16:9</c>, <c>1:1</c> or <c>auto</c>; providers clamp it to what they support.</summary>
    [JsonPropertyName("aspect_ratio")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AspectRatio
    {
        get => _aspectRatio;
        set
        {
            ThrowIfFrozen();
            _aspectRatio = value;
        }
    }

    /// <summary>The resolution tier (<c>resolution</c>): <c>512</c>, <c>1K</c>, <c>2K</c> or <c>4K</c>.</summary>
    [JsonPropertyName("resolution")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Resolution
    {
        get => _resolution;
        set
        {
            ThrowIfFrozen();
            _resolution = value;
        }
    }

    /// <summary>The upper bound on the number of images (<c>n</c>), 1 to 10; providers may return fewer.</summary>
    [JsonPropertyName("n")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Count
    {
        get => _count;
        set
        {
            ThrowIfFrozen();
            _count = value;
        }
    }

    /// <summary>The encoding of the image bytes (<c>output_format</c>): <c>png</c>, <c>jpeg</c>, <c>webp</c> or <c>svg</c>.</summary>
    [JsonPropertyName("output_format")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OutputFormat
    {
        get => _outputFormat;
        set
        {
            ThrowIfFrozen();
            _outputFormat = value;
        }
    }

    /// <summary>The compression level, 0 to 100, of webp and jpeg output (<c>output_compression</c>).</summary>
    [JsonPropertyName("output_compression")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? OutputCompression
    {
        get => _outputCompression;
        set
        {
            ThrowIfFrozen();
            _outputCompression = value;
        }
    }

    /// <summary>The background (<c>background</c>): <c>auto</c>, <c>transparent</c> (png or webp) or <c>opaque</c>.</summary>
    [JsonPropertyName("background")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Background
    {
        get => _background;
        set
        {
            ThrowIfFrozen();
            _background = value;
        }
    }

    /// <summary>The rendering quality (<c>quality</c>): <c>auto</c>, <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    [JsonPropertyName("quality")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Quality
    {
        get => _quality;
        set
        {
            ThrowIfFrozen();
            _quality = value;
        }
    }

    /// <summary>A seed for repeatable images where the provider supports it (<c>seed</c>).</summary>
    [JsonPropertyName("seed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Seed
    {
        get => _seed;
        set
        {
            ThrowIfFrozen();
            _seed = value;
        }
    }

    /// <summary>Provider routing and provider-specific options (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ImageProviderPreferences? Provider
    {
        get => _provider;
        set
        {
            ThrowIfFrozen();
            _provider = value;
        }
    }

    /// <summary>
    /// Returns <paramref name="executionSettings"/> as <see cref="OpenRouterTextToImageExecutionSettings"/>: a new instance for null, the same
    /// instance when it already is one, otherwise a copy.
    /// </summary>
    /// <remarks>
    /// The copy is made through JSON, so that extension data and other connectors' settings of the same JSON names are
    /// carried over; <see cref="PromptExecutionSettings.ModelId"/> and <see cref="PromptExecutionSettings.ServiceId"/> are kept.
    /// </remarks>
    /// <param name="executionSettings">The settings to convert, or null.</param>
    /// <returns>The OpenRouter settings.</returns>
    /// <exception cref="ArgumentException">A value cannot be read as the matching setting.</exception>
    public static OpenRouterTextToImageExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) =>
        SettingsJson.From<OpenRouterTextToImageExecutionSettings>(executionSettings);

    /// <inheritdoc />
    public override PromptExecutionSettings Clone() => new OpenRouterTextToImageExecutionSettings
    {
        ModelId = ModelId,
        ServiceId = ServiceId,
        FunctionChoiceBehavior = FunctionChoiceBehavior,
        ExtensionData = ExtensionData is null ? null : new Dictionary<string, object>(ExtensionData),
        Width = Width,
        Height = Height,
        Size = Size,
        AspectRatio = AspectRatio,
        Resolution = Resolution,
        Count = Count,
        OutputFormat = OutputFormat,
        OutputCompression = OutputCompression,
        Background = Background,
        Quality = Quality,
        Seed = Seed,
        Provider = Provider,
    };

    /// <inheritdoc />
    public override void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        base.Freeze();
    }
}
