using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Media;

namespace OpenRouter.Extensions.AI.Images;

/// <summary>Maps an OpenRouter <see cref="ImageResponse"/> to Microsoft.Extensions.AI's <see cref="ImageGenerationResponse"/>.</summary>
[Experimental("MEAI001")]
internal static class FromImageResponse
{
    /// <summary>Each image as a <see cref="DataContent"/> with its media type; usage with the cost (the same shape as chat's).</summary>
    /// <remarks>
    /// The media type is the answer's <c>media_type</c>, else the one of the <c>output_format</c> asked for, else the one
    /// the bytes show (PNG, JPEG, WebP, GIF, SVG), else <c>application/octet-stream</c>.
    /// </remarks>
    public static ImageGenerationResponse ToResponse(ImageResponse response, ImageOutputFormat? requestedFormat)
    {
        var contents = new List<AIContent>(response.Data!.Count);
        foreach (var image in response.Data)
        {
            var bytes = image.GetBytes();
            var mediaType = NonEmpty(image.MediaType)
                ?? MediaFormats.ImageMediaType(requestedFormat?.Value)
                ?? MediaFormats.SniffImage(bytes)
                ?? "application/octet-stream";
            contents.Add(new DataContent(bytes, mediaType) { RawRepresentation = image });
        }

        return new ImageGenerationResponse(contents)
        {
            Usage = Mapping.FromOpenRouterResponse.ToUsageDetails(response.Usage),
            RawRepresentation = response,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
