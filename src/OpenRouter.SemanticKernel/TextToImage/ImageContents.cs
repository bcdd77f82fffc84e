using System;
using System.Collections.Generic;
using Microsoft.SemanticKernel;
using OpenRouter.Extensions.AI.Mapping;
using MeaiProperties = Microsoft.Extensions.AI.AdditionalPropertiesDictionary;

namespace OpenRouter.SemanticKernel;

/// <summary>Maps an <c>images</c> answer to Semantic Kernel <see cref="ImageContent"/>s.</summary>
internal static class ImageContents
{
    /// <summary>One <see cref="ImageContent"/> per image, with its bytes and media type, the answer as <c>InnerContent</c>, and the request's usage and cost.</summary>
    public static IReadOnlyList<ImageContent> From(ImageResponse response, ImageRequest request)
    {
        var images = response.Data ?? [];
        var results = new List<ImageContent>(images.Count);
        foreach (var image in images)
        {
            var mediaType = image.MediaType ?? MediaTypeOf(request.OutputFormat?.Value);
            var bytes = image.GetBytes();
            var content = bytes.Length > 0 ? new ImageContent(bytes, mediaType) : new ImageContent { MimeType = mediaType };
            content.ModelId = request.Model;
            content.InnerContent = response;
            content.Metadata = Metadata(response);
            results.Add(content);
        }

        return results;
    }

    private static MeaiProperties Metadata(ImageResponse response)
    {
        var metadata = new MeaiProperties();
        if (response.Created > 0)
        {
            metadata[OpenRouterMetadataKeys.CreatedAt] = DateTimeOffset.FromUnixTimeSeconds(response.Created);
        }

        if (RouteResponseFacts.Text(response.AdditionalProperties, "provider") is { } provider)
        {
            metadata[OpenRouterMetadataKeys.Provider] = provider;
        }

        if (response.Usage is { } usage)
        {
            metadata[OpenRouterMetadataKeys.Usage] = FromOpenRouterResponse.ToUsageDetails(usage);
            if (usage.Cost is { } cost)
            {
                metadata[OpenRouterMetadataKeys.Cost] = cost;
            }
        }

        return metadata;
    }

    /// <summary>The media type of a requested <c>output_format</c>, for an image OpenRouter sent without one; null when unknown.</summary>
    private static string? MediaTypeOf(string? outputFormat) => outputFormat?.ToUpperInvariant() switch
    {
        "PNG" => "image/png",
        "JPEG" or "JPG" => "image/jpeg",
        "WEBP" => "image/webp",
        "SVG" => "image/svg+xml",
        _ => null,
    };
}
