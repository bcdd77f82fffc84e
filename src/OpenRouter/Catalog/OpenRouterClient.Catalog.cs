using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>The catalog lookups beside the models: providers, the model count and the zero-data-retention endpoints.</summary>
public sealed partial class OpenRouterClient
{
    /// <summary>Lists the providers (<c>GET providers</c>) with their slugs, locations and policies.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The providers.</returns>
    public async Task<IReadOnlyList<ProviderInfo>> ListProvidersAsync(CancellationToken cancellationToken = default)
    {
        var list = await SendJsonAsync(HttpMethod.Get, "providers", null, OpenRouterJsonContext.Default.DataEnvelopeIReadOnlyListProviderInfo, retryNotFound: false, null, cancellationToken).ConfigureAwait(false);
        return list.Data ?? Array.Empty<ProviderInfo>();
    }

    /// <summary>Counts the models (<c>GET models/count</c>) with the given output modalities; OpenRouter counts text models when none are given.</summary>
    /// <param name="outputModalities">Output modalities such as <c>text</c>, <c>image</c>, <c>audio</c>, <c>embeddings</c>, or <c>all</c>; null for the default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of models.</returns>
    public async Task<int> GetModelCountAsync(IReadOnlyList<string>? outputModalities = null, CancellationToken cancellationToken = default)
    {
        var query = new ModelListQuery { OutputModalities = outputModalities }.ToQueryString();
        var count = await GetDataAsync("models/count" + query, OpenRouterJsonContext.Default.DataEnvelopeModelCount, retryNotFound: false, cancellationToken).ConfigureAwait(false);
        return count.Count;
    }

    /// <summary>Lists the endpoints that keep no data (<c>GET endpoints/zdr</c>): where requests may go under zero data retention.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoints.</returns>
    public async Task<IReadOnlyList<ModelEndpoint>> ListZdrEndpointsAsync(CancellationToken cancellationToken = default)
    {
        var list = await SendJsonAsync(HttpMethod.Get, "endpoints/zdr", null, OpenRouterJsonContext.Default.DataEnvelopeIReadOnlyListModelEndpoint, retryNotFound: false, null, cancellationToken).ConfigureAwait(false);
        return list.Data ?? Array.Empty<ModelEndpoint>();
    }
}
