using System;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Cost;

/// <summary>
/// Reads the per-call <c>cost</c>, <c>is_byok</c> and <c>upstream_inference_cost</c> from <c>AdditionalProperties</c>,
/// whatever shape the values took.
/// </summary>
/// <remarks>
/// Values may be as mapped (<see cref="decimal"/>, <see cref="bool"/>), set by hand (double, long, string), or
/// <see cref="JsonElement"/> after a JSON round trip such as a distributed cache.
/// </remarks>
internal static class CostProperties
{
    /// <summary>
    /// The cost of <paramref name="response"/> from properties: the sum over its messages that carry one (each call's
    /// message carries that call's cost, streamed or not), else the response's own; null when none does.
    /// </summary>
    public static decimal? Total(ChatResponse response, bool includeByokUpstream)
    {
        decimal? total = null;
        foreach (var message in response.Messages)
        {
            if (Read(message.AdditionalProperties, includeByokUpstream) is { } cost)
            {
                total = (total ?? 0) + cost;
            }
        }

        return total ?? Read(response.AdditionalProperties, includeByokUpstream);
    }

    /// <summary>The <c>cost</c> in <paramref name="properties"/>, plus <c>upstream_inference_cost</c> when asked and <c>is_byok</c> is true.</summary>
    private static decimal? Read(AdditionalPropertiesDictionary? properties, bool includeByokUpstream)
    {
        if (properties is null || !properties.TryGetValue(OpenRouterPropertyNames.Cost, out var value) || !TryGetDecimal(value, out var cost))
        {
            return null;
        }

        if (includeByokUpstream
            && properties.TryGetValue(OpenRouterPropertyNames.IsByok, out var byok) && IsTrue(byok)
            && properties.TryGetValue(OpenRouterPropertyNames.UpstreamInferenceCost, out var upstream) && TryGetDecimal(upstream, out var upstreamCost))
        {
            cost += upstreamCost;
        }

        return cost;
    }

    /// <summary>Reads an amount in dollars from a number of any CLR type, its invariant text, or a JSON number or string.</summary>
    public static bool TryGetDecimal(object? value, out decimal result)
    {
        switch (value)
        {
            case decimal d:
                result = d;
                return true;
            case double d:
                // The shortest text that round-trips, so 1.71E-05 reads as 0.0000171, not the binary fraction's digits.
                return TryParse(d.ToString("R", CultureInfo.InvariantCulture), out result);
            case float f:
                return TryParse(f.ToString("R", CultureInfo.InvariantCulture), out result);
            case long or int or short or byte or ulong or uint or ushort or sbyte:
                result = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                return true;
            case string s:
                return TryParse(s, out result);
            case JsonElement { ValueKind: JsonValueKind.Number } number:
                return number.TryGetDecimal(out result) || TryParse(number.GetRawText(), out result);
            case JsonElement { ValueKind: JsonValueKind.String } json:
                return TryParse(json.GetString(), out result);
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>Whether <paramref name="value"/> is true: a <see cref="bool"/>, a JSON <c>true</c>, or the text <c>true</c>.</summary>
    public static bool IsTrue(object? value) => value switch
    {
        bool b => b,
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.String } json => bool.TryParse(json.GetString(), out var parsed) && parsed,
        string s => bool.TryParse(s, out var parsed) && parsed,
        _ => false,
    };

    private static bool TryParse(string? text, out decimal result) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
}
