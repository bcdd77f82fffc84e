using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.AudioToText;

#pragma warning disable SKEXP0001 // IAudioToTextService is experimental in Semantic Kernel; implementing it does not make this type so.

namespace OpenRouter.SemanticKernel;

/// <summary>OpenRouter's transcription route (<c>POST audio/transcriptions</c>) as a Semantic Kernel <see cref="IAudioToTextService"/>. Thread-safe.</summary>
/// <remarks>
/// The audio's bytes are sent as base64 JSON, in the format <see cref="OpenRouterAudioToTextExecutionSettings.AudioFormat"/>
/// names or the content's MIME type implies. The transcript comes back as one <see cref="TextContent"/> with the raw
/// <see cref="TranscriptionResponse"/> as <c>InnerContent</c> and usage, cost, language, duration and segments in <c>Metadata</c>.
/// </remarks>
public sealed class OpenRouterAudioToTextService : IAudioToTextService
{
    private static readonly Action<ILogger, string?, double?, decimal?, Exception?> s_logUsage =
        LoggerMessage.Define<string?, double?, decimal?>(LogLevel.Information, new EventId(1, "OpenRouterTranscriptionUsage"), "OpenRouter transcription by {Model}: {Seconds} seconds of audio, cost {Cost}.");

    private readonly string _modelId;
    private readonly ILogger _logger;

    /// <summary>Creates a service that sends with its own <see cref="OpenRouterClient"/>.</summary>
    /// <param name="modelId">The speech-to-text model slug, e.g. <c>openai/whisper-large-v3</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="httpClient">An HTTP client to send with (not disposed by the service); the client creates one when null.</param>
    /// <param name="loggerFactory">Logs usage; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty, or the endpoint is invalid.</exception>
    public OpenRouterAudioToTextService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(ClientFactory.Create(apiKey, endpoint, httpClient), ClientFactory.RequireModelId(modelId), loggerFactory)
    {
    }

    /// <summary>Creates a service over an existing <see cref="OpenRouterClient"/> (shared, not disposed by the service).</summary>
    /// <param name="client">The OpenRouter client.</param>
    /// <param name="modelId">The speech-to-text model slug.</param>
    /// <param name="loggerFactory">Logs usage; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> is empty.</exception>
    public OpenRouterAudioToTextService(OpenRouterClient client, string modelId, ILoggerFactory? loggerFactory = null)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        _modelId = ClientFactory.RequireModelId(modelId);
        _logger = loggerFactory?.CreateLogger(typeof(OpenRouterAudioToTextService)) ?? NullLogger.Instance;
        Attributes = new ReadOnlyDictionary<string, object?>(ClientFactory.Attributes(_modelId, client));
    }

    /// <summary>The OpenRouter client the service sends with: models, endpoints, key, credits and generation lookups.</summary>
    public OpenRouterClient Client { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Attributes { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The content has no audio bytes or no known format, or a setting is invalid; nothing is sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error.</exception>
    public async Task<IReadOnlyList<TextContent>> GetTextContentsAsync(AudioContent content, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        var request = TranscriptionRequestMapper.Create(content, OpenRouterAudioToTextExecutionSettings.FromExecutionSettings(executionSettings), _modelId);
        var response = await Client.CreateTranscriptionAsync(request, cancellationToken).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            s_logUsage(_logger, request.Model, response.Usage?.Seconds, response.Usage?.Cost, null);
        }

        return [new TextContent(response.Text ?? string.Empty, request.Model, response, Encoding.UTF8, TranscriptionMetadata.From(response))];
    }
}
