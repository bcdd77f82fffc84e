using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>Names the scope of a call: the options' selector, else <see cref="OpenRouterBudgetOptions.ScopePropertyName"/>; blank means unscoped.</summary>
internal static class BudgetScope
{
    public static string? Resolve(OpenRouterBudgetOptions settings, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var scope = settings.ScopeSelector is { } selector
            ? selector(messages, options)
            : FromProperties(options?.AdditionalProperties);
        return string.IsNullOrWhiteSpace(scope) ? null : scope;
    }

    private static string? FromProperties(AdditionalPropertiesDictionary? properties)
    {
        if (properties is null || !properties.TryGetValue(OpenRouterBudgetOptions.ScopePropertyName, out var value))
        {
            return null;
        }

        return value switch
        {
            null => null,
            string text => text,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            JsonElement element => element.GetRawText(),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }
}
