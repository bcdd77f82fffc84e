using System;
using OpenRouter;
using OpenRouter.Extensions.AI.Embeddings;

namespace Microsoft.Extensions.AI;

/// <summary>Exposes an <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI embedding generator.</summary>
public static class OpenRouterEmbeddingGeneratorExtensions
{
    /// <summary>
    /// Wraps <paramref name="client"/> as an <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> of texts (<c>POST embeddings</c>).
    /// The generator does not own <paramref name="client"/>.
    /// </summary>
    /// <param name="client">The OpenRouter client to send requests with.</param>
    /// <param name="defaultModelId">The model used when <see cref="EmbeddingGenerationOptions.ModelId"/> is not set, e.g. <c>openai/text-embedding-3-large</c>.</param>
    /// <returns>The embedding generator.</returns>
    /// <remarks>
    /// Vectors travel as base64 unless <c>AdditionalProperties["encoding_format"]</c> says otherwise; OpenRouter-only
    /// fields (<c>provider</c>, <c>input_type</c>, <c>user</c>...) go in <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>
    /// by wire name. Usage carries the cost: read it with <c>GetOpenRouterCost()</c>.
    /// </remarks>
    public static IEmbeddingGenerator<string, Embedding<float>> AsIEmbeddingGenerator(this OpenRouterClient client, string? defaultModelId = null) =>
        AsIEmbeddingGenerator(client, defaultModelId, defaultDimensions: null);

    /// <summary>
    /// Wraps <paramref name="client"/> as an embedding generator whose vectors have <paramref name="defaultDimensions"/>
    /// dimensions unless <see cref="EmbeddingGenerationOptions.Dimensions"/> says otherwise.
    /// </summary>
    /// <param name="client">The OpenRouter client to send requests with.</param>
    /// <param name="defaultModelId">The model used when the options name none.</param>
    /// <param name="defaultDimensions">The vector length asked for (<c>dimensions</c>) when the options set none; null for the model's own. Reported as <see cref="EmbeddingGeneratorMetadata.DefaultModelDimensions"/>.</param>
    /// <returns>The embedding generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultDimensions"/> is below 1.</exception>
    public static IEmbeddingGenerator<string, Embedding<float>> AsIEmbeddingGenerator(this OpenRouterClient client, string? defaultModelId, int? defaultDimensions)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        return new OpenRouterEmbeddingGenerator(client, defaultModelId, defaultDimensions);
    }
}
