using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;
using OpenRouter.Validation;

namespace OpenRouter;

/// <summary>The rerank route: documents ordered by relevance to a query.</summary>
public sealed partial class OpenRouterClient
{
    private const string RerankPath = "rerank";

    /// <summary>Sends <c>POST rerank</c> and returns the documents by relevance, most relevant first.</summary>
    /// <param name="request">The request; <see cref="RerankRequest.Model"/>, <see cref="RerankRequest.Query"/> and at least one document are required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ranked results with usage and cost.</returns>
    /// <exception cref="System.ArgumentException">The request lacks its model, query or documents; nothing is sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (also one sent with HTTP 200).</exception>
    public Task<RerankResponse> RerankAsync(RerankRequest request, CancellationToken cancellationToken = default) =>
        RerankAsync(request, options: null, cancellationToken);

    /// <summary>Like <see cref="RerankAsync(RerankRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public Task<RerankResponse> RerankAsync(RerankRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        RouteValidation.Validate(request);
        var body = Serialize(request, OpenRouterJsonContext.RequestBodies.RerankRequest);
        return SendJsonAsync(HttpMethod.Post, RerankPath, body, OpenRouterJsonContext.Default.RerankResponse, retryNotFound: false, options, cancellationToken);
    }
}
