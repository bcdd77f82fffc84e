using System;
using System.Globalization;
using Microsoft.SemanticKernel;
using OpenRouter.Serialization;

namespace OpenRouter.SemanticKernel;

/// <summary>Maps a prompt and <see cref="OpenRouterTextToImageExecutionSettings"/> to an <c>images</c> request.</summary>
internal static class ImageRequestMapper
{
    public static ImageRequest Create(string prompt, OpenRouterTextToImageExecutionSettings settings, string defaultModelId)
    {
        var request = new ImageRequest
        {
            Model = SettingsModel.For(settings, defaultModelId),
            Prompt = prompt,
            Size = SizeFor(settings),
            AspectRatio = settings.AspectRatio is null ? default(ImageAspectRatio?) : new ImageAspectRatio(settings.AspectRatio),
            Resolution = settings.Resolution is null ? default(ImageResolution?) : new ImageResolution(settings.Resolution),
            N = settings.Count,
            OutputFormat = settings.OutputFormat is null ? default(ImageOutputFormat?) : new ImageOutputFormat(settings.OutputFormat),
            OutputCompression = settings.OutputCompression,
            Background = settings.Background is null ? default(ImageBackground?) : new ImageBackground(settings.Background),
            Quality = settings.Quality is null ? default(ImageQuality?) : new ImageQuality(settings.Quality),
            Seed = settings.Seed,
            Provider = settings.Provider,
        };

        // The service answers with whole images: a stream of partial images has no place in ImageContent.
        return WireExtensionData.Apply(request, settings.ExtensionData, OpenRouterJsonContext.Default.ImageRequest, "prompt", "stream");
    }

    /// <summary>
    /// <see cref="OpenRouterTextToImageExecutionSettings.Size"/>, or the explicit pixel size <c>{width}x{height}</c>
    /// OpenRouter takes as authoritative.
    /// </summary>
    private static string? SizeFor(OpenRouterTextToImageExecutionSettings settings)
    {
        if (settings.Width is null && settings.Height is null)
        {
            return settings.Size;
        }

        if (settings.Width is not { } width || settings.Height is not { } height || width <= 0 || height <= 0)
        {
            throw new ArgumentException("Width and height must both be set and positive: they are sent together as the size \"{width}x{height}\".", "executionSettings");
        }

        if (settings.Size is not null)
        {
            throw new ArgumentException($"Set either the size (\"{settings.Size}\") or the width and height, not both.", "executionSettings");
        }

        return width.ToString(CultureInfo.InvariantCulture) + "x" + height.ToString(CultureInfo.InvariantCulture);
    }
}
