using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The target of a <c>~</c> model alias (<c>alias_target</c>).</summary>
public sealed class ModelAliasTarget
{
    /// <summary>The target slug (<c>slug</c>).</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    /// <summary>The target name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
