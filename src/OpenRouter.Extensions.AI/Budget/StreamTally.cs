using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>
/// What a streamed call cost, gathered update by update, and its model and provider for telemetry. One per stream.
/// </summary>
/// <remarks>
/// The cost is the usage chunk's (one per OpenRouter call, so several when a function-invocation loop streams through
/// the budget), plus the cost a failure carries when the failed call's own usage never arrived as an update.
/// </remarks>
internal sealed class StreamTally
{
    private readonly HashSet<string> _costedResponses = new(StringComparer.Ordinal);

    public decimal? Cost { get; private set; }

    public string? ModelId { get; private set; }

    public string? Provider { get; private set; }

    public bool Completed { get; set; }

    public void Add(ChatResponseUpdate update)
    {
        ModelId = update.ModelId ?? ModelId;
        if (update.AdditionalProperties?.TryGetValue(OpenRouterPropertyNames.Provider, out var provider) == true && provider is string name)
        {
            Provider = name;
        }

        if (BudgetCost.Of(update) is { } cost)
        {
            Cost = (Cost ?? 0m) + cost;
            if (update.ResponseId is { } id)
            {
                _costedResponses.Add(id);
            }
        }
    }

    /// <summary>Counts the cost <paramref name="exception"/> reports, unless an update already counted that generation's usage.</summary>
    public void Fail(Exception exception)
    {
        if (BudgetCost.Of(exception) is { } cost &&
            !(exception is OpenRouterException { GenerationId: { } id } && _costedResponses.Contains(id)))
        {
            Cost = (Cost ?? 0m) + cost;
        }
    }
}
