using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>One provider endpoint of a model.</summary>
public sealed class ModelEndpoint
{
    /// <summary>The endpoint name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The model id (<c>model_id</c>).</summary>
    [JsonPropertyName("model_id")]
    public string? ModelId { get; init; }

    /// <summary>The model name (<c>model_name</c>).</summary>
    [JsonPropertyName("model_name")]
    public string? ModelName { get; init; }

    /// <summary>The provider display name (<c>provider_name</c>).</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; init; }

    /// <summary>The slug to use in <c>provider.order</c>/<c>only</c>/<c>ignore</c> (<c>tag</c>).</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; init; }

    /// <summary>The context length (<c>context_length</c>).</summary>
    [JsonPropertyName("context_length")]
    public long? ContextLength { get; init; }

    /// <summary>The maximum completion tokens (<c>max_completion_tokens</c>).</summary>
    [JsonPropertyName("max_completion_tokens")]
    public long? MaxCompletionTokens { get; init; }

    /// <summary>The maximum prompt tokens (<c>max_prompt_tokens</c>).</summary>
    [JsonPropertyName("max_prompt_tokens")]
    public long? MaxPromptTokens { get; init; }

    /// <summary>Prices (<c>pricing</c>).</summary>
    [JsonPropertyName("pricing")]
    public ModelPricing? Pricing { get; init; }

    /// <summary>The quantization (<c>quantization</c>).</summary>
    [JsonPropertyName("quantization")]
    public Quantization? Quantization { get; init; }

    /// <summary>The status: 0 is OK, negative values are degraded or down (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }

    /// <summary>Supported parameters (<c>supported_parameters</c>).</summary>
    [JsonPropertyName("supported_parameters")]
    public IReadOnlyList<string>? SupportedParameters { get; init; }

    /// <summary>Whether the endpoint caches prompts implicitly (<c>supports_implicit_caching</c>).</summary>
    [JsonPropertyName("supports_implicit_caching")]
    public bool? SupportsImplicitCaching { get; init; }

    /// <summary>Whether this text-to-speech endpoint takes reference audio for voice cloning (<c>supports_voice_cloning</c>).</summary>
    [JsonPropertyName("supports_voice_cloning")]
    public bool? SupportsVoiceCloning { get; init; }

    /// <summary>Uptime percent over the last 5 minutes (<c>uptime_last_5m</c>).</summary>
    [JsonPropertyName("uptime_last_5m")]
    public double? UptimeLast5m { get; init; }

    /// <summary>Uptime percent over the last 30 minutes (<c>uptime_last_30m</c>).</summary>
    [JsonPropertyName("uptime_last_30m")]
    public double? UptimeLast30m { get; init; }

    /// <summary>Uptime percent over the last day (<c>uptime_last_1d</c>).</summary>
    [JsonPropertyName("uptime_last_1d")]
    public double? UptimeLast1d { get; init; }

    /// <summary>Time-to-first-token percentiles in milliseconds over the last 30 minutes (<c>latency_last_30m</c>); null when unauthenticated.</summary>
    /// <remarks>
    /// Milliseconds, as OpenRouter's API reference says of these percentiles and as live answers show (a p50 such as
    /// <c>2229.5</c>); the reference's example values (<c>0.25</c>) only look like seconds. The routing preference
    /// <see cref="ProviderPreferences.PreferredMaxLatency"/> is in seconds: divide by 1000 to compare.
    /// </remarks>
    [JsonPropertyName("latency_last_30m")]
    public PercentileStats? LatencyLast30m { get; init; }

    /// <summary>Throughput percentiles in tokens per second over the last 30 minutes (<c>throughput_last_30m</c>); null when unauthenticated.</summary>
    [JsonPropertyName("throughput_last_30m")]
    public PercentileStats? ThroughputLast30m { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
