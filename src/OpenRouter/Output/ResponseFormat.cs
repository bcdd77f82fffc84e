using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The requested output format (<c>response_format</c>): text, json_object, json_schema, grammar or python. Use the factories.</summary>
public sealed class ResponseFormat
{
    /// <summary>The format type (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "text";

    /// <summary>The schema of a <c>json_schema</c> format (<c>json_schema</c>).</summary>
    [JsonPropertyName("json_schema")]
    public JsonSchemaFormat? JsonSchema { get; init; }

    /// <summary>The grammar of a <c>grammar</c> format (<c>grammar</c>).</summary>
    [JsonPropertyName("grammar")]
    public string? Grammar { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Plain text output (<c>{"type":"text"}</c>).</summary>
    public static ResponseFormat Text => new() { Type = "text" };

    /// <summary>Any JSON object (<c>{"type":"json_object"}</c>); also tell the model to output JSON.</summary>
    public static ResponseFormat JsonObject => new() { Type = "json_object" };

    /// <summary>Python code output (<c>{"type":"python"}</c>).</summary>
    public static ResponseFormat Python => new() { Type = "python" };

    /// <summary>JSON that matches <paramref name="schema"/> (<c>{"type":"json_schema", ...}</c>).</summary>
    /// <param name="name">The schema name (letters, digits, <c>_</c>, <c>-</c>; at most 64 characters).</param>
    /// <param name="schema">The JSON schema.</param>
    /// <param name="description">An optional description.</param>
    /// <param name="strict">Whether the schema is enforced strictly.</param>
    /// <returns>The format.</returns>
    public static ResponseFormat ForJsonSchema(string name, JsonElement schema, string? description = null, bool? strict = null) =>
        new() { Type = "json_schema", JsonSchema = new JsonSchemaFormat { Name = name, Schema = schema, Description = description, Strict = strict } };

    /// <summary>Output constrained by a grammar (<c>{"type":"grammar", "grammar": ...}</c>).</summary>
    /// <param name="grammar">The grammar text.</param>
    /// <returns>The format.</returns>
    public static ResponseFormat ForGrammar(string grammar) => new() { Type = "grammar", Grammar = grammar };
}
