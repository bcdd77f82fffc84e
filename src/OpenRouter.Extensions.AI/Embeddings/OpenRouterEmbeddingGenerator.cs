using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Embeddings;

/// <summary>
/// <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI embedding generator (<c>POST embeddings</c>). Stateless
/// and thread-safe; the wrapped client is shared and not owned.
/// </summary>
internal sealed class OpenRouterEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly OpenRouterClient _client;
    private readonly string? _defaultModelId;
    private readonly int? _defaultDimensions;
    private readonly EmbeddingGeneratorMetadata _metadata;

    public OpenRouterEmbeddingGenerator(OpenRouterClient client, string? defaultModelId, int? defaultDimensions)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        if (defaultDimensions is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(defaultDimensions), defaultDimensions, "The default dimensions must be at least 1, or null for the model's own length.");
        }

        _defaultModelId = string.IsNullOrWhiteSpace(defaultModelId) ? null : defaultModelId;
        _defaultDimensions = defaultDimensions;
        _metadata = new EmbeddingGeneratorMetadata("openrouter", client.Endpoint, _defaultModelId, defaultDimensions);
    }

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = ToEmbeddingRequest.Texts(values);
        if (texts.Count == 0)
        {
            // Nothing to embed (a cache above may have answered every value): no request.
            return [];
        }

        var request = ToEmbeddingRequest.Create(texts, options, _defaultModelId, _defaultDimensions, this);
        var response = await _client.CreateEmbeddingsAsync(request, cancellationToken).ConfigureAwait(false);
        return FromEmbeddingResponse.ToGeneratedEmbeddings(response, texts.Count);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (serviceType is null)
        {
            throw new ArgumentNullException(nameof(serviceType));
        }

        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType == typeof(OpenRouterClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The OpenRouterClient is shared and owned by whoever created it.
    }

    public override string ToString() => $"OpenRouterEmbeddingGenerator {{ Endpoint = {_client.Endpoint}, DefaultModel = {_defaultModelId ?? "(none)"} }}";
}
