using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Per-request token limits (<c>per_request_limits</c>).</summary>
public sealed class PerRequestLimits
{
    /// <summary>Maximum prompt tokens (<c>prompt_tokens</c>).</summary>
    [JsonPropertyName("prompt_tokens")]
    public double? PromptTokens { get; init; }

    /// <summary>Maximum completion tokens (<c>completion_tokens</c>).</summary>
    [JsonPropertyName("completion_tokens")]
    public double? CompletionTokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
