using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

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
