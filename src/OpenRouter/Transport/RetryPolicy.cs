using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;

namespace OpenRouter.Transport;

/// <summary>When to retry and how long to wait: exponential backoff with jitter, with the server's delay as a minimum.</summary>
/// <remarks>
/// The backoff starts at 0.5 s, doubles, is capped at 30 s and varies by ±25 %. A server-given delay
/// (<c>retry-after-ms</c>, then <c>Retry-After</c>, then the error's <c>availability.retry_after</c>) is a minimum, and
/// a server asking for more than <see cref="MaxServerDelay"/> makes the call fail at once with
/// <see cref="OpenRouterException.RetryAfter"/> set.
/// </remarks>
internal sealed class RetryPolicy
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxServerDelay = TimeSpan.FromSeconds(60);
    public const double Jitter = 0.25;

    private static int s_seed = Environment.TickCount;

    [ThreadStatic]
    private static Random? t_random;

    private readonly Func<double> _nextUnitRandom;

    public RetryPolicy(int maxRetries, Func<double>? nextUnitRandom = null)
    {
        MaxRetries = maxRetries;
        _nextUnitRandom = nextUnitRandom ?? NextSharedRandom;
    }

    public int MaxRetries { get; }

    /// <summary>Whether another attempt may follow <paramref name="failure"/>, attempt number <paramref name="attempt"/>.</summary>
    /// <param name="failure">What the attempt failed with.</param>
    /// <param name="attempt">The attempt that failed (1 for the first).</param>
    /// <param name="maxRetries">How many retries the call may make.</param>
    /// <param name="retryNotFound">Whether a 404 is retried (a record that may not exist yet).</param>
    /// <returns>
    /// True when the failure is retryable, retries are left, and the server does not ask to wait longer than
    /// <see cref="MaxServerDelay"/> (then the call fails at once and the caller decides).
    /// </returns>
    public static bool AllowsRetry(OpenRouterException failure, int attempt, int maxRetries, bool retryNotFound)
    {
        var retryable = failure.IsRetryable || (retryNotFound && failure.StatusCode == 404);
        if (!retryable || attempt > maxRetries)
        {
            return false;
        }

        return failure.RetryAfter is not { } serverDelay || serverDelay <= MaxServerDelay;
    }

    /// <summary>The backoff before retry number <paramref name="retry"/> (1 for the first retry), jitter included.</summary>
    public TimeSpan Backoff(int retry)
    {
        var exponent = Math.Min(retry - 1, 16);
        var nominal = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxBackoff.TotalMilliseconds);
        var factor = 1 + (((_nextUnitRandom() * 2) - 1) * Jitter);
        return TimeSpan.FromMilliseconds(nominal * factor);
    }

    /// <summary>The wait before retry number <paramref name="retry"/>: the larger of the backoff and the server's delay.</summary>
    public TimeSpan DelayBefore(int retry, TimeSpan? serverDelay)
    {
        var backoff = Backoff(retry);
        return serverDelay is { } server && server > backoff ? server : backoff;
    }

    /// <summary>
    /// Reads the server's delay from <c>retry-after-ms</c> (milliseconds), else <c>Retry-After</c> (seconds or an
    /// HTTP date; a date in the past means zero). Garbage is ignored.
    /// </summary>
    public static TimeSpan? ReadServerDelay(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var values))
        {
            var text = values.FirstOrDefault();
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0 && !double.IsInfinity(ms))
            {
                return TimeSpan.FromMilliseconds(Math.Min(ms, TimeSpan.MaxValue.TotalMilliseconds / 2));
            }
        }

        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static double NextSharedRandom()
    {
        t_random ??= new Random(Interlocked.Increment(ref s_seed));
        return t_random.NextDouble();
    }
}
