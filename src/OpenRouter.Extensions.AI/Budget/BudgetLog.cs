using System;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>The budget's log messages (category <c>OpenRouter.Budget</c>): outages and gaps are never silent.</summary>
internal static class BudgetLog
{
    public const string Category = "OpenRouter.Budget";

    private static readonly Action<ILogger, string, Exception?> s_failOpen =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(1, "BudgetStoreUnavailableFailOpen"),
            "The OpenRouter budget's spend store is unavailable; the call in scope {Scope} goes through unchecked (StoreFailureMode FailOpen).");

    private static readonly Action<ILogger, decimal, string, Exception?> s_notRecorded =
        LoggerMessage.Define<decimal, string>(LogLevel.Warning, new EventId(2, "BudgetSpendNotRecorded"),
            "The OpenRouter budget could not record {AmountUsd} USD for scope {Scope} in its spend store; this process keeps it and adds it when the store answers again.");

    private static readonly Action<ILogger, string, Exception?> s_noCost =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(3, "BudgetNoCostReported"),
            "An answer from model {Model} reported no OpenRouter cost, so the budget counted it as 0 USD. Put UseOpenRouterBudget over an OpenRouter IChatClient (AsIChatClient) and below any cache.");

    private static readonly Action<ILogger, Exception?> s_pricesUnavailable =
        LoggerMessage.Define(LogLevel.Warning, new EventId(4, "BudgetPricesUnavailable"),
            "The OpenRouter model catalogue could not be read for the budget's pre-flight estimate; calls go on without an estimate until it can be read.");

    private static readonly Action<ILogger, string, Exception?> s_noPrice =
        LoggerMessage.Define<string>(LogLevel.Debug, new EventId(5, "BudgetNoPrice"),
            "The OpenRouter catalogue has no fixed price for model {Model}; the call is not estimated before it is sent.");

    public static void StoreUnavailableFailOpen(ILogger logger, string scope, Exception exception) => s_failOpen(logger, scope, exception);

    public static void SpendNotRecorded(ILogger logger, decimal amountUsd, string scope, Exception exception) => s_notRecorded(logger, amountUsd, scope, exception);

    public static void NoCostReported(ILogger logger, string? model) => s_noCost(logger, model ?? "(unknown)", null);

    public static void PricesUnavailable(ILogger logger, Exception exception) => s_pricesUnavailable(logger, exception);

    public static void NoPrice(ILogger logger, string model) => s_noPrice(logger, model, null);
}
