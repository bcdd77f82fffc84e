using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;
using OpenRouter.Validation;

namespace OpenRouter;

/// <summary>The image route: generation and edits, and the image models.</summary>
public sealed partial class OpenRouterClient
{
    private const string ImagesPath = "images";

    /// <summary>Sends <c>POST images</c> and returns the generated images.</summary>
    /// <param name="request">The request; <see cref="ImageRequest.Model"/> and <see cref="ImageRequest.Prompt"/> are required, <see cref="ImageRequest.Stream"/> must not be true.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The images with usage and cost.</returns>
    /// <exception cref="ArgumentException">The request lacks its model or prompt, or asks to stream; nothing is sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (also one sent with HTTP 200).</exception>
    public Task<ImageResponse> CreateImagesAsync(ImageRequest request, CancellationToken cancellationToken = default) =>
        CreateImagesAsync(request, options: null, cancellationToken);

    /// <summary>Like <see cref="CreateImagesAsync(ImageRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public Task<ImageResponse> CreateImagesAsync(ImageRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        RouteValidation.Validate(request);
        var body = Serialize(request, OpenRouterJsonContext.RequestBodies.ImageRequest);
        return SendJsonAsync(HttpMethod.Post, ImagesPath, body, OpenRouterJsonContext.Default.ImageResponse, retryNotFound: false, options, cancellationToken);
    }

    /// <summary>Lists the image generation models (<c>GET images/models</c>) with the parameters each accepts.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The models.</returns>
    public async Task<IReadOnlyList<ImageModelInfo>> ListImageModelsAsync(CancellationToken cancellationToken = default)
    {
        var list = await SendJsonAsync(HttpMethod.Get, ImagesPath + "/models", null, OpenRouterJsonContext.Default.DataEnvelopeIReadOnlyListImageModelInfo, retryNotFound: false, null, cancellationToken).ConfigureAwait(false);
        return list.Data ?? Array.Empty<ImageModelInfo>();
    }
}
