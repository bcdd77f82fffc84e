using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Extensions.AI;

/// <summary>
/// A thread-safe <see cref="IOpenRouterSpendStore"/> in this process's memory: what a budget uses when no store is
/// configured or registered.
/// </summary>
/// <remarks>
/// Share one instance between pipelines (or register it as the <see cref="IOpenRouterSpendStore"/> service) to give
/// them one budget; the spend is lost when the process ends.
/// </remarks>
public sealed class OpenRouterInMemorySpendStore : IOpenRouterSpendStore
{
    private readonly ConcurrentDictionary<string, StrongBox> _spend = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<long> GetAsync(string scope, CancellationToken cancellationToken = default)
    {
        ThrowIfNull(scope);
        return new(_spend.TryGetValue(scope, out var box) ? Interlocked.Read(ref box.Value) : 0L);
    }

    /// <inheritdoc />
    public ValueTask<long> AddAsync(string scope, long nanoUsd, CancellationToken cancellationToken = default)
    {
        ThrowIfNull(scope);
        var box = _spend.GetOrAdd(scope, static _ => new StrongBox());
        return new(Interlocked.Add(ref box.Value, nanoUsd));
    }

    private static void ThrowIfNull(string scope)
    {
        if (scope is null)
        {
            throw new ArgumentNullException(nameof(scope));
        }
    }

    /// <summary>A mutable cell, so that additions are an <see cref="Interlocked"/> operation on a field.</summary>
    private sealed class StrongBox
    {
        public long Value;
    }
}
