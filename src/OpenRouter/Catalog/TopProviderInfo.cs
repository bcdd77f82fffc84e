using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Limits of a model's top provider (<c>top_provider</c>).</summary>
public sealed class TopProviderInfo
{
    /// <summary>The context length (<c>context_length</c>).</summary>
    [JsonPropertyName("context_length")]
    public long? ContextLength { get; init; }

    /// <summary>The maximum completion tokens (<c>max_completion_tokens</c>).</summary>
    [JsonPropertyName("max_completion_tokens")]
    public long? MaxCompletionTokens { get; init; }

    /// <summary>Whether the provider moderates content (<c>is_moderated</c>).</summary>
    [JsonPropertyName("is_moderated")]
    public bool? IsModerated { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
