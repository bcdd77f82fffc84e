using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Links of a model (<c>links</c>).</summary>
public sealed class ModelLinks
{
    /// <summary>The endpoints path, e.g. <c>/api/v1/models/openai/gpt-4o/endpoints</c> (<c>details</c>).</summary>
    [JsonPropertyName("details")]
    public string? Details { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
