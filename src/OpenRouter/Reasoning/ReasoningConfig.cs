using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Reasoning settings of a request (<c>reasoning</c>). Use either <see cref="Effort"/> or <see cref="MaxTokens"/>.</summary>
public sealed class ReasoningConfig
{
    /// <summary>The reasoning effort (<c>effort</c>), written lowercase.</summary>
    [JsonPropertyName("effort")]
    public ReasoningEffortLevel? Effort { get; init; }

    /// <summary>A reasoning token budget (<c>max_tokens</c>) for budget-based models.</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; init; }

    /// <summary>When true the model reasons but the reasoning is not returned (<c>exclude</c>).</summary>
    [JsonPropertyName("exclude")]
    public bool? Exclude { get; init; }

    /// <summary>Turns reasoning on with default settings, or off (<c>enabled</c>).</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>The reasoning summary mode (<c>summary</c>): <c>auto</c>, <c>concise</c> or <c>detailed</c>.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>Other fields to send (e.g. <c>context</c>, <c>mode</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
