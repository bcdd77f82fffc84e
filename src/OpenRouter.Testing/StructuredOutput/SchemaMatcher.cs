using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRouter.Testing;

/// <summary>
/// A small structural check of a value against a schema (types, <c>const</c>, <c>enum</c>, properties, items and
/// unions): enough to keep a generated <c>oneOf</c> value from matching a second branch.
/// </summary>
/// <remarks>It errs towards "matches" on keywords it does not check, which only makes the generator try another branch.</remarks>
internal sealed class SchemaMatcher(JsonElement root)
{
    private const int MaxDepth = 32;

    /// <summary>Whether <paramref name="value"/> is an instance of <paramref name="schema"/> as far as this check goes.</summary>
    public bool Matches(JsonElement schema, JsonNode? value) => Matches(schema, value, 0);

    private bool Matches(JsonElement schema, JsonNode? value, int depth)
    {
        if (schema.ValueKind == JsonValueKind.False)
        {
            return false;
        }

        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return true;
        }

        if (SchemaKeywords.String(schema, "$ref") is { } reference && SchemaKeywords.Resolve(root, reference) is { } target
            && !Matches(target, value, depth + 1))
        {
            return false;
        }

        return MatchesType(schema, value)
            && MatchesValues(schema, value)
            && MatchesObject(schema, value as JsonObject, depth)
            && MatchesArray(schema, value as JsonArray, depth)
            && SchemaKeywords.Array(schema, "allOf").All(s => Matches(s, value, depth + 1))
            && (!schema.TryGetProperty("anyOf", out _) || SchemaKeywords.Array(schema, "anyOf").Any(s => Matches(s, value, depth + 1)))
            && (!schema.TryGetProperty("oneOf", out _) || SchemaKeywords.Array(schema, "oneOf").Count(s => Matches(s, value, depth + 1)) == 1);
    }

    /// <summary>Whether the value is of a type the schema's <c>type</c> allows (any, when it has none).</summary>
    public static bool MatchesType(JsonElement schema, JsonNode? value)
    {
        var types = SchemaKeywords.Types(schema);
        return types.Count == 0 || types.Any(type => type switch
        {
            "null" => value is null,
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value?.GetValueKind() == JsonValueKind.String,
            "boolean" => value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "number" => value?.GetValueKind() == JsonValueKind.Number,
            "integer" => value?.GetValueKind() == JsonValueKind.Number && IsWhole(value),
            _ => true,
        });
    }

    private static bool IsWhole(JsonNode number) =>
        decimal.TryParse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d % 1 == 0;

    private static bool MatchesValues(JsonElement schema, JsonNode? value)
    {
        if (schema.TryGetProperty("const", out var constant) && !JsonNode.DeepEquals(JsonNode.Parse(constant.GetRawText()), value))
        {
            return false;
        }

        return !schema.TryGetProperty("enum", out var values) || values.ValueKind != JsonValueKind.Array
            || values.EnumerateArray().Any(v => JsonNode.DeepEquals(JsonNode.Parse(v.GetRawText()), value));
    }

    private bool MatchesObject(JsonElement schema, JsonObject? value, int depth)
    {
        if (value is null)
        {
            return true;
        }

        var declared = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object ? properties : default;
        if (SchemaKeywords.Required(schema).Any(name => !value.ContainsKey(name)))
        {
            return false;
        }

        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var (name, propertyValue) in value)
        {
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(name, out var propertySchema))
            {
                if (!Matches(propertySchema, propertyValue, depth + 1))
                {
                    return false;
                }
            }
            else if (closed)
            {
                return false;
            }
        }

        return true;
    }

    private bool MatchesArray(JsonElement schema, JsonArray? value, int depth)
    {
        if (value is null)
        {
            return true;
        }

        if (value.Count < (SchemaKeywords.Count(schema, "minItems") ?? 0) || value.Count > (SchemaKeywords.Count(schema, "maxItems") ?? int.MaxValue))
        {
            return false;
        }

        return !schema.TryGetProperty("items", out var items) || items.ValueKind is not (JsonValueKind.Object or JsonValueKind.False)
            || value.All(item => Matches(items, item, depth + 1));
    }
}
