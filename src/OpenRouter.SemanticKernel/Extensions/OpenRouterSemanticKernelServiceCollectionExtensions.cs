using System;
using System.Net.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.TextGeneration;
using Microsoft.SemanticKernel.TextToAudio;
using Microsoft.SemanticKernel.TextToImage;
using OpenRouter;
using OpenRouter.SemanticKernel;

#pragma warning disable SKEXP0001 // Semantic Kernel's media service interfaces are experimental; registering them does not make these methods so.

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers OpenRouter's Semantic Kernel services in an <see cref="IServiceCollection"/>, keyed by <c>serviceId</c>
/// (without a key when it is null).
/// </summary>
/// <remarks>
/// Each registration also registers its <see cref="OpenRouterClient"/> under the same key, for models, endpoints, key,
/// credits and generation lookups.
/// </remarks>
public static class OpenRouterSemanticKernelServiceCollectionExtensions
{
    /// <summary>
    /// The name of the <see cref="HttpClient"/> taken from <see cref="IHttpClientFactory"/> when no client is given: the
    /// same client as <see cref="OpenRouterServiceCollectionExtensions.HttpClientName"/>.
    /// </summary>
    public const string HttpClientName = OpenRouterServiceCollectionExtensions.HttpClientName;

    /// <summary>Adds an OpenRouter <see cref="IChatCompletionService"/> (with automatic kernel function calling).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The model slug, e.g. <c>openai/gpt-4o-mini</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service, matched by <see cref="PromptExecutionSettings.ServiceId"/>; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client name <see cref="HttpClientName"/>, with no client timeout and request logs without headers) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IServiceCollection AddOpenRouterChatCompletion(this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        var clientKey = AddClient(services, modelId, apiKey, endpoint, serviceId, httpClient);
        services.AddKeyedSingleton<IChatCompletionService>(serviceId, (sp, _) =>
            new OpenRouterChatCompletionService(sp.GetRequiredKeyedService<OpenRouterClient>(clientKey), modelId, sp.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>Adds an OpenRouter <see cref="ITextGenerationService"/> over the text completions route.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The model slug.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service, matched by <see cref="PromptExecutionSettings.ServiceId"/>; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client name <see cref="HttpClientName"/>, with no client timeout and request logs without headers) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IServiceCollection AddOpenRouterTextGeneration(this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        var clientKey = AddClient(services, modelId, apiKey, endpoint, serviceId, httpClient);
        services.AddKeyedSingleton<ITextGenerationService>(serviceId, (sp, _) =>
            new OpenRouterTextGenerationService(sp.GetRequiredKeyedService<OpenRouterClient>(clientKey), modelId, sp.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>
    /// Adds an OpenRouter <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> of texts, the embedding generator
    /// Semantic Kernel's vector stores and text search use.
    /// </summary>
    /// <remarks>
    /// As Semantic Kernel's own registrations do, the generator reports OpenTelemetry and, when the container has an
    /// <see cref="ILoggerFactory"/>, logs. For a configuration-bound generator whose pipeline takes more middleware (a
    /// distributed cache), use <see cref="OpenRouterServiceCollectionExtensions.AddOpenRouterEmbeddingGenerator"/>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The embedding model slug, e.g. <c>openai/text-embedding-3-large</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the generator; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client name <see cref="HttpClientName"/>) if registered, otherwise one the OpenRouter client creates.</param>
    /// <param name="dimensions">The vector length to ask for when a call sets none; null for the model's own.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimensions"/> is not positive.</exception>
    public static IServiceCollection AddOpenRouterEmbeddingGenerator(this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null, int? dimensions = null)
    {
        if (dimensions is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, "The number of dimensions must be positive, or null for the model's own.");
        }

        var clientKey = AddClient(services, modelId, apiKey, endpoint, serviceId, httpClient);
        services.AddKeyedSingleton(serviceId, (sp, _) =>
        {
            var loggerFactory = sp.GetService<ILoggerFactory>();
            var builder = sp.GetRequiredKeyedService<OpenRouterClient>(clientKey).AsIEmbeddingGenerator(modelId, dimensions).AsBuilder().UseOpenTelemetry(loggerFactory);
            if (loggerFactory is not null)
            {
                builder.UseLogging(loggerFactory);
            }

            return builder.Build(sp);
        });
        return services;
    }

    /// <summary>Adds an OpenRouter <see cref="ITextToImageService"/> over the image route.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The model slug, e.g. <c>openai/gpt-image-1</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client name <see cref="HttpClientName"/>) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IServiceCollection AddOpenRouterTextToImage(this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        var clientKey = AddClient(services, modelId, apiKey, endpoint, serviceId, httpClient);
        services.AddKeyedSingleton<ITextToImageService>(serviceId, (sp, _) =>
            new OpenRouterTextToImageService(sp.GetRequiredKeyedService<OpenRouterClient>(clientKey), modelId, sp.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>Adds an OpenRouter <see cref="IAudioToTextService"/> over the transcription route.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The model slug, e.g. <c>openai/whisper-large-v3</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client name <see cref="HttpClientName"/>) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IServiceCollection AddOpenRouterAudioToText(this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        var clientKey = AddClient(services, modelId, apiKey, endpoint, serviceId, httpClient);
        services.AddKeyedSingleton<IAudioToTextService>(serviceId, (sp, _) =>
            new OpenRouterAudioToTextService(sp.GetRequiredKeyedService<OpenRouterClient>(clientKey), modelId, sp.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>Adds an OpenRouter <see cref="ITextToAudioService"/> over the speech route.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The model slug, e.g. <c>openai/gpt-4o-mini-tts</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the service; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client name <see cref="HttpClientName"/>) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static IServiceCollection AddOpenRouterTextToAudio(this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        var clientKey = AddClient(services, modelId, apiKey, endpoint, serviceId, httpClient);
        services.AddKeyedSingleton<ITextToAudioService>(serviceId, (sp, _) =>
            new OpenRouterTextToAudioService(sp.GetRequiredKeyedService<OpenRouterClient>(clientKey), modelId, sp.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>
    /// Adds the OpenRouter <see cref="IChatClient"/> with Semantic Kernel's function invocation in its pipeline, so
    /// that kernel functions are invoked automatically.
    /// </summary>
    /// <remarks>
    /// The returned builder adds further middleware (logging, caching, telemetry) inside the function invocation.
    /// Kernel functions are sent with the standard JSON Schema of their parameters, as with
    /// <see cref="OpenRouterChatCompletionService"/>. For an <see cref="IChatClient"/> bound from configuration,
    /// without kernel functions, use <see cref="OpenRouterServiceCollectionExtensions.AddOpenRouterChatClient"/>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model slug.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="serviceId">The key of the chat client; null for none.</param>
    /// <param name="httpClient">The HTTP client to send with; when null, the container's <see cref="IHttpClientFactory"/> (client name <see cref="HttpClientName"/>, with no client timeout and request logs without headers) if registered, otherwise one the OpenRouter client creates.</param>
    /// <returns>The chat client builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty.</exception>
    public static ChatClientBuilder AddOpenRouterChatClientWithKernelFunctions(this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        var clientKey = AddClient(services, modelId, apiKey, endpoint, serviceId, httpClient);
        Func<IServiceProvider, IChatClient> factory = sp => new KernelToolSchemas(sp.GetRequiredKeyedService<OpenRouterClient>(clientKey).AsIChatClient(modelId));
        var builder = serviceId is null ? services.AddChatClient(factory) : services.AddKeyedChatClient(serviceId, factory);
        return builder.UseKernelFunctionInvocation();
    }

    /// <summary>
    /// Registers the registration's own <see cref="OpenRouterClient"/> under a private key, and under
    /// <paramref name="serviceId"/> for the application. Each registration keeps its own client (its own key and endpoint).
    /// </summary>
    private static object AddClient(IServiceCollection services, string modelId, string apiKey, Uri? endpoint, string? serviceId, HttpClient? httpClient)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        ClientFactory.RequireModelId(modelId);
        var options = ClientFactory.Options(apiKey, endpoint);

        if (httpClient is null)
        {
            // Should the application have an IHttpClientFactory, its OpenRouter client gets no timeout and header-free logs.
            OpenRouterServiceCollectionExtensions.ConfigureOpenRouterHttpClient(services);
        }

        var clientKey = new ClientKey(serviceId);
        services.AddKeyedSingleton(clientKey, (sp, _) =>
            new OpenRouterClient(options, httpClient ?? sp.GetService<IHttpClientFactory>()?.CreateClient(HttpClientName)));
        services.AddKeyedSingleton(serviceId, (sp, _) => sp.GetRequiredKeyedService<OpenRouterClient>(clientKey));
        return clientKey;
    }

    /// <summary>A key nobody else can produce, so that each registration resolves its own client.</summary>
    private sealed class ClientKey(string? serviceId)
    {
        public override string ToString() => $"OpenRouterClient for {serviceId ?? "(default)"}";
    }
}
