using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

public sealed partial class OpenRouterClient
{
    private const string GenerationIdHeader = "X-Generation-Id";

    /// <summary>What to do about an answer that is not OpenRouter's.</summary>
    private const string NotOpenRouterHint = "Its start is in ResponseExcerpt; something other than OpenRouter (a proxy or gateway) may have answered: check proxies and the Endpoint.";

    private async Task<T> GetDataAsync<T>(string path, JsonTypeInfo<DataEnvelope<T>> typeInfo, bool retryNotFound, CancellationToken cancellationToken)
        where T : class
    {
        var envelope = await SendJsonAsync(HttpMethod.Get, path, null, typeInfo, retryNotFound, null, cancellationToken).ConfigureAwait(false);
        return envelope.Data ?? throw new OpenRouterProtocolException(
            $"OpenRouter answered GET {path} without the expected \"data\" object.",
            Info(200, null),
            eventIndex: null);
    }

    private Task<T> SendJsonAsync<T>(HttpMethod method, string path, byte[]? body, JsonTypeInfo<T> typeInfo, bool retryNotFound, OpenRouterRequestOptions? options, CancellationToken cancellationToken, ChunkParser<T>? parse = null)
        where T : class
    {
        ThrowIfDisposed();
        return ExecuteWithRetriesAsync(ct => SendJsonOnceAsync(method, path, body, typeInfo, parse, options, ct), retryNotFound, options?.MaxRetries, cancellationToken);
    }

    private async Task<T> SendJsonOnceAsync<T>(HttpMethod method, string path, byte[]? body, JsonTypeInfo<T> typeInfo, ChunkParser<T>? parse, OpenRouterRequestOptions? options, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await SendAsync(method, path, body, streaming: false, options, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateErrorAsync(response, cancellationToken).ConfigureAwait(false);
        }

        var generationId = GetGenerationIdHeader(response);
        var status = (int)response.StatusCode;
        PooledBody answer;
        try
        {
            // Not through ReadAnswerAsync: one state machine less per call.
            answer = await ReadBodyAsync(response, _maxResponseBytes, nameof(OpenRouterClientOptions.MaxResponseBytes), cancellationToken).ConfigureAwait(false);
        }
        catch (BodyDecodingException ex)
        {
            throw UndecodableBody(ex, method, path, status, generationId, eventIndex: null);
        }

        using var owned = answer;
        var result = ParseAnswer(answer, typeInfo, parse, method, path, status, generationId);
        if (result is IOpenRouterResponse inference)
        {
            var error = inference.GetError();
            generationId = inference.GenerationId ?? generationId;
            if (error is not null)
            {
                var (message, info) = ReportedError("OpenRouter reported an error in a 200 answer", error, generationId);
                throw new OpenRouterException(message, info) { Usage = inference.Usage };
            }

            if (!inference.HasChoices)
            {
                throw new OpenRouterException(
                    $"OpenRouter answered {path} with HTTP 200 but no choices (generation {generationId ?? "unknown"}). This happens on soft moderation or an upstream hiccup; retry, or look the generation up with GetGenerationAsync.",
                    Info(200, generationId));
            }
        }

        return result;
    }

    /// <summary>Reads one answer of <paramref name="typeInfo"/> (or with <paramref name="parse"/>); anything else is a protocol error.</summary>
    private T ParseAnswer<T>(PooledBody answer, JsonTypeInfo<T> typeInfo, ChunkParser<T>? parse, HttpMethod method, string path, int status, string? generationId)
        where T : class
    {
        T? result;
        try
        {
            try
            {
                result = parse is null ? JsonSerializer.Deserialize(answer.Span, typeInfo) : parse(answer.Span);
            }
            catch (InvalidOperationException invalid)
            {
                throw new JsonException(invalid.Message, invalid);
            }
        }
        catch (JsonException ex)
        {
            throw new OpenRouterProtocolException(
                $"OpenRouter answered {method} {path} with HTTP {status}, but the body is not the expected JSON: {ex.Message} {NotOpenRouterHint}",
                Info(status, generationId, excerpt: _redactor.Excerpt(answer.Span, answer.Capped)),
                eventIndex: null,
                ex);
        }

        return result ?? throw new OpenRouterProtocolException(
            $"OpenRouter answered {method} {path} with a JSON null.",
            Info(status, generationId),
            eventIndex: null);
    }

    private async IAsyncEnumerable<T> StreamAsync<T>(string path, byte[] body, Func<ChunkParser<T>> createParser, OpenRouterRequestOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class, IOpenRouterStreamChunk
    {
        ThrowIfDisposed();
        var response = await ExecuteWithRetriesAsync(ct => OpenStreamAsync(path, body, options, ct), retryNotFound: false, options?.MaxRetries, cancellationToken).ConfigureAwait(false);
        var release = new StreamRelease(response);
        await using (release.ConfigureAwait(false))
        using (cancellationToken.Register(static state => ((StreamRelease)state!).OnCancelled(), release))
        using (var watchdog = new StreamIdleWatchdog(_timeProvider, _streamIdleTimeout, response.Dispose))
        {
            var generationId = GetGenerationIdHeader(response);
            var received = 0;
            var sawFinishReason = false;
            var sawDone = false;
            IAsyncEnumerator<SseItem<StreamEvent<T>>>? enumerator = null;
            try
            {
                Stream raw;
                try
                {
#if NET
                    raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
                    raw = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
                }
                catch (Exception ex) when (IsConnectionFailure(ex))
                {
                    throw StreamFailure(ex, received, generationId, cancellationToken);
                }

                var bounded = new BoundedReadStream(raw, _maxStreamEventBytes, nameof(OpenRouterClientOptions.MaxStreamEventBytes), long.MaxValue, string.Empty, watchdog);
                release.Attach(bounded);
                var redactor = _redactor;
                var parseChunk = createParser();
                var parser = SseParser.Create(bounded, (_, data) => StreamEvent<T>.Parse(data, parseChunk, redactor));
                enumerator = parser.EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

                while (true)
                {
                    StreamEvent<T> item;
                    try
                    {
                        // Buffered content can be read to the end without ever observing the token: check it per event.
                        cancellationToken.ThrowIfCancellationRequested();
                        if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                        {
                            release.ReadToEnd = true;
                            break;
                        }

                        item = enumerator.Current.Data;
                    }
                    catch (Exception ex) when (watchdog.HasFired && !cancellationToken.IsCancellationRequested)
                    {
                        throw new TimeoutException(
                            _redactor.Redact($"OpenRouter sent nothing for {watchdog.IdleTimeout.TotalSeconds:0.###} s (not even a keep-alive comment) after {received} stream events, so the connection was closed (generation {generationId ?? "unknown"}). Raise OpenRouterClientOptions.StreamIdleTimeout if the model may pause longer."),
                            ex);
                    }
                    catch (BodyDecodingException ex)
                    {
                        throw UndecodableBody(ex, HttpMethod.Post, path, 200, generationId, received);
                    }
                    catch (Exception ex) when (IsConnectionFailure(ex) || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
                    {
                        throw StreamFailure(ex, received, generationId, cancellationToken);
                    }

                    if (item.IsDone)
                    {
                        sawDone = true;
                        release.ReadToEnd = true;
                        break;
                    }

                    if (item.Value is not { } chunk)
                    {
                        throw new OpenRouterProtocolException(
                            $"Event {received} of the stream from OpenRouter is not a valid chunk: {item.Failure?.Message}",
                            Info(200, generationId, excerpt: item.Excerpt),
                            received,
                            item.Failure);
                    }

                    generationId = chunk.GenerationId ?? generationId;
                    var error = chunk.GetError();
                    if (error is not null)
                    {
                        var (message, info) = ReportedError($"OpenRouter reported an error mid-stream after {received} events", error, generationId);
                        throw new OpenRouterStreamException(message, info, StreamFailureKind.ServerError, received) { Usage = chunk.Usage };
                    }

                    received++;
                    sawFinishReason |= chunk.HasFinishReason;
                    yield return chunk;
                }
            }
            finally
            {
                if (enumerator is not null)
                {
                    await enumerator.DisposeAsync().ConfigureAwait(false);
                }
            }

            if (!sawDone && !sawFinishReason)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new OpenRouterStreamException(
                    $"The stream from OpenRouter ended after {received} events without [DONE] and without a finish reason: the answer is incomplete (generation {generationId ?? "unknown"}).",
                    Info(200, generationId),
                    StreamFailureKind.Truncated,
                    received);
            }
        }
    }

    private async Task<HttpResponseMessage> OpenStreamAsync(string path, byte[] body, OpenRouterRequestOptions? options, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, path, body, streaming: true, options, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await CreateErrorAsync(response, cancellationToken).ConfigureAwait(false);
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (string.Equals(mediaType, EventStreamMediaType, StringComparison.OrdinalIgnoreCase))
            {
                return response;
            }

            // A 200 that is not a stream: OpenRouter's error body, or something that is not OpenRouter at all. Only its
            // start is read (ErrorBodyBytes): it is reported, never parsed as an answer.
            using var answer = await ReadAnswerAsync(response, HttpMethod.Post, path, ErrorBodyBytes, boundName: null, cancellationToken).ConfigureAwait(false);
            var error = TryParseError(answer.Span);
            var generationId = GetGenerationIdHeader(response);
            if (error is not null)
            {
                var (message, info) = ReportedError("OpenRouter reported an error instead of starting the stream", error, generationId);
                throw new OpenRouterException(message, info);
            }

            var longer = answer.Capped ? $" The body is longer than {ErrorBodyBytes} bytes, the most read of an answer that is not a stream." : string.Empty;
            throw new OpenRouterProtocolException(
                $"OpenRouter answered a streaming request with HTTP {(int)response.StatusCode} and content type '{mediaType ?? "(none)"}' instead of text/event-stream.{longer} {NotOpenRouterHint}",
                Info((int)response.StatusCode, generationId, excerpt: _redactor.Excerpt(answer.Span, answer.Capped)),
                eventIndex: null);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<TResult> ExecuteWithRetriesAsync<TResult>(Func<CancellationToken, Task<TResult>> attempt, bool retryNotFound, int? maxRetries, CancellationToken cancellationToken)
    {
        var retries = maxRetries ?? _retryPolicy.MaxRetries;
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            OpenRouterException failure;
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (OpenRouterException ex) when (ex is not OpenRouterStreamException and not OpenRouterProtocolException)
            {
                failure = ex;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsConnectionFailure(ex))
            {
                failure = ConnectionFailure(ex);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw HttpClientTimeout(ex);
            }

            failure.Attempts = attemptNumber;
            var retryable = failure.IsRetryable || (retryNotFound && failure.StatusCode == 404);
            if (!retryable || attemptNumber > retries)
            {
                throw failure;
            }

            if (failure.RetryAfter is { } serverDelay && serverDelay > RetryPolicy.MaxServerDelay)
            {
                // The server asks for longer than we are willing to block: fail now and let the caller decide.
                throw failure;
            }

            var delay = _retryPolicy.DelayBefore(attemptNumber, failure.RetryAfter);
            await DelayAsync(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

#if NET
        return Task.Delay(delay, _timeProvider, cancellationToken);
#else
        return _timeProvider.Delay(delay, cancellationToken);
#endif
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, byte[]? body, bool streaming, OpenRouterRequestOptions? options, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, ResolveUri(path));
#if NET
        // HttpClient applies its DefaultRequestVersion only to messages it creates itself: honour it here, so an
        // HttpClient set up for HTTP/2 (or h2c with RequestVersionExact) is used as configured.
        request.Version = _httpClient.DefaultRequestVersion;
        request.VersionPolicy = _httpClient.DefaultVersionPolicy;
#endif
        var headers = request.Headers;
        headers.TryAddWithoutValidation("Accept", streaming ? EventStreamMediaType : JsonMediaType);
        headers.TryAddWithoutValidation("User-Agent", s_userAgent);
        if (_authorization is not null)
        {
            headers.TryAddWithoutValidation("Authorization", _authorization);
        }

        if (_appUrl is not null)
        {
            headers.TryAddWithoutValidation("HTTP-Referer", _appUrl);
        }

        if (_appTitle is not null)
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Title", _appTitle);
            headers.TryAddWithoutValidation("X-Title", _appTitle);
        }

        options?.Apply(request);
        if (body is not null)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", JsonMediaType);
            request.Content = content;
        }

        return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task<OpenRouterException> CreateErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var generationId = GetGenerationIdHeader(response);
        var now = _timeProvider.GetUtcNow();
        var serverDelay = RetryPolicy.ReadServerDelay(response, now);
        PooledBody body;
        try
        {
            body = await ReadBodyAsync(response, ErrorBodyBytes, boundName: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or BodyDecodingException)
        {
            body = new PooledBody(Array.Empty<byte>(), 0, capped: false);
        }

        using var owned = body;
        var error = _redactor.RedactError(TryParseError(body.Span));
        var excerpt = error is null && body.Length > 0 ? _redactor.Excerpt(body.Span, body.Capped) : null;
        var rateLimit = LimitDetails.ReadRateLimit(response, error, now);
        var message = ErrorDetails.ComposeMessage("OpenRouter returned an error", status, error ?? new OpenRouterError { Message = response.ReasonPhrase }, excerpt, rateLimit);
        var retryAfter = RetryAfterFrom(error, serverDelay) ?? LimitDetails.DelayUntilReset(status, rateLimit, now);
        return new OpenRouterException(
            message,
            Info(status, generationId, error, retryAfter, IsRetryable(error, status, serverDelay), excerpt, rateLimit));
    }

    /// <summary>
    /// Whether a retry could help: by status (and availability), except that a 402 is retried only when it is the
    /// transient in-flight budget with a server delay, and only while <see cref="OpenRouterClientOptions.RetryOnInFlightBudgetExhausted"/> is on.
    /// </summary>
    private bool IsRetryable(OpenRouterError? error, int? status, TimeSpan? serverDelay)
    {
        if (status == 402)
        {
            return _retryInFlightBudget && serverDelay is not null && LimitDetails.Source(error) == LimitSource.InFlightBudget;
        }

        return ErrorDetails.IsRetryable(error, status);
    }

    /// <summary>The message and facts of an error OpenRouter reported inside an answer it began with HTTP 200 (its whole body, or a stream event).</summary>
    private (string Message, OpenRouterErrorInfo Info) ReportedError(string prefix, OpenRouterError error, string? generationId)
    {
        var status = ErrorDetails.EffectiveStatus(error, null);
        var redacted = _redactor.RedactError(error);
        var now = _timeProvider.GetUtcNow();
        var rateLimit = LimitDetails.ReadRateLimit(null, redacted, now);
        var retryAfter = RetryAfterFrom(redacted, null) ?? LimitDetails.DelayUntilReset(status, rateLimit, now);
        return (
            ErrorDetails.ComposeMessage(prefix, status, redacted, null, rateLimit),
            Info(status, generationId, redacted, retryAfter, IsRetryable(redacted, status, null), rateLimit: rateLimit));
    }

    /// <summary>The facts of an exception, with the redactor that takes the key out of them and out of the exception's message.</summary>
    private OpenRouterErrorInfo Info(int? status, string? generationId, OpenRouterError? error = null, TimeSpan? retryAfter = null, bool retryable = false, string? excerpt = null, RateLimitHeaders? rateLimit = null) =>
        new(status, error, retryAfter, retryable, generationId, excerpt, rateLimit, _redactor);

    /// <summary>A body the HTTP handler could not decompress as declared: a protocol error (at <paramref name="eventIndex"/> of a stream, if given).</summary>
    private OpenRouterProtocolException UndecodableBody(BodyDecodingException ex, HttpMethod method, string path, int status, string? generationId, int? eventIndex)
    {
        var where = eventIndex is { } events ? $" (a stream, after {events} events)" : string.Empty;
        return new($"OpenRouter answered {method} {path}{where} with HTTP {status}, but {ex.Describe()}", Info(status, generationId), eventIndex, ex.InnerException);
    }

    private static TimeSpan? RetryAfterFrom(OpenRouterError? error, TimeSpan? serverDelay)
    {
        if (serverDelay is not null)
        {
            return serverDelay;
        }

        if (error?.Availability?.RetryAfterSeconds is { } seconds && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return null;
    }

    private static OpenRouterError? TryParseError(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, OpenRouterJsonContext.Default.OpenRouterErrorBody)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>As <see cref="ReadBodyAsync"/>; a body that cannot be decompressed is a protocol error.</summary>
    private async Task<PooledBody> ReadAnswerAsync(HttpResponseMessage response, HttpMethod method, string path, long maxBytes, string? boundName, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadBodyAsync(response, maxBytes, boundName, cancellationToken).ConfigureAwait(false);
        }
        catch (BodyDecodingException ex)
        {
            throw UndecodableBody(ex, method, path, (int)response.StatusCode, GetGenerationIdHeader(response), eventIndex: null);
        }
    }

    /// <summary>
    /// Reads a body into a buffer rented from the shared pool; dispose the result to return it. Past
    /// <paramref name="maxBytes"/> it fails with <see cref="InvalidDataException"/> naming the setting
    /// <paramref name="boundName"/>, or, when that is null, stops there and marks the result <see cref="PooledBody.Capped"/>.
    /// </summary>
    private static async Task<PooledBody> ReadBodyAsync(HttpResponseMessage response, long maxBytes, string? boundName, CancellationToken cancellationToken)
    {
#if NET
        var raw = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var raw = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using var bounded = new BoundedReadStream(raw, long.MaxValue, string.Empty, boundName is null ? long.MaxValue : maxBytes, boundName ?? string.Empty);

        // Capped: one byte past the cap tells that the body goes on.
        var limit = boundName is null ? maxBytes + 1 : long.MaxValue;
        var known = response.Content.Headers.ContentLength is { } length and > 0 and < int.MaxValue ? (int)Math.Min(length, maxBytes) : 0;
        var buffer = ArrayPool<byte>.Shared.Rent(known > 0 ? known + 1 : 16 * 1024);
        var count = 0;
        try
        {
            while (count < limit)
            {
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, count);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var room = (int)Math.Min(buffer.Length - count, limit - count);
#if NET
                var read = await bounded.ReadAsync(buffer.AsMemory(count, room), cancellationToken).ConfigureAwait(false);
#else
                var read = await bounded.ReadAsync(buffer, count, room, cancellationToken).ConfigureAwait(false);
#endif
                if (read == 0)
                {
                    return new PooledBody(buffer, count, capped: false);
                }

                count += read;
            }

            return new PooledBody(buffer, (int)maxBytes, capped: true);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>A body read into a pooled buffer.</summary>
    private readonly struct PooledBody : IDisposable
    {
        public PooledBody(byte[] buffer, int length, bool capped)
        {
            Buffer = buffer;
            Length = length;
            Capped = capped;
        }

        public byte[] Buffer { get; }

        public int Length { get; }

        /// <summary>Gets a value indicating whether the body went on past what was read (so it may end inside a word, or the key).</summary>
        public bool Capped { get; }

        public ReadOnlySpan<byte> Span => new(Buffer, 0, Length);

        public void Dispose()
        {
            if (Buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(Buffer);
            }
        }
    }

    /// <summary>The most read of an error body or of a non-stream answer to a streaming call: 1 MiB, and never more than <see cref="OpenRouterClientOptions.MaxResponseBytes"/>.</summary>
    private long ErrorBodyBytes => Math.Min(MaxErrorBodyBytes, _maxResponseBytes);

    private Uri ResolveUri(string path) => path switch
    {
        ChatCompletionsPath => _chatCompletionsUri,
        CompletionsPath => _completionsUri,
        _ => new Uri(Endpoint, path),
    };

    private static string? GetGenerationIdHeader(HttpResponseMessage response)
    {
#if NET
        // The raw values, without parsing the header store (no enumerator or array per call).
        if (response.Headers.NonValidated.TryGetValues(GenerationIdHeader, out var raw))
        {
            foreach (var value in raw)
            {
                return value;
            }
        }

        return null;
#else
        return response.Headers.TryGetValues(GenerationIdHeader, out var values) ? values.FirstOrDefault() : null;
#endif
    }

    private static bool IsConnectionFailure(Exception ex) =>
        ex is HttpRequestException or IOException or SocketException or ObjectDisposedException;

    private OpenRouterException ConnectionFailure(Exception ex)
    {
        var beforeSend = false;
#if NET
        if (ex is HttpRequestException http)
        {
            beforeSend = http.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
        }
#else
        beforeSend = ex.InnerException is SocketException;
#endif
        var retryable = beforeSend || _retryAfterSend;
        return new OpenRouterException(
            $"Could not get an answer from OpenRouter at {Endpoint.Host}: {ex.Message}",
            Info(null, null, retryable: retryable),
            ex);
    }

    /// <summary>A cancellation the caller did not ask for: the HttpClient's own Timeout (or a handler of its pipeline) ended the request.</summary>
    private TimeoutException HttpClientTimeout(OperationCanceledException ex)
    {
        var timeout = _httpClient.Timeout == Timeout.InfiniteTimeSpan ? "infinite" : $"{_httpClient.Timeout.TotalSeconds:0.###} s";
        return new TimeoutException(
            $"The request to OpenRouter at {Endpoint.Host} was cancelled before its answer arrived, but not by the caller: the HttpClient's Timeout ({timeout}) ran out, or a handler in its pipeline cancelled it. It is not retried (the generation may still be running). Raise HttpClient.Timeout (reasoning models can take minutes), or set it to Timeout.InfiniteTimeSpan and cancel per call.",
            ex);
    }

    private OpenRouterStreamException StreamFailure(Exception ex, int received, string? generationId, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The stream was cancelled by the caller.", ex, cancellationToken);
        }

        return new OpenRouterStreamException(
            $"The connection to OpenRouter broke after {received} stream events: {ex.Message} (generation {generationId ?? "unknown"}; it is not retried because generation had started).",
            Info(null, generationId),
            StreamFailureKind.ConnectionLost,
            received,
            ex);
    }

    /// <summary>Reads one chunk from the UTF-8 JSON of an event.</summary>
    internal delegate T ChunkParser<T>(ReadOnlySpan<byte> json);

    /// <summary>One parsed server-sent event: a chunk, the <c>[DONE]</c> sentinel, or a parse failure.</summary>
    private readonly struct StreamEvent<T>
        where T : class
    {
        private StreamEvent(T? value, bool isDone, JsonException? failure, string? excerpt)
        {
            Value = value;
            IsDone = isDone;
            Failure = failure;
            Excerpt = excerpt;
        }

        public T? Value { get; }

        public bool IsDone { get; }

        public JsonException? Failure { get; }

        public string? Excerpt { get; }

        public static StreamEvent<T> Parse(ReadOnlySpan<byte> data, ChunkParser<T> parseChunk, SecretRedactor redactor)
        {
            var trimmed = TrimAsciiWhitespace(data);
            if (trimmed.SequenceEqual("[DONE]"u8))
            {
                return new StreamEvent<T>(null, true, null, null);
            }

            try
            {
                var value = parseChunk(trimmed);
                return value is null
                    ? new StreamEvent<T>(null, false, new JsonException("The event is JSON null."), redactor.Excerpt(data, capped: false))
                    : new StreamEvent<T>(value, false, null, null);
            }
            catch (JsonException ex)
            {
                return new StreamEvent<T>(null, false, ex, redactor.Excerpt(data, capped: false));
            }
            catch (InvalidOperationException ex)
            {
                return new StreamEvent<T>(null, false, new JsonException(ex.Message, ex), redactor.Excerpt(data, capped: false));
            }
        }

        private static ReadOnlySpan<byte> TrimAsciiWhitespace(ReadOnlySpan<byte> span)
        {
            var start = 0;
            var end = span.Length;
            while (start < end && IsWhite(span[start]))
            {
                start++;
            }

            while (end > start && IsWhite(span[end - 1]))
            {
                end--;
            }

            return span.Slice(start, end - start);

            static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
        }
    }
}
