using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing.Tests;

/// <summary>
/// Checks an emulator answer against OpenRouter's spec (the committed subset of <c>openapi.yaml</c>): every property
/// it sends is declared at that place, required ones are there, and types and enums match. <c>$ref</c> is followed,
/// <c>allOf</c> parts all apply, an <c>anyOf</c>/<c>oneOf</c> needs one branch that fits; an object schema without
/// properties is free-form.
/// </summary>
internal static class SpecShape
{
    private static readonly Lazy<JsonDocument> Spec = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Spec", "openapi-subset.json"))));

    /// <summary>The schema of an operation's answer, e.g. <c>("/embeddings", "post")</c>.</summary>
    public static JsonElement Response(string path, string method, string status = "200", string contentType = "application/json") =>
        Spec.Value.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty(contentType).GetProperty("schema");

    /// <summary>A component schema by name.</summary>
    public static JsonElement Component(string name) =>
        Spec.Value.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(name);

    /// <summary>Fails naming every place where <paramref name="value"/> departs from <paramref name="schema"/>.</summary>
    public static void AssertMatches(JsonElement value, JsonElement schema)
    {
        var problems = Check(value, [schema], "$");
        Assert.True(problems.Count == 0, "Not in the spec's shape:\n" + string.Join("\n", problems.Distinct().Take(20)));
    }

    private static List<string> Check(JsonElement value, IReadOnlyList<JsonElement> schemas, string path)
    {
        var parts = new List<(JsonElement Schema, bool Branched)>();
        foreach (var schema in schemas)
        {
            Expand(schema, parts);
        }

        var branching = parts.FindIndex(p => !p.Branched && (p.Schema.TryGetProperty("anyOf", out _) || p.Schema.TryGetProperty("oneOf", out _)));
        if (branching >= 0)
        {
            var part = parts[branching].Schema;
            var branches = (part.TryGetProperty("anyOf", out var any) ? any : part.GetProperty("oneOf")).EnumerateArray().ToList();
            parts[branching] = (part, true);
            List<string>? best = null;
            foreach (var branch in branches)
            {
                var tried = Check(value, [.. parts.Select(p => Marked(p)), branch], path);
                if (tried.Count == 0)
                {
                    return tried;
                }

                best = best is null || tried.Count < best.Count ? tried : best;
            }

            return best ?? [];
        }

        return CheckParts(value, parts.Select(p => p.Schema).ToList(), path);
    }

    /// <summary>A part whose branches were taken stands for its other keywords only.</summary>
    private static JsonElement Marked((JsonElement Schema, bool Branched) part) =>
        part.Branched ? Without(part.Schema, "anyOf", "oneOf") : part.Schema;

    private static void Expand(JsonElement schema, List<(JsonElement, bool)> parts)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Expand(Component(reference.GetString()!.Split('/')[^1]), parts);
            return;
        }

        parts.Add((Without(schema, "allOf"), false));
        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Expand(part, parts);
            }
        }
    }

    private static List<string> CheckParts(JsonElement value, List<JsonElement> parts, string path)
    {
        var problems = new List<string>();
        foreach (var part in parts)
        {
            if (part.TryGetProperty("type", out var type) && !TypeFits(value, type))
            {
                problems.Add($"{path}: {value.ValueKind} where the spec says {type.GetRawText()}");
            }

            if (part.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetRawText() == value.GetRawText()))
            {
                problems.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            problems.AddRange(CheckObject(value, parts, path));
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            var items = parts.Where(p => p.TryGetProperty("items", out _)).Select(p => p.GetProperty("items")).ToList();
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                problems.AddRange(Check(item, items, $"{path}[{i++}]"));
            }
        }

        return problems;
    }

    private static List<string> CheckObject(JsonElement value, List<JsonElement> parts, string path)
    {
        var problems = new List<string>();
        var declared = parts.Where(p => p.TryGetProperty("properties", out _)).SelectMany(p => p.GetProperty("properties").EnumerateObject()).ToList();
        var maps = parts.Where(p => p.TryGetProperty("additionalProperties", out var a) && a.ValueKind == JsonValueKind.Object).Select(p => p.GetProperty("additionalProperties")).ToList();
        var open = parts.Any(p => p.TryGetProperty("additionalProperties", out var a) && a.ValueKind == JsonValueKind.True);
        foreach (var required in parts.Where(p => p.TryGetProperty("required", out _)).SelectMany(p => p.GetProperty("required").EnumerateArray()))
        {
            if (!value.TryGetProperty(required.GetString()!, out _))
            {
                problems.Add($"{path}: misses the required \"{required.GetString()}\"");
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            var schemas = declared.Where(d => d.Name == property.Name).Select(d => d.Value).ToList();
            if (schemas.Count == 0 && maps.Count > 0)
            {
                schemas = maps;
            }

            if (schemas.Count == 0 && (declared.Count > 0 || maps.Count > 0) && !open)
            {
                problems.Add($"{path}.{property.Name}: not in the spec");
            }

            problems.AddRange(Check(property.Value, schemas, $"{path}.{property.Name}"));
        }

        return problems;
    }

    private static bool TypeFits(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => Fits(value, t.GetString()!)) : Fits(value, type.GetString()!);

    private static bool Fits(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static JsonElement Without(JsonElement schema, params string[] names)
    {
        var copy = new Dictionary<string, JsonElement>();
        foreach (var property in schema.EnumerateObject().Where(p => !names.Contains(p.Name)))
        {
            copy[property.Name] = property.Value;
        }

        return JsonSerializer.SerializeToElement(copy);
    }
}
