using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>
/// The model catalogue's prices (<see cref="OpenRouterClient.ListModelsAsync"/>), read once and reused for a set time.
/// A failed read is logged and not cached, so the next call tries again. Thread-safe.
/// </summary>
internal sealed class ModelPriceCache : IDisposable
{
    private readonly OpenRouterClient _client;
    private readonly TimeSpan _lifetime;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Dictionary<string, ModelPricing>? _prices;
    private long _readAt;

    public ModelPriceCache(OpenRouterClient client, TimeSpan lifetime, ILogger logger)
    {
        _client = client;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>The prices of <paramref name="modelId"/> (or of its base model when a <c>:variant</c> is not listed); null when unknown or unreadable.</summary>
    public async Task<ModelPricing?> FindAsync(string modelId, CancellationToken cancellationToken)
    {
        var prices = await GetPricesAsync(cancellationToken).ConfigureAwait(false);
        if (prices is null)
        {
            return null;
        }

        if (prices.TryGetValue(modelId, out var pricing))
        {
            return pricing;
        }

        var variant = modelId.IndexOf(':');
        return variant > 0 && prices.TryGetValue(modelId.Substring(0, variant), out pricing) ? pricing : null;
    }

    public void Dispose() => _refresh.Dispose();

    private bool IsFresh => Volatile.Read(ref _prices) is not null && Stopwatch.GetTimestamp() - Volatile.Read(ref _readAt) < _lifetime.TotalSeconds * Stopwatch.Frequency;

    private async Task<Dictionary<string, ModelPricing>?> GetPricesAsync(CancellationToken cancellationToken)
    {
        if (IsFresh)
        {
            return _prices;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsFresh)
            {
                var models = await _client.ListModelsAsync(null, cancellationToken).ConfigureAwait(false);
                var prices = new Dictionary<string, ModelPricing>(StringComparer.OrdinalIgnoreCase);
                foreach (var model in models)
                {
                    if (model.Id is { Length: > 0 } id && model.Pricing is { } pricing)
                    {
                        prices[id] = pricing;
                    }
                }

                Volatile.Write(ref _readAt, Stopwatch.GetTimestamp());
                Volatile.Write(ref _prices, prices);
            }

            return _prices;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BudgetLog.PricesUnavailable(_logger, exception);
            return _prices;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
