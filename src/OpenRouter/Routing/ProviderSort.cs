using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// Endpoint sorting (<c>provider.sort</c>): written as a plain string (<c>"price"</c>) when only <see cref="By"/> is set,
/// as <c>{"by", "partition"}</c> when <see cref="Partition"/> is set. Both forms are read.
/// </summary>
[JsonConverter(typeof(ProviderSortJsonConverter))]
public sealed class ProviderSort
{
    /// <summary>What to sort by (<c>by</c>).</summary>
    public ProviderSortBy? By { get; init; }

    /// <summary>How fallback models are treated (<c>partition</c>); null writes the string form.</summary>
    public ProviderSortPartition? Partition { get; init; }

    /// <summary>Sort by <paramref name="by"/> (the string form).</summary>
    /// <param name="by">The sort key.</param>
    public static implicit operator ProviderSort(ProviderSortBy by) => new() { By = by };

    /// <summary>Sort by <paramref name="by"/> (the string form); the named alternative to the implicit conversion.</summary>
    /// <param name="by">The sort key.</param>
    /// <returns>The sort.</returns>
    public static ProviderSort FromProviderSortBy(ProviderSortBy by) => new() { By = by };
}
