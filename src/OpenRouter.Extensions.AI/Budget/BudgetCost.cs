using System;
using System.Linq;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Cost;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>
/// The one place the budget learns what a call cost, in US dollars: null when nothing reports a cost.
/// </summary>
/// <remarks>Reads through <see cref="OpenRouterCostExtensions.GetOpenRouterCost(ChatResponse)"/>, so the budget counts what every other reader counts.</remarks>
internal static class BudgetCost
{
    /// <summary>The cost of every OpenRouter call behind <paramref name="response"/>.</summary>
    public static decimal? Of(ChatResponse response) => response.GetOpenRouterCost();

    /// <summary>
    /// The cost a streamed update reports: its <see cref="UsageContent"/>'s, else the usage chunk's <c>cost</c>
    /// property (never both, so one update is counted once).
    /// </summary>
    public static decimal? Of(ChatResponseUpdate update)
    {
        var usage = update.Contents.OfType<UsageContent>().FirstOrDefault();
        if (usage?.Details.GetOpenRouterCost() is { } fromUsage)
        {
            return fromUsage;
        }

        return update.AdditionalProperties is { } properties
            && properties.TryGetValue(OpenRouterPropertyNames.Cost, out var value)
            && CostProperties.TryGetDecimal(value, out var cost)
                ? cost
                : null;
    }

    /// <summary>The cost <paramref name="usage"/> reports.</summary>
    public static decimal? Of(UsageDetails? usage) => usage.GetOpenRouterCost();

    /// <summary>The cost a failed call was billed, when OpenRouter sent its usage with the error.</summary>
    public static decimal? Of(Exception exception) => exception is OpenRouterException { Usage.Cost: { } cost } ? cost : null;
}
