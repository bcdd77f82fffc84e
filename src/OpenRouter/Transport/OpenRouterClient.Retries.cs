using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>The retry loop: attempts, what counts as a failure worth retrying, and the waits between attempts.</summary>
public sealed partial class OpenRouterClient
{
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
            if (!RetryPolicy.AllowsRetry(failure, attemptNumber, retries, retryNotFound))
            {
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

    private static bool IsConnectionFailure(Exception ex) =>
        ex is HttpRequestException or IOException or SocketException or ObjectDisposedException;

    /// <summary>
    /// A connection failure before an answer: retryable when the request surely never left (no connection, name,
    /// TLS or proxy tunnel), or when <see cref="OpenRouterClientOptions.RetryWhenConnectionLostAfterSend"/> is on.
    /// </summary>
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
        return OpenRouterException.ConnectionFailed(Endpoint.Host, ex, Info(null, null, retryable: retryable));
    }

    /// <summary>A cancellation the caller did not ask for: the HttpClient's own Timeout (or a handler of its pipeline) ended the request.</summary>
    private TimeoutException HttpClientTimeout(OperationCanceledException ex)
    {
        var timeout = _httpClient.Timeout == Timeout.InfiniteTimeSpan ? "infinite" : $"{_httpClient.Timeout.TotalSeconds:0.###} s";
        return new TimeoutException(
            $"The request to OpenRouter at {Endpoint.Host} was cancelled before its answer arrived, but not by the caller: the HttpClient's Timeout ({timeout}) ran out, or a handler in its pipeline cancelled it. It is not retried (the generation may still be running). Raise HttpClient.Timeout (reasoning models can take minutes), or set it to Timeout.InfiniteTimeSpan and cancel per call.",
            ex);
    }
}
