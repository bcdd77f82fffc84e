using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Drawing;
using System.Globalization;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Mapping;
using OpenRouter.Extensions.AI.Media;
using OpenRouter.Serialization;

namespace OpenRouter.Extensions.AI.Images;

/// <summary>Maps an <see cref="ImageGenerationRequest"/> and its <see cref="ImageGenerationOptions"/> to an OpenRouter <see cref="ImageRequest"/>. Never changes its inputs.</summary>
[Experimental("MEAI001")]
internal static class ToImageRequest
{
    private static readonly RouteOptionsShape s_shape = new(
        nameof(ImageGenerationOptions),
        " (for example \"google/gemini-2.5-flash-image\"), or pass a default model to AsIImageGenerator(defaultModelId) or the OpenRouter:DefaultImageModel setting",
        ("prompt", "the prompt is ImageGenerationRequest.Prompt."),
        ("stream", "IImageGenerator returns finished images; OpenRouter streams only partial images of some models."));

    /// <summary>Builds the request.</summary>
    /// <remarks>
    /// Typed fields: the prompt; <see cref="ImageGenerationRequest.OriginalImages"/> as <c>input_references</c> (edits);
    /// <see cref="ImageGenerationOptions.Count"/> as <c>n</c>; <see cref="ImageGenerationOptions.ImageSize"/> as
    /// <c>size</c> in pixels (<c>1024x768</c>); <see cref="ImageGenerationOptions.MediaType"/> as <c>output_format</c>;
    /// <see cref="ImageGenerationOptions.ModelId"/>. Response format and streaming count have no OpenRouter equivalent:
    /// images always come back as bytes.
    /// </remarks>
    public static ImageRequest Create(ImageGenerationRequest request, ImageGenerationOptions? options, string? defaultModelId, IImageGenerator generator)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var typed = new ImageRequest
        {
            Model = RouteModel.Choose(options?.ModelId, defaultModelId),
            Prompt = string.IsNullOrWhiteSpace(request.Prompt) ? throw new ArgumentException("ImageGenerationRequest.Prompt is missing: OpenRouter needs a description of the image to generate (or of the edit to make).", nameof(request)) : request.Prompt,
            InputReferences = ToReferences(request.OriginalImages),
            N = options?.Count,
            Size = ToSize(options?.ImageSize),
            OutputFormat = string.IsNullOrWhiteSpace(options?.MediaType) ? (ImageOutputFormat?)null : new ImageOutputFormat(MediaFormats.ImageFormat(options!.MediaType!)),
        };

        var raw = options?.RawRepresentationFactory?.Invoke(generator) as ImageRequest;
        return RouteModel.Build(typed, options?.AdditionalProperties, raw, defaultModelId, OpenRouterJsonContext.Default.ImageRequest, s_shape, static r => r.Model);
    }

    /// <summary>Each original image as an <c>image_url</c> part: a <see cref="DataContent"/> as its data URL, a <see cref="UriContent"/> as its URL.</summary>
    private static List<ChatContentPart>? ToReferences(IEnumerable<AIContent>? images)
    {
        if (images is null)
        {
            return null;
        }

        var parts = new List<ChatContentPart>();
        foreach (var image in images)
        {
            parts.Add(image switch
            {
                DataContent data when data.HasTopLevelMediaType("image") => ChatContentPart.CreateImageUrl(data.Uri),
                UriContent uri when uri.HasTopLevelMediaType("image") => ChatContentPart.CreateImageUrl(uri.Uri.ToString()),
                _ => throw new NotSupportedException($"ImageGenerationRequest.OriginalImages holds a {image?.GetType().Name ?? "null"}{(image is DataContent or UriContent ? " that is not an image" : string.Empty)}; OpenRouter takes images as DataContent (sent as data URLs) or UriContent (HTTP(S) URLs)."),
            });
        }

        return parts.Count == 0 ? null : parts;
    }

    private static string? ToSize(Size? size)
    {
        if (size is not { } pixels)
        {
            return null;
        }

        if (pixels.Width < 1 || pixels.Height < 1)
        {
            throw new ArgumentException($"ImageGenerationOptions.ImageSize is {pixels.Width}x{pixels.Height}; both sides must be at least one pixel.", "options");
        }

        return string.Format(CultureInfo.InvariantCulture, "{0}x{1}", pixels.Width, pixels.Height);
    }
}
