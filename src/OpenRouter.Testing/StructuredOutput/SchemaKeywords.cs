using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRouter.Testing;

/// <summary>Reads JSON Schema keywords: types, bounds, <c>required</c>, <c>$ref</c> pointers and <c>allOf</c>.</summary>
internal static class SchemaKeywords
{
    private const int MaxAllOfDepth = 8;

    /// <summary>The target of a <c>$ref</c> within the root schema (<c>#</c>, <c>#/$defs/X</c>, <c>#/properties/a/items</c>...), or null.</summary>
    public static JsonElement? Resolve(JsonElement root, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return null;
        }

        var current = root;
        foreach (var token in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(name, out var index) && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The string value of a keyword, or null.</summary>
    public static string? String(JsonElement schema, string keyword) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The numeric value of a keyword, or null.</summary>
    public static decimal? Number(JsonElement schema, string keyword) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(keyword, out var value)
        && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : null;

    /// <summary>The non-negative integer value of a keyword (<c>minItems</c>, <c>maxLength</c>...), or null.</summary>
    public static int? Count(JsonElement schema, string keyword) =>
        Number(schema, keyword) is { } number && number >= 0 ? (int)Math.Min(number, int.MaxValue) : null;

    /// <summary>The value of a keyword when it is an array, or an empty list.</summary>
    public static IReadOnlyList<JsonElement> Array(JsonElement schema, string keyword) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToList()
            : [];

    /// <summary>The property names listed in <c>required</c>.</summary>
    public static HashSet<string> Required(JsonElement schema) =>
        Array(schema, "required").Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);

    /// <summary>The types <c>type</c> allows (one string or an array of them); empty when it is absent.</summary>
    public static IReadOnlyList<string> Types(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
            _ => [],
        };
    }

    /// <summary>Whether a schema is only <c>{"type":"null"}</c> or <c>{"const":null}</c>: the null branch of a nullable union.</summary>
    public static bool IsNullOnly(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && ((Types(schema) is [var only] && only == "null")
            || (schema.TryGetProperty("const", out var constant) && constant.ValueKind == JsonValueKind.Null));

    /// <summary>
    /// The schema with its <c>allOf</c> members (and theirs, and their <c>$ref</c>s) folded in: properties and
    /// <c>required</c> united, other keywords taken from the last member that has them.
    /// </summary>
    public static JsonElement FoldAllOf(JsonElement root, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("allOf", out var allOf) || allOf.ValueKind != JsonValueKind.Array)
        {
            return schema;
        }

        var merged = new JsonObject();
        var properties = new JsonObject();
        var required = new List<string>();
        Fold(root, schema, merged, properties, required, 0);
        if (properties.Count > 0)
        {
            merged["properties"] = properties;
        }

        if (required.Count > 0)
        {
            merged["required"] = new JsonArray(required.Distinct(StringComparer.Ordinal).Select(r => (JsonNode)JsonValue.Create(r)).ToArray());
        }

        using var document = JsonDocument.Parse(merged.ToJsonString());
        return document.RootElement.Clone();
    }

    private static void Fold(JsonElement root, JsonElement schema, JsonObject merged, JsonObject properties, List<string> required, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxAllOfDepth)
        {
            return;
        }

        if (String(schema, "$ref") is { } reference && Resolve(root, reference) is { } target)
        {
            Fold(root, target, merged, properties, required, depth + 1);
        }

        foreach (var member in Array(schema, "allOf"))
        {
            Fold(root, member, merged, properties, required, depth + 1);
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "allOf" or "$ref":
                    break;
                case "properties" when keyword.Value.ValueKind == JsonValueKind.Object:
                    foreach (var property in keyword.Value.EnumerateObject())
                    {
                        properties[property.Name] = JsonNode.Parse(property.Value.GetRawText());
                    }

                    break;
                case "required":
                    required.AddRange(Required(schema));
                    break;
                default:
                    merged[keyword.Name] = JsonNode.Parse(keyword.Value.GetRawText());
                    break;
            }
        }
    }
}
