using System;
using System.Collections.Generic;
using System.Threading;

namespace OpenRouter;

/// <summary>Settings of an <see cref="OpenRouterClient"/>. The client copies them when it is created.</summary>
public sealed class OpenRouterClientOptions
{
    /// <summary>The default API root, <c>https://openrouter.ai/api/v1/</c>.</summary>
    public static readonly Uri DefaultEndpoint = new("https://openrouter.ai/api/v1/");

    /// <summary>The default bound of one server-sent event: 16 MiB.</summary>
    public const int DefaultMaxStreamEventBytes = 16 * 1024 * 1024;

    /// <summary>The default bound of a whole non-streamed answer: 64 MiB.</summary>
    public const long DefaultMaxResponseBytes = 64L * 1024 * 1024;

    /// <summary>The OpenRouter API key, sent as <c>Authorization: Bearer</c>. Never printed by <see cref="ToString"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The API root that paths such as <c>chat/completions</c> are resolved against. Defaults to
    /// <see cref="DefaultEndpoint"/>; <c>http://127.0.0.1:5000/api/v1/</c> works as well (plain HTTP only to loopback).
    /// </summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>Your app's URL, sent as <c>HTTP-Referer</c> for app attribution.</summary>
    public string? AppUrl { get; set; }

    /// <summary>Your app's display name, sent as <c>X-OpenRouter-Title</c> and the legacy <c>X-Title</c>.</summary>
    public string? AppTitle { get; set; }

    /// <summary>
    /// How many times a failed request is retried (408, 429, 5xx, connection failures before an answer started).
    /// Default 2; 0 turns retries off (do that when an outer resilience handler already retries).
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// Whether a connection that broke after the request was sent, before any answer arrived, is retried. Default
    /// true. Turn it off when a duplicate generation would cost more than a failed call.
    /// </summary>
    public bool RetryWhenConnectionLostAfterSend { get; set; } = true;

    /// <summary>
    /// Whether a 402 that OpenRouter marks as transient (<c>metadata.limit_source</c> is
    /// <c>openrouter_in_flight_budget</c> and a <c>Retry-After</c> is given) is retried after that delay, within
    /// <see cref="MaxRetries"/>. Default true.
    /// </summary>
    /// <remarks>
    /// OpenRouter documents this 402 as transient: the in-flight budget (the estimated cost of your paid requests still
    /// running) frees up as they finish, and it says when with <c>Retry-After</c>. The request was refused before any
    /// generation, so a retry cannot bill twice, and a delay above the 60 s cap still fails at once with
    /// <see cref="OpenRouterException.RetryAfter"/> set. Hence on by default, like a 429. Turn it off to see the 402 at
    /// once (to shed load yourself). A 402 whose request alone is estimated above the remaining credits
    /// (<see cref="LimitSource.Credits"/>) is never retried.
    /// </remarks>
    public bool RetryOnInFlightBudgetExhausted { get; set; } = true;

    /// <summary>The largest server-sent event accepted while streaming, in bytes (default 16 MiB). Larger events fail the stream.</summary>
    public int MaxStreamEventBytes { get; set; } = DefaultMaxStreamEventBytes;

    /// <summary>The largest non-streamed answer accepted, in bytes (default 64 MiB).</summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>
    /// How long a stream may stay silent while the reader waits before the connection is aborted with a
    /// <see cref="System.TimeoutException"/>: default 120 seconds; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    /// <remarks>Silent means no byte at all: OpenRouter's keep-alive comments count as activity.</remarks>
    public TimeSpan StreamIdleTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The clock used for retry waits and the stream idle timeout; tests inject a fake one. Defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Test hook: the source of uniform random numbers in [0, 1) for retry jitter.</summary>
    internal Func<double>? JitterSource { get; set; }

    /// <summary>Throws the first of <see cref="Problems"/>, as the <see cref="OpenRouterClient"/> constructor does.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    internal void Validate()
    {
        using var problems = Problems().GetEnumerator();
        if (problems.MoveNext())
        {
            throw problems.Current;
        }
    }

    /// <summary>Each setting out of range, as the exception the client constructor throws for it, in the order it checks them.</summary>
    /// <remarks>The dependency-injection validator reports these same messages, so both paths say the same thing. The API key is never part of a message.</remarks>
    internal IEnumerable<ArgumentException> Problems()
    {
        if (Endpoint is null || !Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttps && Endpoint.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ArgumentException("OpenRouterClientOptions.Endpoint must be an absolute http(s) URL of the API root, such as https://openrouter.ai/api/v1/.", "options");
        }
        else if (Endpoint.Scheme == Uri.UriSchemeHttp && !Endpoint.IsLoopback && !string.IsNullOrEmpty(ApiKey))
        {
            yield return new ArgumentException(
                $"Refusing to send the API key over plain HTTP to {Endpoint.Host}. Use an https:// endpoint, or a loopback address (127.0.0.1, localhost) for local testing.",
                "options");
        }

        if (MaxRetries < 0)
        {
            yield return new ArgumentOutOfRangeException("options", MaxRetries, "OpenRouterClientOptions.MaxRetries must be 0 or more (0 turns retries off).");
        }

        if (MaxStreamEventBytes < 1024)
        {
            yield return new ArgumentOutOfRangeException("options", MaxStreamEventBytes, "OpenRouterClientOptions.MaxStreamEventBytes must be at least 1024 bytes.");
        }

        if (MaxResponseBytes < 1024)
        {
            yield return new ArgumentOutOfRangeException("options", MaxResponseBytes, "OpenRouterClientOptions.MaxResponseBytes must be at least 1024 bytes.");
        }

        if (StreamIdleTimeout != Timeout.InfiniteTimeSpan && StreamIdleTimeout <= TimeSpan.Zero)
        {
            yield return new ArgumentOutOfRangeException("options", StreamIdleTimeout, "OpenRouterClientOptions.StreamIdleTimeout must be positive, or Timeout.InfiniteTimeSpan to turn it off.");
        }

        if (ApiKey is { } key && (string.IsNullOrWhiteSpace(key) || HasWhitespaceOrControl(key)))
        {
            // The key itself is never put into the message.
            yield return new ArgumentException("OpenRouterClientOptions.ApiKey is empty or contains whitespace or control characters; pass the key exactly as OpenRouter shows it (sk-or-v1-...).", "options");
        }
    }

    private static bool HasWhitespaceOrControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"OpenRouterClientOptions {{ Endpoint = {Endpoint}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")}, AppUrl = {AppUrl}, AppTitle = {AppTitle}, MaxRetries = {MaxRetries} }}";
}
