using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>Error building: the facts of a failed answer (status, error envelope, delays, rate limits), redacted.</summary>
public sealed partial class OpenRouterClient
{
    /// <summary>The most read of an error body or of a non-stream answer to a streaming call: 1 MiB, and never more than <see cref="OpenRouterClientOptions.MaxResponseBytes"/>.</summary>
    private long ErrorBodyBytes => Math.Min(MaxErrorBodyBytes, _maxResponseBytes);

    /// <summary>The exception for an answer with an error status, from its headers and the start of its body.</summary>
    private async Task<OpenRouterException> CreateErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var generationId = GetGenerationIdHeader(response);
        var now = _timeProvider.GetUtcNow();
        var serverDelay = RetryPolicy.ReadServerDelay(response, now);
        using var body = await ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var error = _redactor.RedactError(TryParseError(body.Span));
        var excerpt = error is null && body.Length > 0 ? _redactor.Excerpt(body.Span, body.Capped) : null;
        var rateLimit = LimitDetails.ReadRateLimit(response, error, now);
        var retryAfter = RetryAfterFrom(error, serverDelay) ?? LimitDetails.DelayUntilReset(status, rateLimit, now);
        var info = Info(status, generationId, error, retryAfter, IsRetryable(error, status, serverDelay), excerpt, rateLimit);
        return OpenRouterException.FromErrorResponse(response.ReasonPhrase, info);
    }

    /// <summary>The start of an error body (at most <see cref="ErrorBodyBytes"/>); empty when it cannot be read.</summary>
    private async Task<PooledBody> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await ResponseBody.ReadAsync(response, ErrorBodyBytes, boundName: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or BodyDecodingException)
        {
            return PooledBody.Empty;
        }
    }

    /// <summary>
    /// The failure of a 200 POST whose body is not what the call expects (an event stream, audio): OpenRouter's error
    /// envelope, reported after <paramref name="reportedPrefix"/>, or else <paramref name="notOpenRouter"/> of the body's start.
    /// </summary>
    /// <remarks>Only the start is read (<see cref="ErrorBodyBytes"/>); <paramref name="notOpenRouter"/> learns whether it was cut there.</remarks>
    private async Task<OpenRouterException> UnexpectedAnswerAsync(HttpResponseMessage response, string path, string reportedPrefix, Func<OpenRouterErrorInfo, bool, OpenRouterException> notOpenRouter, CancellationToken cancellationToken)
    {
        using var answer = await ReadAnswerAsync(response, HttpMethod.Post, path, ErrorBodyBytes, boundName: null, cancellationToken).ConfigureAwait(false);
        var generationId = GetGenerationIdHeader(response);
        if (TryParseError(answer.Span) is { } error)
        {
            return OpenRouterException.FromReportedError(reportedPrefix, ReportedErrorInfo(error, generationId));
        }

        var excerpt = _redactor.Excerpt(answer.Span, answer.Capped);
        return notOpenRouter(Info((int)response.StatusCode, generationId, excerpt: excerpt), answer.Capped);
    }

    /// <summary>Whether a retry could help: by status (and availability); a 402 only as a transient in-flight budget.</summary>
    /// <remarks>
    /// A 402 is retried only when it is the in-flight budget with a server delay, and only while
    /// <see cref="OpenRouterClientOptions.RetryOnInFlightBudgetExhausted"/> is on.
    /// </remarks>
    private bool IsRetryable(OpenRouterError? error, int? status, TimeSpan? serverDelay)
    {
        if (status == 402)
        {
            return _retryInFlightBudget && serverDelay is not null && LimitDetails.Source(error) == LimitSource.InFlightBudget;
        }

        return ErrorDetails.IsRetryable(error, status);
    }

    /// <summary>The facts of an error OpenRouter reported inside an answer it began with HTTP 200 (its whole body, or a stream event).</summary>
    private OpenRouterErrorInfo ReportedErrorInfo(OpenRouterError error, string? generationId)
    {
        var status = ErrorDetails.EffectiveStatus(error, null);
        var redacted = _redactor.RedactError(error);
        var now = _timeProvider.GetUtcNow();
        var rateLimit = LimitDetails.ReadRateLimit(null, redacted, now);
        var retryAfter = RetryAfterFrom(redacted, null) ?? LimitDetails.DelayUntilReset(status, rateLimit, now);
        return Info(status, generationId, redacted, retryAfter, IsRetryable(redacted, status, null), rateLimit: rateLimit);
    }

    /// <summary>The facts of an exception, with the redactor that takes the key out of them and out of the exception's message.</summary>
    private OpenRouterErrorInfo Info(int? status, string? generationId, OpenRouterError? error = null, TimeSpan? retryAfter = null, bool retryable = false, string? excerpt = null, RateLimitHeaders? rateLimit = null) =>
        new(status, error, retryAfter, retryable, generationId, excerpt, rateLimit, _redactor);

    /// <summary>A body the HTTP handler could not decompress as declared: a protocol error (at <paramref name="eventIndex"/> of a stream, if given).</summary>
    private OpenRouterProtocolException UndecodableBody(BodyDecodingException ex, HttpMethod method, string path, int status, string? generationId, int? eventIndex) =>
        OpenRouterProtocolException.UndecodableBody(method, path, eventIndex, ex, Info(status, generationId));

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
}
