using System;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace OpenRouter;

/// <summary>
/// Reads OpenRouter's limit facts (<c>limit_source</c>, budgets, <c>remedy_hint</c>, the <c>X-RateLimit-*</c> headers)
/// out of an error and its response, and words them for exception messages.
/// </summary>
internal static class LimitDetails
{
    private const string LimitHeader = "X-RateLimit-Limit";
    private const string RemainingHeader = "X-RateLimit-Remaining";
    private const string ResetHeader = "X-RateLimit-Reset";

    public static LimitSource? Source(OpenRouterError? error) =>
        ErrorDetails.MetadataString(error, "limit_source") is { Length: > 0 } text ? new LimitSource(text) : (LimitSource?)null;

    /// <summary>A metadata number in US dollars, sent as a JSON number or as a string; null when absent or not a number.</summary>
    public static decimal? MetadataDecimal(OpenRouterError? error, string name) =>
        ErrorDetails.MetadataString(error, name) is { } text
        && decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>A metadata time: an ISO 8601 (or HTTP) date, or seconds or milliseconds since the Unix epoch.</summary>
    public static DateTimeOffset? MetadataTime(OpenRouterError? error, string name) =>
        ParseTime(ErrorDetails.MetadataString(error, name), now: null);

    /// <summary>
    /// The rate-limit headers of an error answer: the response's own headers first, then the copy OpenRouter puts in
    /// <c>error.metadata.headers</c>; null when neither carries any of them.
    /// </summary>
    public static RateLimitHeaders? ReadRateLimit(HttpResponseMessage? response, OpenRouterError? error, DateTimeOffset now)
    {
        JsonElement? copied = error?.Metadata is { } metadata && metadata.TryGetValue("headers", out var headers) && headers.ValueKind == JsonValueKind.Object
            ? headers
            : null;
        var limit = Header(response, copied, LimitHeader);
        var remaining = Header(response, copied, RemainingHeader);
        var reset = Header(response, copied, ResetHeader);
        if (limit is null && remaining is null && reset is null)
        {
            return null;
        }

        return new RateLimitHeaders { Limit = ParseCount(limit), Remaining = ParseCount(remaining), Reset = ParseTime(reset, now) };
    }

    /// <summary>For a 429 without a server delay of its own: the time until <c>X-RateLimit-Reset</c> (zero when past).</summary>
    public static TimeSpan? DelayUntilReset(int? status, RateLimitHeaders? rateLimit, DateTimeOffset now)
    {
        if (status != 429 || rateLimit?.Reset is not { } reset)
        {
            return null;
        }

        var wait = reset - now;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>
    /// Leniently reads a time: milliseconds (from 1e11) or seconds (from 1e8) since the Unix epoch, smaller numbers as
    /// seconds from <paramref name="now"/> (when given), else an ISO 8601 or HTTP date (UTC unless it says otherwise).
    /// </summary>
    public static DateTimeOffset? ParseTime(string? text, DateTimeOffset? now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text!.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number switch
            {
                double.NaN or < 0 or > 253_402_300_799_999 => null,
                >= 1e11 => DateTimeOffset.FromUnixTimeMilliseconds((long)number),
                >= 1e8 => DateTimeOffset.FromUnixTimeSeconds((long)number),
                _ => now?.AddSeconds(number),
            };
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
    }

    /// <summary>Adds what a limit error means and what to do about it, when the error names a known limit.</summary>
    public static void AppendExplanation(StringBuilder builder, int? status, OpenRouterError? error)
    {
        var source = Source(error);
        if (source == LimitSource.InFlightBudget)
        {
            builder.Append(" The in-flight budget (the estimated cost of your paid requests still running) is full: this is transient; wait for Retry-After and retry (the client does, unless RetryOnInFlightBudgetExhausted is false).");
        }
        else if (status == 402 && source == LimitSource.Credits)
        {
            builder.Append(" This single request alone is estimated to cost more than the remaining credits (weight_exceeds_budget): lower max_tokens, shorten the input, or add credits; retrying it unchanged cannot succeed.");
        }
        else if (source is { IsBudget: true } budget)
        {
            AppendBudget(builder, budget, error);
        }
        else if (source == LimitSource.UpstreamProviderSharedPool)
        {
            builder.Append(" The provider's shared rate limit is exhausted upstream; your key is fine: route the request to another provider or model, retry shortly, or bring your own provider key.");
            if (ErrorDetails.MetadataString(error, "remedy_hint") is { Length: > 0 } hint)
            {
                builder.Append(" OpenRouter suggests: ").Append(hint.Trim().TrimEnd('.')).Append('.');
            }
        }
    }

    /// <summary>A sentence on the account's rate limit, e.g. "Rate limit: 0 of 50 requests left; it resets at ...".</summary>
    public static string? Describe(RateLimitHeaders? rateLimit)
    {
        if (rateLimit is null)
        {
            return null;
        }

        var builder = new StringBuilder(" Rate limit");
        if (rateLimit.Remaining is { } remaining)
        {
            builder.Append(": ").Append(remaining.ToString(CultureInfo.InvariantCulture));
            builder.Append(rateLimit.Limit is { } limit ? " of " + limit.ToString(CultureInfo.InvariantCulture) : string.Empty).Append(" requests left");
        }

        builder.Append(rateLimit.Reset is { } reset ? "; it resets at " + Format(reset) + "." : ".");
        return builder.ToString();
    }

    private static void AppendBudget(StringBuilder builder, LimitSource budget, OpenRouterError? error)
    {
        var owner = budget == LimitSource.GuardrailBudget ? "guardrail's" : budget == LimitSource.WorkspaceBudget ? "workspace's" : "key's";
        builder.Append(" The ").Append(owner).Append(" budget is spent");
        var spend = MetadataDecimal(error, "spend_usd");
        var limit = MetadataDecimal(error, "limit_usd");
        if (spend is not null || limit is not null)
        {
            builder.Append(" (").Append(spend?.ToString(CultureInfo.InvariantCulture) ?? "?").Append(" of ").Append(limit?.ToString(CultureInfo.InvariantCulture) ?? "?").Append(" USD)");
        }

        if (ErrorDetails.MetadataString(error, "scope") is { Length: > 0 } scope)
        {
            builder.Append(", scope ").Append(scope);
        }

        builder.Append(MetadataTime(error, "resets_at") is { } resetsAt
            ? "; it resets at " + Format(resetsAt) + "."
            : "; OpenRouter did not say when it resets.");
        builder.Append(" Not retried: raise the limit, or wait for the reset.");
    }

    private static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Header(HttpResponseMessage? response, JsonElement? copied, string name)
    {
        if (response is not null && response.Headers.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        if (copied is { } headers)
        {
            foreach (var property in headers.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                }
            }
        }

        return null;
    }

    private static long? ParseCount(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0 and < 9e18
            ? (long)number
            : null;
}
