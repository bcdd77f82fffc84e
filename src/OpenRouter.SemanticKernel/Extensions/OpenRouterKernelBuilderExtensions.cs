using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.SemanticKernel;

/// <summary>
/// Adds OpenRouter's services to a kernel: chat completion, text generation, the <c>IChatClient</c>, embeddings,
/// text-to-image, audio-to-text and text-to-audio, each keyed by <c>serviceId</c>.
/// </summary>
/// <remarks>
/// Chat completion and the <c>IChatClient</c> invoke kernel functions automatically. Each registration also adds its
/// <see cref="OpenRouter.OpenRouterClient"/> under the same key
/// (<c>kernel.Services.GetRequiredKeyedService&lt;OpenRouterClient&gt;(serviceId)</c>).
/// </remarks>
public static class OpenRouterKernelBuilderExtensions
{
    /// <summary>Adds an OpenRouter chat completion service.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The model slug, e.g. <c>openai/gpt-4o-mini</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service, matched by <see cref="PromptExecutionSettings.ServiceId"/>; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client <c>OpenRouter</c>, with no client timeout and request logs without headers) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IKernelBuilder AddOpenRouterChatCompletion(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        RequireBuilder(builder).Services.AddOpenRouterChatCompletion(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds an OpenRouter text generation service (the text completions route).</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The model slug.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service, matched by <see cref="PromptExecutionSettings.ServiceId"/>; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client <c>OpenRouter</c>, with no client timeout and request logs without headers) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IKernelBuilder AddOpenRouterTextGeneration(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        RequireBuilder(builder).Services.AddOpenRouterTextGeneration(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds an OpenRouter embedding generator of texts (<c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>), which Semantic Kernel's vector stores use.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The embedding model slug, e.g. <c>openai/text-embedding-3-large</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the generator; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client <c>OpenRouter</c>) if registered, otherwise one the OpenRouter client creates.</param>
    /// <param name="dimensions">The vector length to ask for when a call sets none; null for the model's own.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimensions"/> is not positive.</exception>
    public static IKernelBuilder AddOpenRouterEmbeddingGenerator(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null)
    {
        RequireBuilder(builder).Services.AddOpenRouterEmbeddingGenerator(modelId, apiKey, endpoint, serviceId, httpClient, dimensions);
        return builder;
    }

    /// <summary>Adds an OpenRouter text-to-image service (<c>ITextToImageService</c>) over the image route.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The model slug, e.g. <c>openai/gpt-image-1</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client <c>OpenRouter</c>) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IKernelBuilder AddOpenRouterTextToImage(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        RequireBuilder(builder).Services.AddOpenRouterTextToImage(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds an OpenRouter audio-to-text service (<c>IAudioToTextService</c>) over the transcription route.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The model slug, e.g. <c>openai/whisper-large-v3</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client <c>OpenRouter</c>) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IKernelBuilder AddOpenRouterAudioToText(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        RequireBuilder(builder).Services.AddOpenRouterAudioToText(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds an OpenRouter text-to-audio service (<c>ITextToAudioService</c>) over the speech route.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The model slug, e.g. <c>openai/gpt-4o-mini-tts</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client <c>OpenRouter</c>) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IKernelBuilder AddOpenRouterTextToAudio(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        RequireBuilder(builder).Services.AddOpenRouterTextToAudio(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds the OpenRouter <c>IChatClient</c>, with Semantic Kernel's function invocation in its pipeline.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model slug.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the chat client; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client <c>OpenRouter</c>, with no client timeout and request logs without headers) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IKernelBuilder AddOpenRouterChatClientWithKernelFunctions(this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        RequireBuilder(builder).Services.AddOpenRouterChatClientWithKernelFunctions(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    private static IKernelBuilder RequireBuilder(IKernelBuilder builder) => builder ?? throw new ArgumentNullException(nameof(builder));
}
