using System;
using OpenRouter.Extensions.AI;
using OpenRouter.Extensions.AI.Cost;

namespace Microsoft.Extensions.AI;

/// <summary>
/// The cost in US dollars of the OpenRouter calls behind a <see cref="ChatResponse"/> or a <see cref="UsageDetails"/>,
/// wherever Microsoft.Extensions.AI or an agent framework summed them: a tool loop, coalesced streaming updates, an
/// agent run, a response read back from a cache.
/// </summary>
/// <remarks>
/// Each call's cost travels in <see cref="UsageDetails.AdditionalCounts"/> as whole picodollars
/// (<see cref="OpenRouterPropertyNames.CostPicoUsd"/>), which every usage aggregation adds up, and converts back to
/// dollars exactly. The per-call <c>AdditionalProperties["cost"]</c> stays as it was (the last call's, after a tool loop).
/// </remarks>
public static class OpenRouterCostExtensions
{
    /// <summary>
    /// What OpenRouter charged for every call that produced <paramref name="response"/>, in US dollars; null when no call
    /// reported a cost. With BYOK, this is OpenRouter's fee only: see <see cref="GetOpenRouterSpend(ChatResponse)"/>.
    /// </summary>
    /// <param name="response">A response from the OpenRouter <see cref="IChatClient"/>, from any pipeline or cache above it.</param>
    /// <returns>The total charged, or null.</returns>
    /// <remarks>
    /// Reads the summed count in <see cref="ChatResponse.Usage"/> first; a response without one (made by hand, or cached
    /// by an older version) falls back to the <see cref="OpenRouterPropertyNames.Cost"/> properties of its messages, then
    /// of the response, as a decimal, double, integer, string or <see cref="System.Text.Json.JsonElement"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public static decimal? GetOpenRouterCost(this ChatResponse response)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        return response.Usage.GetOpenRouterCost() ?? CostProperties.Total(response, includeByokUpstream: false);
    }

    /// <summary>What OpenRouter charged for every call summed in <paramref name="usage"/>, in US dollars; null when none reported a cost (or <paramref name="usage"/> is null).</summary>
    /// <param name="usage">Usage of one call or a sum of calls, such as <see cref="ChatResponse.Usage"/> or an agent response's <c>Usage</c>.</param>
    /// <returns>The total charged, or null.</returns>
    public static decimal? GetOpenRouterCost(this UsageDetails? usage) =>
        UsageCostCounts.Read(usage, OpenRouterPropertyNames.CostPicoUsd);

    /// <summary>
    /// What the calls that produced <paramref name="response"/> really cost you, in US dollars: OpenRouter's charge plus,
    /// for calls that ran on your own provider key (BYOK, <c>is_byok</c>), what the provider charged that key. Without
    /// BYOK it equals <see cref="GetOpenRouterCost(ChatResponse)"/>.
    /// </summary>
    /// <param name="response">A response from the OpenRouter <see cref="IChatClient"/>, from any pipeline or cache above it.</param>
    /// <returns>The total spent, or null when no call reported a cost.</returns>
    /// <remarks>
    /// Without BYOK, <c>upstream_inference_cost</c> repeats the part of <c>cost</c> that went to the provider, so it is
    /// never added; with BYOK, <c>cost</c> is OpenRouter's fee (often 0) and the provider bills your key the upstream cost.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public static decimal? GetOpenRouterSpend(this ChatResponse response)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        return response.Usage.GetOpenRouterSpend() ?? CostProperties.Total(response, includeByokUpstream: true);
    }

    /// <summary>
    /// What the calls summed in <paramref name="usage"/> really cost you, in US dollars: OpenRouter's charge plus the BYOK
    /// upstream charge (<see cref="OpenRouterPropertyNames.ByokUpstreamCostPicoUsd"/>, recorded only for BYOK calls).
    /// </summary>
    /// <param name="usage">Usage of one call or a sum of calls.</param>
    /// <returns>The total spent, or null when no call reported a cost (or <paramref name="usage"/> is null).</returns>
    public static decimal? GetOpenRouterSpend(this UsageDetails? usage)
    {
        var cost = UsageCostCounts.Read(usage, OpenRouterPropertyNames.CostPicoUsd);
        var upstream = UsageCostCounts.Read(usage, OpenRouterPropertyNames.ByokUpstreamCostPicoUsd);
        return cost is null && upstream is null ? null : (cost ?? 0) + (upstream ?? 0);
    }
}
