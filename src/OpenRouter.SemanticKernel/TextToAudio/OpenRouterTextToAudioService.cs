using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.TextToAudio;
using MeaiProperties = Microsoft.Extensions.AI.AdditionalPropertiesDictionary;

#pragma warning disable SKEXP0001 // ITextToAudioService is experimental in Semantic Kernel; implementing it does not make this type so.

namespace OpenRouter.SemanticKernel;

/// <summary>OpenRouter's speech route (<c>POST audio/speech</c>) as a Semantic Kernel <see cref="ITextToAudioService"/>. Thread-safe.</summary>
/// <remarks>
/// The audio is read whole into one <see cref="AudioContent"/> with its MIME type (from <c>Content-Type</c>, else the
/// requested format) and the generation id under <see cref="OpenRouterMetadataKeys.Id"/>: the speech route reports no
/// usage, so its cost is found with <c>Client.GetGenerationAsync(id)</c>. To play audio as it arrives, call
/// <see cref="OpenRouterClient.CreateSpeechAsync(SpeechRequest, CancellationToken)"/> on <see cref="Client"/>.
/// </remarks>
public sealed class OpenRouterTextToAudioService : ITextToAudioService
{
    private static readonly Action<ILogger, string?, int, string?, Exception?> s_logAudio =
        LoggerMessage.Define<string?, int, string?>(LogLevel.Information, new EventId(1, "OpenRouterSpeech"), "OpenRouter speech {GenerationId}: {Bytes} bytes of {MediaType}.");

    private readonly string _modelId;
    private readonly ILogger _logger;

    /// <summary>Creates a service that sends with its own <see cref="OpenRouterClient"/>.</summary>
    /// <param name="modelId">The text-to-speech model slug, e.g. <c>openai/gpt-4o-mini-tts</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="httpClient">An HTTP client to send with (not disposed by the service); the client creates one when null.</param>
    /// <param name="loggerFactory">Logs each answer's size; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty, or the endpoint is invalid.</exception>
    public OpenRouterTextToAudioService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(ClientFactory.Create(apiKey, endpoint, httpClient), ClientFactory.RequireModelId(modelId), loggerFactory)
    {
    }

    /// <summary>Creates a service over an existing <see cref="OpenRouterClient"/> (shared, not disposed by the service).</summary>
    /// <param name="client">The OpenRouter client.</param>
    /// <param name="modelId">The text-to-speech model slug.</param>
    /// <param name="loggerFactory">Logs each answer's size; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> is empty.</exception>
    public OpenRouterTextToAudioService(OpenRouterClient client, string modelId, ILoggerFactory? loggerFactory = null)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        _modelId = ClientFactory.RequireModelId(modelId);
        _logger = loggerFactory?.CreateLogger(typeof(OpenRouterTextToAudioService)) ?? NullLogger.Instance;
        Attributes = new ReadOnlyDictionary<string, object?>(ClientFactory.Attributes(_modelId, client));
    }

    /// <summary>The OpenRouter client the service sends with: models, endpoints, key, credits and generation lookups.</summary>
    public OpenRouterClient Client { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Attributes { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The text is empty, or a setting is invalid; nothing is sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (<see cref="OpenRouterStreamException"/> when the audio broke off).</exception>
    public async Task<IReadOnlyList<AudioContent>> GetAudioContentsAsync(string text, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("The text to speak must not be empty.", nameof(text));
        }

        var request = SpeechRequestMapper.Create(text, OpenRouterTextToAudioExecutionSettings.FromExecutionSettings(executionSettings), _modelId);
        using var response = await Client.CreateSpeechAsync(request, cancellationToken).ConfigureAwait(false);
        var audio = await response.ReadAllBytesAsync(cancellationToken).ConfigureAwait(false);
        var mediaType = response.MediaType ?? AudioMediaTypes.MediaTypeOf(request.ResponseFormat?.Value ?? "pcm");
        if (_logger.IsEnabled(LogLevel.Information))
        {
            s_logAudio(_logger, response.GenerationId, audio.Length, mediaType, null);
        }

        var content = audio.Length > 0 ? new AudioContent(audio, mediaType) : new AudioContent { MimeType = mediaType };
        content.ModelId = request.Model;
        content.Metadata = response.GenerationId is null ? null : new MeaiProperties { [OpenRouterMetadataKeys.Id] = response.GenerationId };
        return [content];
    }
}
