using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace OpenRouter;

/// <summary>
/// Settings for one call: OpenRouter's optional request headers (sticky sessions, router metadata, response cache,
/// marketplace categories), extra headers of your own, and a per-call retry budget.
/// </summary>
public sealed class OpenRouterRequestOptions
{
    /// <summary>Sent as <c>x-session-id</c>: keeps a conversation on one provider (prompt caching) and groups it in logs. At most 256 characters. A <c>session_id</c> in the body wins.</summary>
    public string? SessionId { get; set; }

    /// <summary>When true, sends <c>X-OpenRouter-Metadata: enabled</c> so the answer carries <c>openrouter_metadata</c> (routing attempts, endpoints considered).</summary>
    public bool? IncludeRouterMetadata { get; set; }

    /// <summary>Sent as <c>X-OpenRouter-Cache</c>: turns OpenRouter's exact-body response cache on or off for this call.</summary>
    public bool? UseResponseCache { get; set; }

    /// <summary>Sent as <c>X-OpenRouter-Cache-TTL</c> (whole seconds, 1 to 86400) when <see cref="UseResponseCache"/> is true.</summary>
    public TimeSpan? ResponseCacheTtl { get; set; }

    /// <summary>Sent as <c>X-OpenRouter-Categories</c>: marketplace categories of your app (lowercase-hyphenated, at most two per request).</summary>
    public IList<string>? Categories { get; set; }

    /// <summary>Overrides <see cref="OpenRouterClientOptions.MaxRetries"/> for this call (0 turns retries off).</summary>
    public int? MaxRetries { get; set; }

    /// <summary>Further headers to send, such as <c>x-anthropic-beta</c>. <c>Authorization</c> cannot be set here.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    internal void Validate()
    {
        if (MaxRetries is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "OpenRouterRequestOptions.MaxRetries must be 0 or more.");
        }

        if (SessionId is { Length: > 256 })
        {
            throw new ArgumentException($"OpenRouterRequestOptions.SessionId is {SessionId.Length} characters long; OpenRouter accepts at most 256.", nameof(SessionId));
        }

        if (ResponseCacheTtl is { } ttl && (ttl < TimeSpan.FromSeconds(1) || ttl > TimeSpan.FromSeconds(86400)))
        {
            throw new ArgumentOutOfRangeException(nameof(ResponseCacheTtl), ttl, "OpenRouterRequestOptions.ResponseCacheTtl must be between 1 second and 1 day.");
        }

        foreach (var name in Headers.Keys)
        {
            if (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("The Authorization header comes from OpenRouterClientOptions.ApiKey and cannot be set per call.", nameof(Headers));
            }
        }
    }

    internal void Apply(HttpRequestMessage request)
    {
        var headers = request.Headers;
        if (SessionId is not null)
        {
            headers.TryAddWithoutValidation("x-session-id", SessionId);
        }

        if (IncludeRouterMetadata is { } metadata)
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Metadata", metadata ? "enabled" : "disabled");
        }

        if (UseResponseCache is { } cache)
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Cache", cache ? "true" : "false");
            if (cache && ResponseCacheTtl is { } ttl)
            {
                headers.TryAddWithoutValidation("X-OpenRouter-Cache-TTL", ((long)ttl.TotalSeconds).ToString(CultureInfo.InvariantCulture));
            }
        }

        if (Categories is { Count: > 0 })
        {
            headers.TryAddWithoutValidation("X-OpenRouter-Categories", string.Join(",", Categories));
        }

        foreach (var pair in Headers)
        {
            headers.Remove(pair.Key);
            headers.TryAddWithoutValidation(pair.Key, pair.Value);
        }
    }
}
