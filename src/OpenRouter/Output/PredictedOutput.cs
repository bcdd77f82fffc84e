using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

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
