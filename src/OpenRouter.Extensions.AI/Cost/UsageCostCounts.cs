using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Cost;

/// <summary>
/// Writes a generation's cost into <see cref="UsageDetails.AdditionalCounts"/>, in picodollars, and reads it back.
/// </summary>
/// <remarks>
/// The keys are <see cref="OpenRouterPropertyNames.CostPicoUsd"/> and
/// <see cref="OpenRouterPropertyNames.ByokUpstreamCostPicoUsd"/>, so that every aggregation of usage
/// (<see cref="UsageDetails.Add"/>, a tool loop, coalesced updates, an agent run) sums the cost.
/// </remarks>
internal static class UsageCostCounts
{
    /// <summary>
    /// Adds <c>usage.cost</c> (also when 0: a free call still reports a cost) and, only when <c>is_byok</c> is true,
    /// <c>cost_details.upstream_inference_cost</c>; without BYOK the upstream cost repeats part of <c>cost</c>.
    /// </summary>
    public static void Add(UsageDetails details, TokenUsage usage) =>
        Add(details, usage.Cost, usage.IsByok, usage.CostDetails?.UpstreamInferenceCost);

    /// <summary>
    /// Adds <paramref name="cost"/> (also when 0) and, only when <paramref name="isByok"/> is true,
    /// <paramref name="upstreamCost"/>: the usage of a route whose usage type is not chat's <see cref="TokenUsage"/>.
    /// </summary>
    public static void Add(UsageDetails details, decimal? cost, bool? isByok, decimal? upstreamCost)
    {
        Set(details, OpenRouterPropertyNames.CostPicoUsd, cost);
        if (isByok == true)
        {
            Set(details, OpenRouterPropertyNames.ByokUpstreamCostPicoUsd, upstreamCost);
        }
    }

    /// <summary>The count under <paramref name="key"/> in US dollars, or null when <paramref name="usage"/> has none.</summary>
    public static decimal? Read(UsageDetails? usage, string key) =>
        usage?.AdditionalCounts is { } counts && counts.TryGetValue(key, out var picodollars) ? PicoUsd.ToUsd(picodollars) : null;

    private static void Set(UsageDetails details, string key, decimal? usd)
    {
        if (usd is { } value && PicoUsd.FromUsd(value) is { } picodollars)
        {
            (details.AdditionalCounts ??= [])[key] = picodollars;
        }
    }
}
