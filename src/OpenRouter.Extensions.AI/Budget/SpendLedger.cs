using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>
/// The budget's side of the spend store: reads and reserves before a call (failing closed or open as configured),
/// records after it, and keeps in this process what could not be recorded during an outage, adding it with the next
/// store operation that succeeds. Thread-safe.
/// </summary>
internal sealed class SpendLedger
{
    private readonly IOpenRouterSpendStore _store;
    private readonly OpenRouterBudgetFailureMode _failureMode;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, long> _unrecorded = new(StringComparer.Ordinal);

    public SpendLedger(IOpenRouterSpendStore store, OpenRouterBudgetFailureMode failureMode, ILogger logger)
    {
        _store = store;
        _failureMode = failureMode;
        _logger = logger;
    }

    /// <summary>
    /// Adds <paramref name="reserveNano"/> (and anything left unrecorded) to <paramref name="key"/>'s spend, or reads
    /// it when there is nothing to add, and returns the spend after that.
    /// </summary>
    /// <remarks>
    /// Returns null when the store is down and the budget fails open (nothing was reserved then). Fails closed with
    /// <see cref="OpenRouterBudgetStoreException"/>.
    /// </remarks>
    public async Task<long?> ReserveAsync(string key, string? scope, long reserveNano, CancellationToken cancellationToken)
    {
        var carried = TakeUnrecorded(key);
        try
        {
            var amount = reserveNano + carried;
            return amount == 0
                ? await _store.GetAsync(key, cancellationToken).ConfigureAwait(false)
                : await _store.AddAsync(key, amount, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCallerCancellation(exception, cancellationToken))
        {
            KeepUnrecorded(key, carried);
            if (_failureMode == OpenRouterBudgetFailureMode.FailClosed)
            {
                throw new OpenRouterBudgetStoreException(scope, exception);
            }

            BudgetLog.StoreUnavailableFailOpen(_logger, key, exception);
            return null;
        }
        catch
        {
            KeepUnrecorded(key, carried);
            throw;
        }
    }

    /// <summary>Adds <paramref name="nano"/> to <paramref name="key"/>'s spend after a call; on failure keeps it and logs a warning. Never throws.</summary>
    public async Task RecordAsync(string key, long nano)
    {
        if (nano == 0)
        {
            return;
        }

        try
        {
            await _store.AddAsync(key, nano, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            KeepUnrecorded(key, nano);
            BudgetLog.SpendNotRecorded(_logger, OpenRouterSpendUnits.ToUsd(nano), key, exception);
        }
    }

    private static bool IsCallerCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private long TakeUnrecorded(string key) => _unrecorded.TryRemove(key, out var amount) ? amount : 0;

    private void KeepUnrecorded(string key, long nano)
    {
        if (nano != 0)
        {
            _unrecorded.AddOrUpdate(key, nano, (_, existing) => existing + nano);
        }
    }
}
