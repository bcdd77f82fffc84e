using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>
/// Decides, before each call, whether it may go (the scope's spend against its limit, and the pre-flight estimate when
/// enabled), and hands back a <see cref="BudgetCall"/> that records what the call cost. One per built pipeline; thread-safe.
/// </summary>
internal sealed class BudgetPolicy
{
    private readonly OpenRouterBudgetOptions _settings;
    private readonly SpendLedger _ledger;
    private readonly CostEstimator? _estimator;
    private readonly string? _defaultModelId;
    private int _noCostWarned;

    public BudgetPolicy(OpenRouterBudgetOptions settings, SpendLedger ledger, CostEstimator? estimator, string? defaultModelId, ILogger logger)
    {
        _settings = settings;
        _ledger = ledger;
        _estimator = estimator;
        _defaultModelId = defaultModelId;
        Logger = logger;
    }

    public ILogger Logger { get; }

    public SpendLedger Ledger => _ledger;

    /// <summary>Checks the call against its scope's budget, reserving its estimate; throws <see cref="OpenRouterBudgetExceededException"/> to refuse it.</summary>
    public async Task<BudgetCall> BeginAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        var scope = BudgetScope.Resolve(_settings, messages, options);
        var key = scope ?? OpenRouterBudgetOptions.GlobalScope;
        var limit = (scope is null ? null : _settings.ScopeLimit?.Invoke(scope)) ?? _settings.LimitUsd;
        var estimate = _estimator is null ? null : await _estimator.EstimateAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var reserve = estimate is { } e ? OpenRouterSpendUnits.ToNanoUsd(e.Usd) : 0;

        var total = await _ledger.ReserveAsync(key, scope, reserve, cancellationToken).ConfigureAwait(false);
        if (total is not { } after)
        {
            // The store is down and the budget fails open: nothing was reserved, nothing to check.
            return new BudgetCall(this, key, 0, options?.ModelId ?? _defaultModelId);
        }

        var spent = after - reserve;
        var limitNano = OpenRouterSpendUnits.ToNanoUsd(limit);
        if (spent >= limitNano || after > limitNano)
        {
            await _ledger.RecordAsync(key, -reserve).ConfigureAwait(false);
            throw Refusal(limit, spent, scope, spent >= limitNano ? null : estimate);
        }

        return new BudgetCall(this, key, reserve, options?.ModelId ?? _defaultModelId);
    }

    /// <summary>Logs once per pipeline that an answer reported no cost, so a misplaced budget does not go unnoticed.</summary>
    public void WarnNoCost(string? model)
    {
        if (Interlocked.Exchange(ref _noCostWarned, 1) == 0)
        {
            BudgetLog.NoCostReported(Logger, model);
        }
    }

    private static OpenRouterBudgetExceededException Refusal(decimal limit, long spentNano, string? scope, CostEstimate? estimate)
    {
        var spent = OpenRouterSpendUnits.ToUsd(spentNano);
        return estimate is { } e
            ? new OpenRouterBudgetExceededException(limit, spent, scope, e.Usd, OpenRouterBudgetExceededException.EstimateMessage(limit, spent, scope, e.Usd, e.Basis))
            : new OpenRouterBudgetExceededException(limit, spent, scope);
    }
}
