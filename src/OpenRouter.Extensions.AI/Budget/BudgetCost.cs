using System;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>
/// The one place the budget learns what a call cost, in US dollars: null when nothing reports a cost.
/// </summary>
/// <remarks>
/// For now this reads the <c>cost</c> that the mapping puts into <c>AdditionalProperties</c>
/// (<see cref="OpenRouterPropertyNames.Cost"/>; see <c>FromOpenRouterResponse.AddCosts</c> and
/// <c>FromOpenRouterStream</c>), as a decimal or, after a JSON round trip, a <see cref="JsonElement"/>. When the
/// <c>GetOpenRouterCost(this ChatResponse)</c> / <c>GetOpenRouterCost(this UsageDetails)</c> extensions land (branch
/// <c>cost</c>), each method here becomes a call to them, and <see cref="Of(Exception)"/> reads the usage an
/// <see cref="OpenRouterStreamException"/> carries; nothing else in the budget changes.
/// </remarks>
internal static class BudgetCost
{
    /// <summary>
    /// The cost of every OpenRouter call behind <paramref name="response"/>: the sum over its messages (each call's
    /// assistant message carries its own cost, also after a function-invocation loop) or else the response's own.
    /// </summary>
    public static decimal? Of(ChatResponse response)
    {
        decimal? sum = null;
        foreach (var message in response.Messages)
        {
            if (Read(message.AdditionalProperties) is { } cost)
            {
                sum = (sum ?? 0m) + cost;
            }
        }

        return sum ?? Read(response.AdditionalProperties);
    }

    /// <summary>The cost a streamed update reports (the usage chunk's), or null.</summary>
    public static decimal? Of(ChatResponseUpdate update) => Read(update.AdditionalProperties);

    /// <summary>The cost <paramref name="usage"/> reports; always null for now, because main's <see cref="UsageDetails"/> carries no cost.</summary>
    public static decimal? Of(UsageDetails? usage)
    {
        // Becomes usage?.GetOpenRouterCost() when branch cost lands.
        _ = usage;
        return null;
    }

    /// <summary>
    /// The cost a failed call reports through its exception: for now null, because main's
    /// <see cref="OpenRouterStreamException"/> carries no usage. Once branch <c>cost</c> gives it the usage received before
    /// the failure, this reads <c>Of(streamException.Usage)</c>.
    /// </summary>
    public static decimal? Of(Exception exception) => exception is OpenRouterStreamException ? Of(usage: null) : null;

    private static decimal? Read(AdditionalPropertiesDictionary? properties) =>
        properties is not null && properties.TryGetValue(OpenRouterPropertyNames.Cost, out var value) ? ToDecimal(value) : null;

    internal static decimal? ToDecimal(object? value) => value switch
    {
        decimal d => d,
        double d when !double.IsNaN(d) && !double.IsInfinity(d) => (decimal)d,
        float f when !float.IsNaN(f) && !float.IsInfinity(f) => (decimal)f,
        long l => l,
        int i => i,
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetDecimal(out var d) => d,
        JsonElement { ValueKind: JsonValueKind.String } e => ToDecimal(e.GetString()),
        _ => null,
    };
}
