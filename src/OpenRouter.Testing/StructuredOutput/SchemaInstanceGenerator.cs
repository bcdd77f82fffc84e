using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRouter.Testing;

/// <summary>
/// Builds a JSON instance that validates against a JSON schema, with plausible values taken from property names and
/// the prompt; the same schema and context always give the same instance.
/// </summary>
/// <remarks>
/// Covers <c>type</c> (also arrays of types), <c>const</c>, <c>enum</c>, <c>properties</c>, <c>required</c>,
/// <c>additionalProperties</c>, <c>items</c>, <c>prefixItems</c>, item and length counts, <c>uniqueItems</c>,
/// numeric bounds and <c>multipleOf</c>, string <c>format</c>s and simple <c>pattern</c>s, <c>$ref</c> within the
/// schema, <c>allOf</c>, and <c>anyOf</c>/<c>oneOf</c> (the first branch that can be satisfied, non-null ones first).
/// </remarks>
internal sealed partial class SchemaInstanceGenerator
{
    private const int MaxDepth = 32;

    private readonly JsonElement _root;
    private readonly SampleContext _context;

    private SchemaInstanceGenerator(JsonElement root, SampleContext context)
    {
        _root = root;
        _context = context;
    }

    /// <summary>An instance of <paramref name="schema"/> as JSON text; <c>{}</c> when the schema cannot be satisfied.</summary>
    public static string Generate(JsonElement schema, SampleContext context)
    {
        var generator = new SchemaInstanceGenerator(schema, context);
        return generator.TryValue(schema, SampleSlot.Root, out var value)
            ? JsonText.Write(w => Write(w, value))
            : "{}";
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    private bool TryValue(JsonElement schema, SampleSlot slot, out JsonNode? value)
    {
        value = null;
        if (schema.ValueKind == JsonValueKind.False || slot.Depth > MaxDepth)
        {
            return false;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            value = JsonValue.Create(PlausibleValues.Text(slot, _context));
            return true;
        }

        if (SchemaKeywords.String(schema, "$ref") is { } reference)
        {
            return SchemaKeywords.Resolve(_root, reference) is { } target && TryValue(target, slot.Through(reference), out value);
        }

        schema = SchemaKeywords.FoldAllOf(_root, schema);
        if (schema.TryGetProperty("const", out var constant))
        {
            value = JsonNode.Parse(constant.GetRawText());
            return true;
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            var allowed = values.EnumerateArray().Select(v => JsonNode.Parse(v.GetRawText())).Where(v => SchemaMatcher.MatchesType(schema, v)).ToList();
            return TryPick(allowed, slot, out value);
        }

        if (schema.TryGetProperty("anyOf", out _) || schema.TryGetProperty("oneOf", out _))
        {
            return TryBranch(schema, slot, out value);
        }

        return TryTyped(schema, PickType(schema, slot), slot, out value);
    }

    private bool TryTyped(JsonElement schema, string type, SampleSlot slot, out JsonNode? value)
    {
        value = null;
        switch (type)
        {
            case "object":
                return TryObject(schema, slot, out value);
            case "array":
                return TryArray(schema, slot, out value);
            case "integer" or "number":
                return TryNumber(schema, slot, type == "integer", out value);
            case "boolean":
                value = JsonValue.Create(PlausibleValues.Boolean(slot));
                return true;
            case "null":
                return true;
            default:
                return TryString(schema, slot, out value);
        }
    }

    /// <summary>An enum value: null in a minimal slot when listed, else a non-null one chosen by the slot's index.</summary>
    private static bool TryPick(List<JsonNode?> values, SampleSlot slot, out JsonNode? value)
    {
        value = null;
        var nonNull = values.Where(v => v is not null).ToList();
        if (nonNull.Count == 0 || (slot.Minimal && nonNull.Count < values.Count))
        {
            return values.Count > 0;
        }

        value = nonNull[slot.Index % nonNull.Count];
        return true;
    }

    /// <summary>
    /// The type to generate: the only one, or from an array the richest non-null one (null in a minimal slot when
    /// allowed); without <c>type</c>, inferred from the keywords present.
    /// </summary>
    private static string PickType(JsonElement schema, SampleSlot slot)
    {
        var types = SchemaKeywords.Types(schema);
        if (types.Count > 0)
        {
            if (types.Contains("null") && (slot.Minimal || types.Count == 1))
            {
                return "null";
            }

            string[] preference = ["object", "array", "integer", "number", "boolean", "string"];
            return preference.FirstOrDefault(types.Contains) ?? "string";
        }

        static bool Has(JsonElement s, params string[] keywords) => keywords.Any(k => s.TryGetProperty(k, out _));
        return Has(schema, "properties", "additionalProperties", "required", "minProperties") ? "object"
            : Has(schema, "items", "prefixItems", "minItems", "maxItems") ? "array"
            : Has(schema, "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf") ? "number"
            : "string";
    }

    /// <summary>
    /// The first <c>anyOf</c>/<c>oneOf</c> branch that can be satisfied (non-null branches first, except in a minimal
    /// slot); for <c>oneOf</c>, preferably one whose value matches no other branch. Keywords beside the union apply to
    /// every branch.
    /// </summary>
    private bool TryBranch(JsonElement schema, SampleSlot slot, out JsonNode? value)
    {
        var exclusive = !schema.TryGetProperty("anyOf", out var union);
        if (exclusive)
        {
            union = schema.GetProperty("oneOf");
        }

        var branches = union.ValueKind == JsonValueKind.Array ? union.EnumerateArray().ToList() : [];
        var order = Enumerable.Range(0, branches.Count)
            .OrderBy(i => ResolveShallow(branches[i]) is { } r && SchemaKeywords.IsNullOnly(r) != slot.Minimal ? 1 : 0);
        var matcher = new SchemaMatcher(_root);
        var satisfied = false;
        value = null;
        foreach (var i in order)
        {
            if (!TryValue(WithBranch(schema, branches[i]), slot, out var candidate))
            {
                continue;
            }

            if (!exclusive || !Enumerable.Range(0, branches.Count).Any(j => j != i && matcher.Matches(branches[j], candidate)))
            {
                value = candidate;
                return true;
            }

            // The matcher checks less than a validator: keep the first candidate in case no branch looks exclusive.
            if (!satisfied)
            {
                (value, satisfied) = (candidate, true);
            }
        }

        return satisfied;
    }

    private JsonElement? ResolveShallow(JsonElement schema) =>
        SchemaKeywords.String(schema, "$ref") is { } reference ? SchemaKeywords.Resolve(_root, reference) : schema;

    /// <summary>The branch alone when nothing else constrains the union; otherwise the union's other keywords and the branch, as <c>allOf</c>.</summary>
    private static JsonElement WithBranch(JsonElement schema, JsonElement branch)
    {
        string[] ignored = ["anyOf", "oneOf", "description", "title", "$comment", "default", "examples"];
        if (schema.EnumerateObject().All(p => ignored.Contains(p.Name)))
        {
            return branch;
        }

        var rest = new JsonObject();
        foreach (var keyword in schema.EnumerateObject().Where(p => p.Name is not ("anyOf" or "oneOf")))
        {
            rest[keyword.Name] = JsonNode.Parse(keyword.Value.GetRawText());
        }

        var combined = new JsonObject { ["allOf"] = new JsonArray(rest, JsonNode.Parse(branch.GetRawText())) };
        using var document = JsonDocument.Parse(combined.ToJsonString());
        return document.RootElement.Clone();
    }
}
