using System;
using System.Globalization;

namespace OpenRouter.Extensions.AI;

/// <summary>
/// A call was refused by the budget of <c>UseOpenRouterBudget</c> before any request was sent: the scope's spend had
/// reached its limit, or the call's pre-flight estimate was more than what was left.
/// </summary>
public sealed class OpenRouterBudgetExceededException : OpenRouterException
{
    /// <summary>Creates the exception for a scope whose spend reached its limit, with a message saying what to do.</summary>
    /// <param name="limitUsd">The scope's limit in US dollars.</param>
    /// <param name="spentUsd">What the scope had spent, in US dollars.</param>
    /// <param name="scope">The scope; null for the unscoped budget.</param>
    public OpenRouterBudgetExceededException(decimal limitUsd, decimal spentUsd, string? scope)
        : this(limitUsd, spentUsd, scope, null, SpentMessage(limitUsd, spentUsd, scope))
    {
    }

    internal OpenRouterBudgetExceededException(decimal limitUsd, decimal spentUsd, string? scope, decimal? estimatedCostUsd, string message)
        : base(message)
    {
        LimitUsd = limitUsd;
        SpentUsd = spentUsd;
        Scope = scope;
        EstimatedCostUsd = estimatedCostUsd;
        SetLocalBudget(limitUsd, spentUsd, scope);
    }

    /// <summary>The scope's limit in US dollars.</summary>
    /// <remarks>
    /// Also reported, with <see cref="SpentUsd"/> and <see cref="Scope"/>, by the base
    /// <see cref="OpenRouterException.LimitUsd"/>, <see cref="OpenRouterException.SpendUsd"/> and
    /// <see cref="OpenRouterException.LimitScope"/>, so that one handler of budget errors covers OpenRouter's 403 and this one.
    /// </remarks>
    public new decimal LimitUsd { get; }

    /// <summary>What the scope had spent when the call was refused, in US dollars (reservations of calls in flight included).</summary>
    public decimal SpentUsd { get; }

    /// <summary>The scope (a user, session or tenant id); null for the unscoped budget.</summary>
    public string? Scope { get; }

    /// <summary>The call's pre-flight cost estimate in US dollars when that is what refused it; null when the spend had reached the limit.</summary>
    public decimal? EstimatedCostUsd { get; }

    internal static string SpentMessage(decimal limitUsd, decimal spentUsd, string? scope) =>
        $"The OpenRouter budget{ScopeText(scope)} is used up: {Usd(spentUsd)} spent of its {Usd(limitUsd)} limit, so the call was refused and nothing was sent. " +
        "Raise the limit given to UseOpenRouterBudget, or reset the spend recorded for the scope in the budget's spend store (or wait for its window to roll over).";

    internal static string EstimateMessage(decimal limitUsd, decimal spentUsd, string? scope, decimal estimateUsd, string basis) =>
        $"This call could cost up to about {Usd(estimateUsd)} ({basis}), more than the {Usd(Math.Max(0m, limitUsd - spentUsd))} left of the OpenRouter budget{ScopeText(scope)} " +
        $"({Usd(spentUsd)} spent of {Usd(limitUsd)}), so it was refused and nothing was sent. Lower ChatOptions.MaxOutputTokens, shorten the prompt, or raise the limit.";

    internal static string Usd(decimal amount) => "$" + amount.ToString("0.00########", CultureInfo.InvariantCulture);

    private static string ScopeText(string? scope) => scope is null ? string.Empty : $" of scope '{scope}'";
}
