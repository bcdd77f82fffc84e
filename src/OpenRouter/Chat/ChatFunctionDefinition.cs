using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The <c>function</c> object of a function tool.</summary>
public sealed class ChatFunctionDefinition
{
    /// <summary>The function name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>The description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The JSON schema of the arguments (<c>parameters</c>).</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; init; }

    /// <summary>Whether the schema is enforced strictly (<c>strict</c>).</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
