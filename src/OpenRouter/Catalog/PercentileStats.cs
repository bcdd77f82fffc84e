using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Percentile statistics (<c>{p50, p75, p90, p99}</c>), in the unit of the property that holds them (milliseconds for <see cref="ModelEndpoint.LatencyLast30m"/>, tokens per second for <see cref="ModelEndpoint.ThroughputLast30m"/>).</summary>
public sealed class PercentileStats
{
    /// <summary>The median (<c>p50</c>).</summary>
    [JsonPropertyName("p50")]
    public double? P50 { get; init; }

    /// <summary>The 75th percentile (<c>p75</c>).</summary>
    [JsonPropertyName("p75")]
    public double? P75 { get; init; }

    /// <summary>The 90th percentile (<c>p90</c>).</summary>
    [JsonPropertyName("p90")]
    public double? P90 { get; init; }

    /// <summary>The 99th percentile (<c>p99</c>).</summary>
    [JsonPropertyName("p99")]
    public double? P99 { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
