using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;
using OpenRouter.Transport;
using OpenRouter.Validation;

namespace OpenRouter;

/// <summary>
/// A typed client for the OpenRouter HTTP API: chat and text completions, embeddings, images, speech, transcriptions,
/// rerank, the catalogs, key info, credits and generation stats. Thread-safe; create one and reuse it.
/// </summary>
/// <remarks>
/// Failed calls throw <see cref="OpenRouterException"/> (or one of its subtypes). Requests that fail before an answer
/// starts (408, 429, 5xx, connection failures) are retried up to <see cref="OpenRouterClientOptions.MaxRetries"/>
/// times with exponential backoff and jitter; a stream that has started is never retried.
/// </remarks>
public sealed partial class OpenRouterClient : IDisposable
{
    private const string JsonMediaType = "application/json";
    private const string EventStreamMediaType = "text/event-stream";
    private const int MaxErrorBodyBytes = 1024 * 1024;
    private const string ChatCompletionsPath = "chat/completions";
    private const string CompletionsPath = "completions";

    private static readonly string s_userAgent = "OpenRouter.NET/" + GetVersion();

    /// <summary>Chat chunks: the hand-written reader with a string cache per stream.</summary>
    private static readonly Func<ChunkParser<ChatCompletionChunk>> s_chatChunkParser = static () =>
    {
        var cache = new StreamStringCache();
        return json => ChatCompletionChunkReader.Read(json, cache);
    };

    /// <summary>Whole chat completions: the hand-written reader (the serializer handles the rare members).</summary>
    private static readonly ChunkParser<ChatCompletion> s_chatCompletionParser = static json => ChatCompletionReader.Read(json);

    /// <summary>Legacy completion chunks: the hand-written reader with a string cache per stream.</summary>
    private static readonly Func<ChunkParser<CompletionChunk>> s_completionChunkParser = static () =>
    {
        var cache = new StreamStringCache();
        return json => CompletionChunkReader.Read(json, cache);
    };

    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly string? _apiKey;
    private readonly string? _authorization;

    /// <summary>Takes the key out of everything a server sent before it reaches an exception.</summary>
    private readonly SecretRedactor _redactor;
    private readonly string? _appUrl;
    private readonly string? _appTitle;
    private readonly RetryPolicy _retryPolicy;
    private readonly TimeProvider _timeProvider;
    private readonly bool _retryAfterSend;
    private readonly bool _retryInFlightBudget;
    private readonly int _maxStreamEventBytes;
    private readonly long _maxResponseBytes;
    private readonly TimeSpan _streamIdleTimeout;

    /// <summary>The inference URLs, resolved once: combining a relative path with the endpoint costs more than serializing a small request.</summary>
    private readonly Uri _chatCompletionsUri;
    private readonly Uri _completionsUri;
    private int _disposed;

    /// <summary>
    /// Creates a client from <paramref name="options"/>. When <paramref name="httpClient"/> is given it is used as is
    /// and never disposed by this client; otherwise the client creates and owns one.
    /// </summary>
    /// <param name="options">The settings; copied, so later changes to the object have no effect.</param>
    /// <param name="httpClient">An optional HTTP client, for example one from <c>IHttpClientFactory</c>.</param>
    /// <exception cref="ArgumentException">The endpoint is not an absolute http(s) URL, the key would travel over plain HTTP to a non-loopback host, or a setting is out of range.</exception>
    public OpenRouterClient(OpenRouterClientOptions options, HttpClient? httpClient = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        options.Validate();
        Endpoint = WithTrailingSlash(options.Endpoint);
        _chatCompletionsUri = new Uri(Endpoint, ChatCompletionsPath);
        _completionsUri = new Uri(Endpoint, CompletionsPath);
        if (options.ApiKey is { } key)
        {
            _apiKey = key;
            _authorization = "Bearer " + key;
        }

        _redactor = new SecretRedactor(_apiKey);
        _appUrl = NullIfEmpty(options.AppUrl);
        _appTitle = NullIfEmpty(options.AppTitle);
        _timeProvider = options.TimeProvider ?? TimeProvider.System;
        _retryPolicy = new RetryPolicy(options.MaxRetries, options.JitterSource);
        _retryAfterSend = options.RetryWhenConnectionLostAfterSend;
        _retryInFlightBudget = options.RetryOnInFlightBudgetExhausted;
        _maxStreamEventBytes = options.MaxStreamEventBytes;
        _maxResponseBytes = options.MaxResponseBytes;
        _streamIdleTimeout = options.StreamIdleTimeout;

        if (httpClient is null)
        {
            _httpClient = CreateOwnedHttpClient();
            _ownsHttpClient = true;
        }
        else
        {
            _httpClient = httpClient;
        }
    }

    /// <summary>Creates a client for the default endpoint that authenticates with <paramref name="apiKey"/>.</summary>
    /// <param name="apiKey">The OpenRouter API key (<c>sk-or-v1-...</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="apiKey"/> is null or empty.</exception>
    public OpenRouterClient(string apiKey)
        : this(new OpenRouterClientOptions { ApiKey = RequireKey(apiKey) })
    {
    }

    /// <summary>The API root this client sends to (always ending with <c>/</c>).</summary>
    public Uri Endpoint { get; }

    /// <summary>Sends <c>POST chat/completions</c> and returns the whole completion.</summary>
    /// <param name="request">The request; <see cref="ChatCompletionRequest.Stream"/> must not be true.</param>
    /// <param name="cancellationToken">Cancels the call (a non-streamed generation already running on the provider is still billed).</param>
    /// <returns>The completion, with at least one choice.</returns>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (also one sent with HTTP 200), or answered with no choices.</exception>
    public Task<ChatCompletion> CreateChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) =>
        CreateChatCompletionAsync(request, options: null, cancellationToken);

    /// <summary>Like <see cref="CreateChatCompletionAsync(ChatCompletionRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public Task<ChatCompletion> CreateChatCompletionAsync(ChatCompletionRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        ValidateChatRequest(request);
        if (request.Stream == true)
        {
            throw new ArgumentException("ChatCompletionRequest.Stream is true, but CreateChatCompletionAsync returns one whole answer. Call StreamChatCompletionAsync to stream, or leave Stream unset.", nameof(request));
        }

        var body = ChatCompletionRequestWriter.ToUtf8Bytes(request);
        var call = SendJsonAsync(HttpMethod.Post, ChatCompletionsPath, body, OpenRouterJsonContext.Default.ChatCompletion, retryNotFound: false, options, cancellationToken, s_chatCompletionParser);
        return ErrorHints.ForChatNotFound(request) is { } hint ? ErrorHints.OnNotFoundAsync(call, hint) : call;
    }

    /// <summary>Sends <c>POST chat/completions</c> with <c>stream: true</c> and yields each chunk as it arrives.</summary>
    /// <param name="request">The request; its <see cref="ChatCompletionRequest.Stream"/> is ignored (the caller's object is not changed).</param>
    /// <param name="cancellationToken">Cancels the stream; the connection is closed at once, which stops generation on providers that support it.</param>
    /// <returns>The chunks, ending after OpenRouter's <c>[DONE]</c>.</returns>
    /// <exception cref="OpenRouterStreamException">OpenRouter sent an error event, the connection broke, or the stream was truncated; earlier chunks were already yielded.</exception>
    public IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionAsync(ChatCompletionRequest request, CancellationToken cancellationToken = default) =>
        StreamChatCompletionAsync(request, options: null, cancellationToken);

    /// <summary>Like <see cref="StreamChatCompletionAsync(ChatCompletionRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public IAsyncEnumerable<ChatCompletionChunk> StreamChatCompletionAsync(ChatCompletionRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        ValidateChatRequest(request);
        var body = ChatCompletionRequestWriter.ToUtf8Bytes(request, stream: true);
        var chunks = StreamAsync(ChatCompletionsPath, body, s_chatChunkParser, options, cancellationToken);
        return ErrorHints.ForChatNotFound(request) is { } hint ? ErrorHints.OnNotFoundAsync(chunks, hint) : chunks;
    }

    /// <summary>Sends the legacy <c>POST completions</c> (a prompt in, text out) and returns the whole completion.</summary>
    /// <param name="request">The request; <see cref="CompletionRequest.Stream"/> must not be true.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The completion, with at least one choice.</returns>
    /// <exception cref="OpenRouterException">OpenRouter reported an error or answered with no choices.</exception>
    public Task<Completion> CreateCompletionAsync(CompletionRequest request, CancellationToken cancellationToken = default) =>
        CreateCompletionAsync(request, options: null, cancellationToken);

    /// <summary>Like <see cref="CreateCompletionAsync(CompletionRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public Task<Completion> CreateCompletionAsync(CompletionRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        ValidateCompletionRequest(request);
        if (request.Stream == true)
        {
            throw new ArgumentException("CompletionRequest.Stream is true, but CreateCompletionAsync returns one whole answer. Call StreamCompletionAsync to stream, or leave Stream unset.", nameof(request));
        }

        var body = Serialize(request, OpenRouterJsonContext.RequestBodies.CompletionRequest);
        return SendJsonAsync(HttpMethod.Post, CompletionsPath, body, OpenRouterJsonContext.Default.Completion, retryNotFound: false, options, cancellationToken);
    }

    /// <summary>Sends the legacy <c>POST completions</c> with <c>stream: true</c> and yields each chunk as it arrives.</summary>
    /// <param name="request">The request; its <see cref="CompletionRequest.Stream"/> is ignored.</param>
    /// <param name="cancellationToken">Cancels the stream and closes the connection.</param>
    /// <returns>The chunks, ending after <c>[DONE]</c>.</returns>
    /// <exception cref="OpenRouterStreamException">OpenRouter sent an error event, the connection broke, or the stream was truncated.</exception>
    public IAsyncEnumerable<CompletionChunk> StreamCompletionAsync(CompletionRequest request, CancellationToken cancellationToken = default) =>
        StreamCompletionAsync(request, options: null, cancellationToken);

    /// <summary>Like <see cref="StreamCompletionAsync(CompletionRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public IAsyncEnumerable<CompletionChunk> StreamCompletionAsync(CompletionRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        ValidateCompletionRequest(request);
        var body = Serialize(request.WithStreamEnabled(), OpenRouterJsonContext.RequestBodies.CompletionRequest);
        return StreamAsync(CompletionsPath, body, s_completionChunkParser, options, cancellationToken);
    }

    /// <summary>Lists models (<c>GET models</c>), optionally filtered. Without filters OpenRouter lists text-output models only.</summary>
    /// <param name="query">Filters such as output modalities or supported parameters; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The models.</returns>
    public async Task<IReadOnlyList<ModelInfo>> ListModelsAsync(ModelListQuery? query = null, CancellationToken cancellationToken = default)
    {
        var path = "models" + (query?.ToQueryString() ?? string.Empty);
        var list = await SendJsonAsync(HttpMethod.Get, path, null, OpenRouterJsonContext.Default.ModelListResponse, retryNotFound: false, null, cancellationToken).ConfigureAwait(false);
        return list.Data ?? Array.Empty<ModelInfo>();
    }

    /// <summary>Lists the provider endpoints serving one model (<c>GET models/{author}/{slug}/endpoints</c>); <see cref="ListModelEndpointsAsync(string, CancellationToken)"/> takes the whole id.</summary>
    /// <param name="author">The part of the model id before the slash, e.g. <c>openai</c>.</param>
    /// <param name="slug">The part after the slash, e.g. <c>gpt-4o</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model and its endpoints.</returns>
    public Task<ModelEndpoints> ListModelEndpointsAsync(string author, string slug, CancellationToken cancellationToken = default)
    {
        RequireText(author, nameof(author), "the model id's author, the part before the slash (for \"openai/gpt-4o\" it is \"openai\")");
        RequireText(slug, nameof(slug), "the model id's slug, the part after the slash (for \"openai/gpt-4o\" it is \"gpt-4o\")");
        var path = "models/" + Uri.EscapeDataString(author) + "/" + Uri.EscapeDataString(slug) + "/endpoints";
        return GetDataAsync(path, OpenRouterJsonContext.Default.DataEnvelopeModelEndpoints, retryNotFound: false, cancellationToken);
    }

    /// <summary>Lists the provider endpoints serving one model, named by its whole id (<c>GET models/{author}/{slug}/endpoints</c>).</summary>
    /// <param name="modelId">
    /// The model id as OpenRouter writes it, <c>author/slug</c>: e.g. <c>openai/gpt-4o</c>, or <c>deepseek/deepseek-r1:free</c>
    /// (a variant suffix stays part of the slug).
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model and its endpoints.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelId"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="modelId"/> is not <c>author/slug</c> (empty, no slash, more than one slash, an empty part, or
    /// whitespace); the message names the id and what is wrong with it. Nothing is sent.
    /// </exception>
    /// <remarks>
    /// The same request as <see cref="ListModelEndpointsAsync(string, string, CancellationToken)"/> with the id split at its
    /// slash. One string argument (and an optional token) calls this overload; two strings call the other.
    /// </remarks>
    public Task<ModelEndpoints> ListModelEndpointsAsync(string modelId, CancellationToken cancellationToken = default)
    {
        var (author, slug) = ModelIdParts.Split(modelId, nameof(modelId));
        return ListModelEndpointsAsync(author, slug, cancellationToken);
    }

    /// <summary>Returns information about the calling API key (<c>GET key</c>): limit, usage, free tier.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key's information.</returns>
    public Task<KeyInfo> GetKeyAsync(CancellationToken cancellationToken = default) =>
        GetDataAsync("key", OpenRouterJsonContext.Default.DataEnvelopeKeyInfo, retryNotFound: false, cancellationToken);

    /// <summary>Returns the account's credits (<c>GET credits</c>). Current OpenRouter deployments require a management key here (403 otherwise); <see cref="GetKeyAsync"/> works with any key.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Total credits and usage.</returns>
    public Task<Credits> GetCreditsAsync(CancellationToken cancellationToken = default) =>
        GetDataAsync("credits", OpenRouterJsonContext.Default.DataEnvelopeCredits, retryNotFound: false, cancellationToken);

    /// <summary>
    /// Returns stats and cost of one generation (<c>GET generation?id=</c>). Right after a completion the record is
    /// often not there yet, so a 404 is retried like a transient error (within <see cref="OpenRouterClientOptions.MaxRetries"/>).
    /// </summary>
    /// <param name="id">The generation id (<c>gen-...</c>), from a completion's <c>Id</c> or an exception's <see cref="OpenRouterException.GenerationId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The generation's stats.</returns>
    public Task<GenerationInfo> GetGenerationAsync(string id, CancellationToken cancellationToken = default)
    {
        RequireText(id, nameof(id), "a generation id such as \"gen-1764031697-abc\", taken from a completion's Id");
        return GetDataAsync("generation?id=" + Uri.EscapeDataString(id), OpenRouterJsonContext.Default.DataEnvelopeGenerationInfo, retryNotFound: true, cancellationToken);
    }

    /// <summary>Releases the HTTP client when this client created it; an injected one is left alone.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"OpenRouterClient {{ Endpoint = {Endpoint}, ApiKey = {(_apiKey is null ? "(none)" : "(set)")} }}";

    private static string GetVersion()
    {
        var assembly = typeof(OpenRouterClient).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (!string.IsNullOrEmpty(informational))
        {
            var plus = informational!.IndexOf('+');
            return plus > 0 ? informational.Substring(0, plus) : informational;
        }

        return assembly.GetName().Version?.ToString() ?? "0.0.0";
    }

    private static string RequireKey(string apiKey)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException("An OpenRouter API key is required (it starts with sk-or-v1-; create one at https://openrouter.ai/keys).", nameof(apiKey));
        }

        return apiKey;
    }

    private static void RequireText(string value, string name, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"'{name}' must be {what}.", name);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static Uri WithTrailingSlash(Uri endpoint)
    {
        var text = endpoint.AbsoluteUri;
        return text.EndsWith("/", StringComparison.Ordinal) ? endpoint : new Uri(text + "/");
    }

    private static void ValidateChatRequest(ChatCompletionRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (request.Messages is not { Count: > 0 })
        {
            throw new ArgumentException("ChatCompletionRequest.Messages is empty: OpenRouter needs at least one message, e.g. Messages = [ChatCompletionMessage.User(\"Hello\")].", nameof(request));
        }

        RequestValidation.Validate(request);
    }

    private static void ValidateCompletionRequest(CompletionRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (request.Prompt is null)
        {
            throw new ArgumentException("CompletionRequest.Prompt is required by the completions endpoint; for conversations use CreateChatCompletionAsync.", nameof(request));
        }

        RequestValidation.Validate(request);
    }

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private static HttpClient CreateOwnedHttpClient()
    {
#if NET
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),

            // Close a cancelled response's connection at once instead of draining it, so the provider sees the
            // disconnect (and stops generating) without delay.
            MaxResponseDrainSize = 0,
        };
#else
        var handler = new HttpClientHandler();
#endif

        // Reasoning models can take minutes before answering: the client's default 100 s timeout would cut them off.
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
#if NET
        // HTTP/2 where the server offers it over TLS (one multiplexed connection; a cancelled stream is a RST_STREAM),
        // HTTP/1.1 otherwise, including plain-HTTP loopback endpoints.
        client.DefaultRequestVersion = System.Net.HttpVersion.Version20;
        client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
#endif
        return client;
    }

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new ObjectDisposedException(nameof(OpenRouterClient));
        }
    }
}
