using System;
using System.Diagnostics.CodeAnalysis;
using OpenRouter;
using OpenRouter.Extensions.AI.Images;

namespace Microsoft.Extensions.AI;

/// <summary>Exposes an <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="IImageGenerator"/>.</summary>
/// <remarks>Experimental (<c>MEAI001</c>) because <see cref="IImageGenerator"/> is experimental in Microsoft.Extensions.AI.</remarks>
[Experimental("MEAI001")]
public static class OpenRouterImageGeneratorExtensions
{
    /// <summary>Wraps <paramref name="client"/> as an <see cref="IImageGenerator"/> (<c>POST images</c>); the generator does not own <paramref name="client"/>.</summary>
    /// <param name="client">The OpenRouter client to send requests with.</param>
    /// <param name="defaultModelId">The model used when <see cref="ImageGenerationOptions.ModelId"/> is not set, e.g. <c>google/gemini-2.5-flash-image</c>.</param>
    /// <returns>The image generator.</returns>
    /// <remarks>
    /// Original images make an edit (<c>input_references</c>); images come back as <see cref="DataContent"/> with their
    /// media types; <c>aspect_ratio</c>, <c>resolution</c>, <c>quality</c>, <c>background</c>, <c>seed</c>, <c>provider</c>
    /// and other OpenRouter fields go in <see cref="ImageGenerationOptions.AdditionalProperties"/> by wire name.
    /// </remarks>
    public static IImageGenerator AsIImageGenerator(this OpenRouterClient client, string? defaultModelId = null)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        return new OpenRouterImageGenerator(client, defaultModelId);
    }
}
