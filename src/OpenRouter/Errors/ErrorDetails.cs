using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenRouter;

/// <summary>Reads the facts out of an <see cref="OpenRouterError"/> and composes exception messages.</summary>
internal static class ErrorDetails
{
    public static string? CodeText(OpenRouterError? error)
    {
        if (error?.Code is not { } code)
        {
            return null;
        }

        return code.ValueKind switch
        {
            JsonValueKind.String => code.GetString(),
            JsonValueKind.Number => code.GetRawText(),
            _ => null,
        };
    }

    /// <summary>The status OpenRouter means: <c>error.code</c> when numeric, else <c>http_status</c>, else <paramref name="httpStatus"/>.</summary>
    public static int? EffectiveStatus(OpenRouterError? error, int? httpStatus)
    {
        if (error?.Code is { ValueKind: JsonValueKind.Number } code && code.TryGetInt32(out var numeric) && numeric is >= 100 and <= 599)
        {
            return numeric;
        }

        if (error?.Code is { ValueKind: JsonValueKind.String } text
            && int.TryParse(text.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            && parsed is >= 100 and <= 599)
        {
            return parsed;
        }

        return error?.HttpStatus ?? httpStatus;
    }

    public static string? MetadataString(OpenRouterError? error, string name)
    {
        if (error?.Metadata is { } metadata && metadata.TryGetValue(name, out var value))
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            };
        }

        return null;
    }

    public static IReadOnlyList<string>? MetadataStrings(OpenRouterError? error, string name)
    {
        if (error?.Metadata is { } metadata && metadata.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            var list = new List<string>(value.GetArrayLength());
            foreach (var item in value.EnumerateArray())
            {
                list.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
            }

            return list;
        }

        return null;
    }

    public static string? RawProviderError(OpenRouterError? error) => MetadataString(error, "raw");

    public static string? ProviderMessage(OpenRouterError? error)
    {
        var raw = RawProviderError(error);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var trimmed = raw!.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '{')
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                var found = FindMessage(document.RootElement);
                if (found is not null)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: the raw text is the message.
            }
        }

        return raw;
    }

    private static string? FindMessage(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("error", out var inner))
        {
            if (inner.ValueKind == JsonValueKind.String)
            {
                return inner.GetString();
            }

            if (FindMessage(inner) is { } nested)
            {
                return nested;
            }
        }

        foreach (var name in new[] { "message", "detail", "error_message" })
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }

    /// <summary>Whether a status is worth retrying: 408, 429, 500-504, Cloudflare's 520-524, and 529.</summary>
    public static bool IsRetryableStatus(int status) =>
        status is 408 or 429 or 500 or 502 or 503 or 504 or (>= 520 and <= 524) or 529;

    /// <summary>Whether an error is retryable: by its availability verdict when present, else by status.</summary>
    public static bool IsRetryable(OpenRouterError? error, int? status)
    {
        if (error?.Availability?.Retryable is { } verdict)
        {
            return verdict;
        }

        return status is { } s && IsRetryableStatus(s);
    }

    /// <summary>Composes a message that is useful alone: status, OpenRouter's message, type, provider, the provider's own words and the limit that refused the call.</summary>
    /// <remarks>Pass an error the <see cref="SecretRedactor"/> has already redacted: the provider's words are shortened here.</remarks>
    public static string ComposeMessage(string prefix, int? status, OpenRouterError? error, string? excerpt, RateLimitHeaders? rateLimit = null)
    {
        var builder = new StringBuilder(prefix);
        AppendStatus(builder, status, error);
        builder.Append(": ");
        builder.Append(string.IsNullOrWhiteSpace(error?.Message) ? "no error message was given" : error!.Message!.Trim());
        if (builder[builder.Length - 1] != '.')
        {
            builder.Append('.');
        }

        AppendMetadata(builder, error);
        LimitDetails.AppendExplanation(builder, status, error);
        builder.Append(LimitDetails.Describe(rateLimit));

        if (excerpt is not null)
        {
            builder.Append(" Body starts with: ").Append(excerpt);
        }

        return builder.ToString();
    }

    /// <summary>Appends <c> (HTTP status, error type)</c> when there is a status.</summary>
    private static void AppendStatus(StringBuilder builder, int? status, OpenRouterError? error)
    {
        if (status is not { } s)
        {
            return;
        }

        builder.Append(" (HTTP ").Append(s.ToString(CultureInfo.InvariantCulture));
        var type = error?.ErrorType ?? MetadataString(error, "error_type");
        if (type is not null)
        {
            builder.Append(", ").Append(type);
        }

        builder.Append(')');
    }

    /// <summary>Appends what the error's metadata tells: the provider, its own words, moderation reasons and availability.</summary>
    private static void AppendMetadata(StringBuilder builder, OpenRouterError? error)
    {
        var provider = MetadataString(error, "provider_name");
        if (provider is not null)
        {
            builder.Append(" Provider: ").Append(provider).Append('.');
        }

        var providerMessage = ProviderMessage(error);
        if (providerMessage is not null && !string.Equals(providerMessage, error?.Message, StringComparison.Ordinal))
        {
            builder.Append(" Provider said: ").Append(Truncate(providerMessage, 500)).Append('.');
        }

        var reasons = MetadataStrings(error, "reasons");
        if (reasons is { Count: > 0 })
        {
            builder.Append(" Moderation reasons: ").Append(string.Join(", ", reasons)).Append('.');
        }

        if (error?.Availability?.Code is { } availability)
        {
            builder.Append(" Availability: ").Append(availability).Append('.');
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text.Substring(0, max) + "...";
}
