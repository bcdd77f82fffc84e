using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// A performance preference (<c>preferred_min_throughput</c>, <c>preferred_max_latency</c>): a single number (meaning p50)
/// or per-percentile values <c>{p50, p75, p90, p99}</c>. Written as a number when only <see cref="Value"/> is set.
/// </summary>
[JsonConverter(typeof(PerformanceThresholdJsonConverter))]
public sealed class PerformanceThreshold
{
    /// <summary>The single-number form (p50).</summary>
    public double? Value { get; init; }

    /// <summary>The p50 value.</summary>
    public double? P50 { get; init; }

    /// <summary>The p75 value.</summary>
    public double? P75 { get; init; }

    /// <summary>The p90 value.</summary>
    public double? P90 { get; init; }

    /// <summary>The p99 value.</summary>
    public double? P99 { get; init; }

    /// <summary>The single-number form.</summary>
    /// <param name="value">The p50 threshold.</param>
    public static implicit operator PerformanceThreshold(double value) => new() { Value = value };

    /// <summary>The single-number form; the named alternative to the implicit conversion.</summary>
    /// <param name="value">The p50 threshold.</param>
    /// <returns>The threshold.</returns>
    public static PerformanceThreshold FromDouble(double value) => new() { Value = value };
}
