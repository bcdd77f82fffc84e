using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.TextToImage;

#pragma warning disable SKEXP0001 // ITextToImageService is experimental in Semantic Kernel; implementing it does not make this type so.

namespace OpenRouter.SemanticKernel;

/// <summary>OpenRouter's image route (<c>POST images</c>) as a Semantic Kernel <see cref="ITextToImageService"/>. Thread-safe.</summary>
/// <remarks>
/// Settings are read through <see cref="OpenRouterTextToImageExecutionSettings.FromExecutionSettings"/>. Each image
/// comes back as an <see cref="ImageContent"/> holding its bytes and media type (OpenRouter sends images, not URLs),
/// with the raw <see cref="ImageResponse"/> as <c>InnerContent</c> and the request's <see cref="OpenRouterMetadataKeys.Usage"/>
/// and <see cref="OpenRouterMetadataKeys.Cost"/> in <c>Metadata</c>. Semantic Kernel's <c>GenerateImageAsync</c>
/// extension returns an image URL, which OpenRouter never sends: call <see cref="GetImageContentsAsync"/>.
/// </remarks>
public sealed class OpenRouterTextToImageService : ITextToImageService
{
    private static readonly Action<ILogger, int, string?, decimal?, Exception?> s_logUsage =
        LoggerMessage.Define<int, string?, decimal?>(LogLevel.Information, new EventId(1, "OpenRouterImageUsage"), "OpenRouter images: {Count} image(s) from {Model}, cost {Cost}.");

    private readonly string _modelId;
    private readonly ILogger _logger;

    /// <summary>Creates a service that sends with its own <see cref="OpenRouterClient"/>.</summary>
    /// <param name="modelId">The image model slug, e.g. <c>openai/gpt-image-1</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="httpClient">An HTTP client to send with (not disposed by the service); the client creates one when null.</param>
    /// <param name="loggerFactory">Logs usage; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty, or the endpoint is invalid.</exception>
    public OpenRouterTextToImageService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(ClientFactory.Create(apiKey, endpoint, httpClient), ClientFactory.RequireModelId(modelId), loggerFactory)
    {
    }

    /// <summary>Creates a service over an existing <see cref="OpenRouterClient"/> (shared, not disposed by the service).</summary>
    /// <param name="client">The OpenRouter client.</param>
    /// <param name="modelId">The image model slug.</param>
    /// <param name="loggerFactory">Logs usage; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> is empty.</exception>
    public OpenRouterTextToImageService(OpenRouterClient client, string modelId, ILoggerFactory? loggerFactory = null)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        _modelId = ClientFactory.RequireModelId(modelId);
        _logger = loggerFactory?.CreateLogger(typeof(OpenRouterTextToImageService)) ?? NullLogger.Instance;
        Attributes = new ReadOnlyDictionary<string, object?>(ClientFactory.Attributes(_modelId, client));
    }

    /// <summary>The OpenRouter client the service sends with: models, endpoints, key, credits and generation lookups.</summary>
    public OpenRouterClient Client { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Attributes { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The prompt is empty, or a setting is invalid; nothing is sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error.</exception>
    public async Task<IReadOnlyList<ImageContent>> GetImageContentsAsync(TextContent input, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (string.IsNullOrWhiteSpace(input.Text))
        {
            throw new ArgumentException("The image prompt (the text of the input) must not be empty.", nameof(input));
        }

        var request = ImageRequestMapper.Create(input.Text!, OpenRouterTextToImageExecutionSettings.FromExecutionSettings(executionSettings), _modelId);
        var response = await Client.CreateImagesAsync(request, cancellationToken).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            s_logUsage(_logger, response.Data?.Count ?? 0, request.Model, response.Usage?.Cost, null);
        }

        return ImageContents.From(response, request);
    }
}
