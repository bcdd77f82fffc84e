using System;

namespace OpenRouter;

/// <summary>
/// The rate-limit state OpenRouter reports on a 429 it raised itself (your account or key, not the provider):
/// <c>X-RateLimit-Limit</c>, <c>X-RateLimit-Remaining</c> and <c>X-RateLimit-Reset</c>, read from the response headers
/// or, where OpenRouter copies them there, from <c>error.metadata.headers</c>.
/// </summary>
/// <remarks>
/// Each value is null when absent or unreadable. <see cref="Reset"/> is read leniently: milliseconds or seconds since the
/// Unix epoch (OpenRouter sends milliseconds), seconds from now, or an HTTP or ISO 8601 date.
/// </remarks>
public sealed class RateLimitHeaders
{
    /// <summary>How many requests the window allows (<c>X-RateLimit-Limit</c>).</summary>
    public long? Limit { get; init; }

    /// <summary>How many requests are left in the window (<c>X-RateLimit-Remaining</c>).</summary>
    public long? Remaining { get; init; }

    /// <summary>When the window resets (<c>X-RateLimit-Reset</c>).</summary>
    public DateTimeOffset? Reset { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"RateLimitHeaders {{ Limit = {Limit}, Remaining = {Remaining}, Reset = {Reset?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)} }}";
}
