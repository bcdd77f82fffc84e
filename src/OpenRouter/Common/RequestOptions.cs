using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Native web search settings (<c>web_search_options</c>).</summary>
public sealed class WebSearchOptions
{
    /// <summary>How much search context to use (<c>search_context_size</c>): <c>low</c>, <c>medium</c>, <c>high</c>.</summary>
    [JsonPropertyName("search_context_size")]
    public string? SearchContextSize { get; init; }

    /// <summary>Other fields to send (e.g. <c>max_results</c>, <c>engine</c>; unconfirmed by the spec).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Predicted output for latency optimisation (<c>prediction</c>): <c>{"type":"content","content":"..."}</c>.</summary>
public sealed class PredictedOutput
{
    /// <summary>The prediction type (<c>type</c>), <c>content</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "content";

    /// <summary>The expected text (<c>content</c>).</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Image generation options (<c>image_config</c>); provider-specific keys go in <see cref="AdditionalProperties"/>.</summary>
public sealed class ImageGenerationConfig
{
    /// <summary>The aspect ratio (<c>aspect_ratio</c>), e.g. <c>16:9</c>.</summary>
    [JsonPropertyName("aspect_ratio")]
    public string? AspectRatio { get; init; }

    /// <summary>The image size (<c>image_size</c>), e.g. <c>1K</c>, <c>2K</c>, <c>4K</c>.</summary>
    [JsonPropertyName("image_size")]
    public string? ImageSize { get; init; }

    /// <summary>Other (provider-specific) options, e.g. <c>quality</c>.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Audio output settings (<c>audio</c>), used with <c>modalities: ["text","audio"]</c> and streaming.</summary>
public sealed class AudioOutputOptions
{
    /// <summary>The voice (<c>voice</c>), e.g. <c>alloy</c>.</summary>
    [JsonPropertyName("voice")]
    public string? Voice { get; init; }

    /// <summary>The audio format (<c>format</c>), e.g. <c>wav</c>, <c>mp3</c>, <c>pcm16</c>.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Observability trace data forwarded to broadcast destinations (<c>trace</c>); extra keys go in <see cref="AdditionalProperties"/>.</summary>
public sealed class TraceOptions
{
    /// <summary>The trace id (<c>trace_id</c>).</summary>
    [JsonPropertyName("trace_id")]
    public string? TraceId { get; init; }

    /// <summary>The trace name (<c>trace_name</c>).</summary>
    [JsonPropertyName("trace_name")]
    public string? TraceName { get; init; }

    /// <summary>The span name (<c>span_name</c>).</summary>
    [JsonPropertyName("span_name")]
    public string? SpanName { get; init; }

    /// <summary>The generation name (<c>generation_name</c>).</summary>
    [JsonPropertyName("generation_name")]
    public string? GenerationName { get; init; }

    /// <summary>The parent span id (<c>parent_span_id</c>).</summary>
    [JsonPropertyName("parent_span_id")]
    public string? ParentSpanId { get; init; }

    /// <summary>Extra trace keys.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Debug options (<c>debug</c>); streaming only, not for production.</summary>
public sealed class DebugOptions
{
    /// <summary>Echo the transformed upstream request body in the first chunk (<c>echo_upstream_body</c>).</summary>
    [JsonPropertyName("echo_upstream_body")]
    public bool? EchoUpstreamBody { get; init; }
}
