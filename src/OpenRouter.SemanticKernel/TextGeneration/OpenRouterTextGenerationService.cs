using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.TextGeneration;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// OpenRouter's text completions route (<c>POST completions</c>: a prompt in, text out) as a Semantic Kernel
/// <see cref="ITextGenerationService"/>, streamed and not. Thread-safe.
/// </summary>
/// <remarks>
/// Settings are read through <see cref="OpenRouterPromptExecutionSettings.FromExecutionSettings"/>; results carry the
/// raw <see cref="Completion"/> or <see cref="CompletionChunk"/> as <c>InnerContent</c> and the keys of
/// <see cref="OpenRouterMetadataKeys"/> in <c>Metadata</c>.
/// </remarks>
public sealed class OpenRouterTextGenerationService : ITextGenerationService
{
    private static readonly Action<ILogger, string?, int, int, decimal?, Exception?> s_logUsage =
        LoggerMessage.Define<string?, int, int, decimal?>(LogLevel.Information, new EventId(1, "OpenRouterTextUsage"), "OpenRouter text generation {GenerationId}: prompt tokens {PromptTokens}, completion tokens {CompletionTokens}, cost {Cost}.");

    private readonly string _modelId;
    private readonly ILogger _logger;

    /// <summary>Creates a service that sends with its own <see cref="OpenRouterClient"/>.</summary>
    /// <param name="modelId">The model slug, e.g. <c>openai/gpt-3.5-turbo-instruct</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="httpClient">An HTTP client to send with (not disposed by the service); the client creates one when null.</param>
    /// <param name="loggerFactory">Logs token usage; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty, or the endpoint is invalid.</exception>
    public OpenRouterTextGenerationService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(ClientFactory.Create(apiKey, endpoint, httpClient), ClientFactory.RequireModelId(modelId), loggerFactory)
    {
    }

    /// <summary>Creates a service over an existing <see cref="OpenRouterClient"/> (shared, not disposed by the service).</summary>
    /// <param name="client">The OpenRouter client.</param>
    /// <param name="modelId">The model slug.</param>
    /// <param name="loggerFactory">Logs token usage; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> is empty.</exception>
    public OpenRouterTextGenerationService(OpenRouterClient client, string modelId, ILoggerFactory? loggerFactory = null)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        _modelId = ClientFactory.RequireModelId(modelId);
        _logger = loggerFactory?.CreateLogger(typeof(OpenRouterTextGenerationService)) ?? NullLogger.Instance;
        Attributes = new ReadOnlyDictionary<string, object?>(ClientFactory.Attributes(_modelId, client));
    }

    /// <summary>The OpenRouter client the service sends with: models, endpoints, key, credits and generation lookups.</summary>
    public OpenRouterClient Client { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Attributes { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TextContent>> GetTextContentsAsync(string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        var request = CreateRequest(prompt, executionSettings);
        var completion = await Client.CreateCompletionAsync(request, cancellationToken).ConfigureAwait(false);
        LogUsage(completion.Id, completion.Usage);

        var results = new List<TextContent>();
        foreach (var choice in completion.Choices ?? [])
        {
            var metadata = ContentMetadata.ForText(completion.Id, completion.Created, completion.Model, completion.Provider, completion.Usage, choice);
            results.Add(new TextContent(choice.Text ?? string.Empty, completion.Model ?? request.Model, completion, Encoding.UTF8, metadata));
        }

        return results;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StreamingTextContent> GetStreamingTextContentsAsync(string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        // Mapped before the first MoveNextAsync, so bad input fails at the call.
        var request = CreateRequest(prompt, executionSettings);
        return StreamAsync(request, cancellationToken);
    }

    private async IAsyncEnumerable<StreamingTextContent> StreamAsync(CompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var chunk in Client.StreamCompletionAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (chunk.Choices is { Count: > 0 } choices)
            {
                if (chunk.Usage is not null)
                {
                    LogUsage(chunk.Id, chunk.Usage);
                }

                for (var i = 0; i < choices.Count; i++)
                {
                    // Usage, when a provider puts it on the last text chunk, is reported once, with the first choice.
                    var metadata = ContentMetadata.ForText(chunk.Id, chunk.Created, chunk.Model, chunk.Provider, i == 0 ? chunk.Usage : null, choices[i]);
                    yield return new StreamingTextContent(choices[i].Text ?? string.Empty, choices[i].Index, chunk.Model ?? request.Model, chunk, Encoding.UTF8, metadata);
                }
            }
            else if (chunk.Usage is not null)
            {
                LogUsage(chunk.Id, chunk.Usage);
                var metadata = ContentMetadata.ForText(chunk.Id, chunk.Created, chunk.Model, chunk.Provider, chunk.Usage, null);
                yield return new StreamingTextContent(string.Empty, 0, chunk.Model ?? request.Model, chunk, Encoding.UTF8, metadata);
            }
        }
    }

    private CompletionRequest CreateRequest(string prompt, PromptExecutionSettings? executionSettings)
    {
        if (prompt is null)
        {
            throw new ArgumentNullException(nameof(prompt));
        }

        return TextRequestMapper.Create(prompt, OpenRouterPromptExecutionSettings.FromExecutionSettings(executionSettings), _modelId);
    }

    private void LogUsage(string? generationId, TokenUsage? usage)
    {
        if (usage is not null && _logger.IsEnabled(LogLevel.Information))
        {
            s_logUsage(_logger, generationId, usage.PromptTokens, usage.CompletionTokens, usage.Cost, null);
        }
    }
}
