using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;
using OpenRouter.Validation;

namespace OpenRouter;

/// <summary>The embeddings route: vectors for texts, tokens or multimodal inputs, and the embedding models.</summary>
public sealed partial class OpenRouterClient
{
    private const string EmbeddingsPath = "embeddings";

    /// <summary>Sends <c>POST embeddings</c> and returns one vector per input.</summary>
    /// <param name="request">The request; <see cref="EmbeddingRequest.Model"/> and <see cref="EmbeddingRequest.Input"/> are required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vectors with usage and cost.</returns>
    /// <exception cref="System.ArgumentException">The request lacks its model or input; nothing is sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (also one sent with HTTP 200).</exception>
    /// <exception cref="OpenRouterProtocolException">The answer is not an embedding answer, or a vector cannot be decoded (the message names its item).</exception>
    public Task<EmbeddingResponse> CreateEmbeddingsAsync(EmbeddingRequest request, CancellationToken cancellationToken = default) =>
        CreateEmbeddingsAsync(request, options: null, cancellationToken);

    /// <summary>Like <see cref="CreateEmbeddingsAsync(EmbeddingRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public Task<EmbeddingResponse> CreateEmbeddingsAsync(EmbeddingRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        RouteValidation.Validate(request);
        var body = Serialize(request, OpenRouterJsonContext.RequestBodies.EmbeddingRequest);
        return SendJsonAsync(HttpMethod.Post, EmbeddingsPath, body, OpenRouterJsonContext.Default.EmbeddingResponse, retryNotFound: false, options, cancellationToken);
    }

    /// <summary>Lists the embedding models (<c>GET embeddings/models</c>), all of them or one page.</summary>
    /// <param name="offset">Records to skip; null for none.</param>
    /// <param name="limit">Records to return, 1 to 1000; null for all (when <paramref name="offset"/> is null too).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The models.</returns>
    public async Task<IReadOnlyList<ModelInfo>> ListEmbeddingModelsAsync(int? offset = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        var query = new ModelListQuery { Offset = offset, Limit = limit }.ToQueryString();
        var list = await SendJsonAsync(HttpMethod.Get, EmbeddingsPath + "/models" + query, null, OpenRouterJsonContext.Default.ModelListResponse, retryNotFound: false, null, cancellationToken).ConfigureAwait(false);
        return list.Data ?? System.Array.Empty<ModelInfo>();
    }
}
