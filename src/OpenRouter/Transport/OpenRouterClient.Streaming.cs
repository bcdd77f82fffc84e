using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>The streaming calls: open an SSE answer, read its events as chunks, and tell how it ended.</summary>
public sealed partial class OpenRouterClient
{
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
            var progress = new StreamProgress(GetGenerationIdHeader(response));
            var events = await OpenEventsAsync(response, release, watchdog, createParser(), progress, cancellationToken).ConfigureAwait(false);
            await using (events.ConfigureAwait(false))
            {
                while (true)
                {
                    StreamEvent<T> item;
                    try
                    {
                        // Buffered content can be read to the end without ever observing the token: check it per event.
                        cancellationToken.ThrowIfCancellationRequested();
                        if (!await events.MoveNextAsync().ConfigureAwait(false))
                        {
                            release.ReadToEnd = true;
                            break;
                        }

                        item = events.Current.Data;
                    }
                    catch (Exception ex) when (ReadFailure(ex, path, progress, watchdog, cancellationToken) is { } failure)
                    {
                        throw failure;
                    }

                    if (item.IsDone)
                    {
                        progress.SawDone = true;
                        release.ReadToEnd = true;
                        break;
                    }

                    yield return Deliver(item, progress);
                }
            }

            ThrowIfIncomplete(progress, cancellationToken);
        }
    }

    /// <summary>Sends a streaming request and returns its answer once it is known to be an event stream.</summary>
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

            throw await NotAStreamAsync(response, path, mediaType, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The failure of a 200 that is not a stream: OpenRouter's error body, or something that is not OpenRouter at all.</summary>
    private Task<OpenRouterException> NotAStreamAsync(HttpResponseMessage response, string path, string? mediaType, CancellationToken cancellationToken) =>
        UnexpectedAnswerAsync(
            response,
            path,
            "OpenRouter reported an error instead of starting the stream",
            (info, capped) => OpenRouterProtocolException.NotAStream(mediaType, capped ? ErrorBodyBytes : null, info),
            cancellationToken);

    /// <summary>Opens the body of a stream, bounded per event and watched for silence, as parsed server-sent events.</summary>
    private async ValueTask<IAsyncEnumerator<SseItem<StreamEvent<T>>>> OpenEventsAsync<T>(HttpResponseMessage response, StreamRelease release, StreamIdleWatchdog watchdog, ChunkParser<T> parseChunk, StreamProgress progress, CancellationToken cancellationToken)
        where T : class
    {
        Stream raw;
        try
        {
            raw = await ResponseBody.OpenAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            throw StreamFailure(ex, progress, cancellationToken);
        }

        var bounded = new BoundedReadStream(raw, _maxStreamEventBytes, nameof(OpenRouterClientOptions.MaxStreamEventBytes), long.MaxValue, string.Empty, watchdog);
        release.Attach(bounded);
        var redactor = _redactor;
        var parser = SseParser.Create(bounded, (_, data) => StreamEvent<T>.Parse(data, parseChunk, redactor));
        return parser.EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    /// <summary>The chunk of a data event, counted as delivered; an event that is not a chunk, or reports an error, ends the stream.</summary>
    private T Deliver<T>(StreamEvent<T> item, StreamProgress progress)
        where T : class, IOpenRouterStreamChunk
    {
        if (item.Value is not { } chunk)
        {
            throw OpenRouterProtocolException.InvalidEvent(progress.Received, item.Failure, Info(200, progress.GenerationId, excerpt: item.Excerpt));
        }

        progress.Observe(chunk);
        if (chunk.GetError() is { } error)
        {
            throw OpenRouterStreamException.ServerError(progress.Received, ReportedErrorInfo(error, progress.GenerationId), chunk.Usage);
        }

        progress.Count(chunk);
        return chunk;
    }

    /// <summary>What a failed read of the event stream becomes; null lets <paramref name="ex"/> through unchanged (a size bound, say).</summary>
    /// <remarks>
    /// A timeout when the watchdog closed a silent stream, a protocol error for a body that cannot be decompressed, a
    /// lost connection, or the caller's cancellation. Called from an exception filter, so it returns the exception
    /// rather than throwing it.
    /// </remarks>
    private Exception? ReadFailure(Exception ex, string path, StreamProgress progress, StreamIdleWatchdog watchdog, CancellationToken cancellationToken)
    {
        if (watchdog.HasFired && !cancellationToken.IsCancellationRequested)
        {
            return StreamIdleTimeout(ex, watchdog.IdleTimeout, progress);
        }

        if (ex is BodyDecodingException decoding)
        {
            return UndecodableBody(decoding, HttpMethod.Post, path, 200, progress.GenerationId, progress.Received);
        }

        return IsConnectionFailure(ex) || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            ? StreamFailure(ex, progress, cancellationToken)
            : null;
    }

    /// <summary>A stream that ended without <c>[DONE]</c> and without a finish reason is incomplete: an error, unless the caller cancelled.</summary>
    private void ThrowIfIncomplete(StreamProgress progress, CancellationToken cancellationToken)
    {
        if (!progress.IsComplete)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw OpenRouterStreamException.Truncated(progress.Received, Info(200, progress.GenerationId));
        }
    }

    /// <summary>The caller's cancellation, or else a lost connection, for a stream that had started.</summary>
    private Exception StreamFailure(Exception ex, StreamProgress progress, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
            ? new OperationCanceledException("The stream was cancelled by the caller.", ex, cancellationToken)
            : OpenRouterStreamException.ConnectionLost(progress.Received, ex, Info(null, progress.GenerationId));

    /// <summary>The watchdog closed a stream that sent nothing (not even a comment) for the idle timeout.</summary>
    private TimeoutException StreamIdleTimeout(Exception ex, TimeSpan idleTimeout, StreamProgress progress) =>
        new(
            _redactor.Redact($"OpenRouter sent nothing for {idleTimeout.TotalSeconds:0.###} s (not even a keep-alive comment) after {progress.Received} stream events, so the connection was closed (generation {progress.GenerationId ?? "unknown"}). Raise OpenRouterClientOptions.StreamIdleTimeout if the model may pause longer."),
            ex);
}
