using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A model's reasoning capabilities (<c>reasoning</c>).</summary>
public sealed class ModelReasoningCapabilities
{
    /// <summary>Supported efforts (<c>supported_efforts</c>).</summary>
    [JsonPropertyName("supported_efforts")]
    public IReadOnlyList<ReasoningEffortLevel>? SupportedEfforts { get; init; }

    /// <summary>The default effort (<c>default_effort</c>).</summary>
    [JsonPropertyName("default_effort")]
    public ReasoningEffortLevel? DefaultEffort { get; init; }

    /// <summary>Whether reasoning is on by default (<c>default_enabled</c>).</summary>
    [JsonPropertyName("default_enabled")]
    public bool? DefaultEnabled { get; init; }

    /// <summary>Whether reasoning cannot be turned off (<c>mandatory</c>).</summary>
    [JsonPropertyName("mandatory")]
    public bool? Mandatory { get; init; }

    /// <summary>Whether <c>reasoning.max_tokens</c> is supported (<c>supports_max_tokens</c>).</summary>
    [JsonPropertyName("supports_max_tokens")]
    public bool? SupportsMaxTokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
