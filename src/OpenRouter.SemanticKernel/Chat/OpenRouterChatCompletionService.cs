using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Extensions.AI.Mapping;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// OpenRouter as a Semantic Kernel <see cref="IChatCompletionService"/>, streamed and not, that invokes the kernel's
/// functions as its <see cref="FunctionChoiceBehavior"/> asks.
/// </summary>
/// <remarks>
/// <para>
/// Requests go through the OpenRouter <see cref="IChatClient"/> with Semantic Kernel's function invocation in the
/// pipeline, so <see cref="FunctionChoiceBehavior.Auto"/>, <see cref="FunctionChoiceBehavior.Required"/> and
/// <see cref="FunctionChoiceBehavior.None"/> work with the kernel's plugins, and the assistant function-call and tool
/// result messages of the exchange are appended to the <see cref="ChatHistory"/>. Every result carries the raw
/// OpenRouter response as <c>InnerContent</c> and the keys of <see cref="OpenRouterMetadataKeys"/> in <c>Metadata</c>.
/// </para>
/// <para>
/// A streamed call that cannot invoke kernel functions (no kernel, or no function choice behavior, or
/// <see cref="FunctionChoiceBehavior.None"/>) streams the same contents straight from the OpenRouter chunks, without
/// the <see cref="IChatClient"/> bridge in between; a tool call the model makes anyway arrives in one closing update,
/// one <see cref="StreamingFunctionCallUpdateContent"/> per call (numbered by <c>FunctionCallIndex</c>, arguments as
/// the model sent them), and is appended to the <see cref="ChatHistory"/> as the bridge does.
/// </para>
/// <para>
/// Settings may be <see cref="OpenRouterPromptExecutionSettings"/> or any <see cref="PromptExecutionSettings"/> whose
/// extension data uses the same names; <see cref="PromptExecutionSettings.ModelId"/> overrides the model. Kernel
/// functions go to OpenRouter with the standard JSON Schema of their parameters that Semantic Kernel's OpenAI connector
/// sends, not the schema a <see cref="KernelFunction"/> reports as an <see cref="AIFunction"/> (which carries a
/// non-standard <c>"condition"</c> key in Semantic Kernel 1.82). The service is thread-safe.
/// </para>
/// </remarks>
public sealed class OpenRouterChatCompletionService : IChatCompletionService
{
    private readonly IChatCompletionService _bridge;

    /// <summary>The same bridge without the function-invoking middleware, for calls that offer no kernel functions.</summary>
    private readonly IChatCompletionService _plainBridge;

    /// <summary>Our <see cref="IChatClient"/>: it builds the core request of a stream that bypasses the bridge.</summary>
    private readonly IChatClient _chatClient;
    private readonly string _modelId;

    /// <summary>Creates a service that sends with its own <see cref="OpenRouterClient"/>.</summary>
    /// <param name="modelId">The model slug, e.g. <c>openai/gpt-4o-mini</c>.</param>
    /// <param name="apiKey">The OpenRouter API key.</param>
    /// <param name="endpoint">The API root; <c>https://openrouter.ai/api/v1/</c> when null.</param>
    /// <param name="httpClient">An HTTP client to send with (not disposed by the service); the client creates one when null.</param>
    /// <param name="loggerFactory">Logs function invocation; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> or <paramref name="apiKey"/> is empty, or the endpoint is invalid.</exception>
    public OpenRouterChatCompletionService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(ClientFactory.Create(apiKey, endpoint, httpClient), ClientFactory.RequireModelId(modelId), loggerFactory)
    {
    }

    /// <summary>Creates a service over an existing <see cref="OpenRouterClient"/> (shared, not disposed by the service).</summary>
    /// <param name="client">The OpenRouter client.</param>
    /// <param name="modelId">The model slug, e.g. <c>openai/gpt-4o-mini</c>.</param>
    /// <param name="loggerFactory">Logs function invocation; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> is empty.</exception>
    public OpenRouterChatCompletionService(OpenRouterClient client, string modelId, ILoggerFactory? loggerFactory = null)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        _modelId = ClientFactory.RequireModelId(modelId);
        Client = client;
        _chatClient = client.AsIChatClient(_modelId);
        var chatClient = new HistoryReasoning(new KernelToolSchemas(_chatClient));
        _bridge = chatClient
            .AsBuilder()
            .UseKernelFunctionInvocation(loggerFactory)
            .Build()
            .AsChatCompletionService();
        _plainBridge = chatClient.AsChatCompletionService();
        Attributes = new ReadOnlyDictionary<string, object?>(ClientFactory.Attributes(_modelId, client));
    }

    /// <summary>The OpenRouter client the service sends with: models, endpoints, key, credits and generation lookups.</summary>
    public OpenRouterClient Client { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Attributes { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        if (chatHistory is null)
        {
            throw new ArgumentNullException(nameof(chatHistory));
        }

        var modelId = ModelFor(executionSettings);
        var results = await BridgeFor(executionSettings, kernel).GetChatMessageContentsAsync(chatHistory, ForBridge(executionSettings), kernel, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            ContentMetadata.Enrich(result, modelId);
        }

        return results;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        if (chatHistory is null)
        {
            throw new ArgumentNullException(nameof(chatHistory));
        }

        return CanInvokeFunctions(executionSettings, kernel)
            ? StreamThroughBridgeAsync(chatHistory, executionSettings, kernel, cancellationToken)
            : StreamChunksAsync(chatHistory, executionSettings, kernel, cancellationToken);
    }

    /// <summary>A call that can invoke kernel functions streams through the function-invoking bridge, completed by our metadata step.</summary>
    private async IAsyncEnumerable<StreamingChatMessageContent> StreamThroughBridgeAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings, Kernel? kernel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var modelId = ModelFor(executionSettings);
        object? previousChunk = null;
        var first = true;
        var identity = new StreamIdentity();
        decimal? totalCost = null;
        await foreach (var update in _bridge.GetStreamingChatMessageContentsAsync(chatHistory, ForBridge(executionSettings), kernel, cancellationToken).ConfigureAwait(false))
        {
            var repeats = update.InnerContent is not null && ReferenceEquals(update.InnerContent, previousChunk);
            ContentMetadata.Enrich(update, repeats, first && update.InnerContent is ChatCompletionChunk, modelId, identity);
            ContentMetadata.AddRunningTotal(update, ref totalCost);
            first &= update.InnerContent is not ChatCompletionChunk;
            previousChunk = update.InnerContent ?? previousChunk;
            yield return update;
        }
    }

    /// <summary>Streams a call that cannot invoke kernel functions straight from the core client's chunks.</summary>
    /// <remarks>
    /// The request is built exactly as the bridge builds it (Semantic Kernel's own history and settings conversions,
    /// then our <see cref="IChatClient"/>'s request mapping), and <see cref="ChunkContentStream"/> yields what the
    /// bridge yielded, without a Microsoft.Extensions.AI update and its conversion per chunk.
    /// </remarks>
    private async IAsyncEnumerable<StreamingChatMessageContent> StreamChunksAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings, Kernel? kernel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = CreateRequest(chatHistory, ForBridge(executionSettings), kernel);
        var stream = new ChunkContentStream(ModelFor(executionSettings));
        await foreach (var chunk in Client.StreamChatCompletionAsync(request, cancellationToken).ConfigureAwait(false))
        {
            yield return stream.ToContent(chunk);
        }

        if (stream.Complete(chatHistory) is { } closing)
        {
            yield return closing;
        }
    }

    /// <summary>
    /// The core request the bridge would send: the settings' chat history preparation is the base one (the settings are
    /// plain <see cref="PromptExecutionSettings"/> by now), which leaves the history as it is, and the kernel functions
    /// go with the standard schema of <see cref="KernelToolSchemas"/>.
    /// </summary>
    private ChatCompletionRequest CreateRequest(ChatHistory chatHistory, PromptExecutionSettings? settings, Kernel? kernel)
    {
        var messages = new List<ChatMessage>(chatHistory.Count);
        foreach (var message in chatHistory)
        {
#pragma warning disable SKEXP0001 // ChatMessageContent.ToChatMessage is the conversion the bridge itself uses.
            messages.Add(message.ToChatMessage());
#pragma warning restore SKEXP0001
        }

        return ToOpenRouterRequest.Create(HistoryReasoning.Restore(messages), KernelToolSchemas.Standardize(settings.ToChatOptions(kernel)), _modelId, _chatClient);
    }

    /// <summary>
    /// The function-invoking pipeline only when the call can offer kernel functions (a kernel and a function choice
    /// behavior other than None). Otherwise a tool call the model makes anyway is returned to the caller rather than
    /// answered with "function not found" and sent back again and again.
    /// </summary>
    private IChatCompletionService BridgeFor(PromptExecutionSettings? settings, Kernel? kernel) =>
        CanInvokeFunctions(settings, kernel) ? _bridge : _plainBridge;

    private static bool CanInvokeFunctions(PromptExecutionSettings? settings, Kernel? kernel) =>
        kernel is not null && settings?.FunctionChoiceBehavior is not (null or NoneFunctionChoiceBehavior);

    private string ModelFor(PromptExecutionSettings? settings) =>
        string.IsNullOrWhiteSpace(settings?.ModelId) ? _modelId : settings!.ModelId!;

    /// <summary>
    /// The settings as the bridge takes them: plain <see cref="PromptExecutionSettings"/> whose extension data holds
    /// JSON values under the wire names.
    /// </summary>
    /// <remarks>
    /// That is what the bridge reads anyway, and it spares it serializing our type by reflection. Other settings go
    /// through our conversion first, so that untyped values (a YAML template's "0.2" and "false", its nested mappings)
    /// are read the same way on every path, or rejected with a message that names the setting.
    /// </remarks>
    private static PromptExecutionSettings? ForBridge(PromptExecutionSettings? settings) =>
        settings is null ? null : SettingsJson.ToBaseSettings(OpenRouterPromptExecutionSettings.FromExecutionSettings(settings));
}
