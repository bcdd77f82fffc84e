using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRouter.Testing;

/// <summary>Objects and arrays.</summary>
internal sealed partial class SchemaInstanceGenerator
{
    private const int PreferredItems = 2;

    /// <summary>
    /// Every declared property in order (required ones only in a minimal slot); required names that are not declared
    /// and, for a map (<c>additionalProperties</c> with a schema), one entry besides.
    /// </summary>
    private bool TryObject(JsonElement schema, SampleSlot slot, out JsonNode? value)
    {
        value = null;
        var result = new JsonObject();
        var required = SchemaKeywords.Required(schema);
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                var isRequired = required.Contains(property.Name);
                if (slot.Minimal && !isRequired)
                {
                    continue;
                }

                if (TryValue(property.Value, slot.Property(property.Name), out var propertyValue))
                {
                    result[property.Name] = propertyValue;
                }
                else if (isRequired)
                {
                    return false;
                }
            }
        }

        if (!TryExtraProperties(schema, slot, required, result))
        {
            return false;
        }

        value = result;
        return true;
    }

    /// <summary>Fills required names without a declaration, a map's sample entry and <c>minProperties</c> from <c>additionalProperties</c>.</summary>
    private bool TryExtraProperties(JsonElement schema, SampleSlot slot, HashSet<string> required, JsonObject result)
    {
        var extra = schema.TryGetProperty("additionalProperties", out var additional) ? additional : default;
        var closed = extra.ValueKind == JsonValueKind.False;
        var names = required.Where(r => !result.ContainsKey(r)).OrderBy(r => r, StringComparer.Ordinal).ToList();
        var wanted = Math.Max(SchemaKeywords.Count(schema, "minProperties") ?? 0, extra.ValueKind == JsonValueKind.Object && !slot.Minimal ? 1 : 0);
        for (var i = 1; result.Count + names.Count < wanted; i++)
        {
            if (PlausibleValues.Key(slot, i) is var key && !result.ContainsKey(key) && !names.Contains(key))
            {
                names.Add(key);
            }
        }

        foreach (var name in names)
        {
            if (closed || !TryValue(extra, slot.Property(name), out var extraValue))
            {
                return false;
            }

            result[name] = extraValue;
        }

        return true;
    }

    /// <summary>
    /// Two items (within <c>minItems</c>..<c>maxItems</c>; the minimum in a minimal slot), after the <c>prefixItems</c>
    /// tuple if any; duplicates dropped under <c>uniqueItems</c>.
    /// </summary>
    private bool TryArray(JsonElement schema, SampleSlot slot, out JsonNode? value)
    {
        value = null;
        var (prefix, items) = ItemSchemas(schema);
        var min = SchemaKeywords.Count(schema, "minItems") ?? 0;
        var max = SchemaKeywords.Count(schema, "maxItems") ?? int.MaxValue;
        if (min > max)
        {
            return false;
        }

        var count = slot.Minimal ? min : Math.Clamp(Math.Max(PreferredItems, prefix.Count), min, max);
        if (items.ValueKind == JsonValueKind.False)
        {
            count = Math.Min(count, prefix.Count);
        }

        var unique = schema.TryGetProperty("uniqueItems", out var u) && u.ValueKind == JsonValueKind.True;
        var result = new List<JsonNode?>();
        for (var index = 0; index < count; index++)
        {
            var itemSchema = index < prefix.Count ? prefix[index] : items;
            if (!TryValue(itemSchema, slot.Item(index), out var item))
            {
                if (index < min)
                {
                    return false;
                }

                break;
            }

            if (!unique || !result.Any(r => JsonNode.DeepEquals(r, item)))
            {
                result.Add(item);
            }
        }

        value = new JsonArray(result.ToArray());
        return result.Count >= min;
    }

    /// <summary>The tuple's item schemas (<c>prefixItems</c>, or draft 4-7 array-form <c>items</c>) and the schema of the items after them.</summary>
    private static (IReadOnlyList<JsonElement> Prefix, JsonElement Others) ItemSchemas(JsonElement schema)
    {
        var items = schema.TryGetProperty("items", out var i) ? i : default;
        if (items.ValueKind == JsonValueKind.Array)
        {
            return (items.EnumerateArray().ToList(), schema.TryGetProperty("additionalItems", out var a) ? a : default);
        }

        return (SchemaKeywords.Array(schema, "prefixItems"), items);
    }
}
