using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The <c>json_schema</c> object of a response format.</summary>
public sealed class JsonSchemaFormat
{
    /// <summary>The schema name (<c>name</c>), required.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>A description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Whether the schema is enforced strictly (<c>strict</c>).</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; init; }

    /// <summary>The JSON schema (<c>schema</c>).</summary>
    [JsonPropertyName("schema")]
    public JsonElement? Schema { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
