using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Tests.Contract;

/// <summary>
/// Checks that every property name of a JSON value exists in an OpenAPI schema at the same position. <c>$ref</c> is
/// resolved; <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c> count as the union of their variants; arrays use <c>items</c>;
/// <c>additionalProperties</c> with a schema is a map (any key, value checked against it). An object schema without
/// named properties and not closed by <c>additionalProperties: false</c> is free-form (user JSON such as a tool's
/// parameter schema), so nothing below it is checked. Paths are written like <c>$.messages[].content[].text</c>.
/// </summary>
internal sealed class SchemaWalker
{
    private readonly HashSet<string> _allowList;

    private SchemaWalker(IEnumerable<string> allowList) => _allowList = new HashSet<string>(allowList, StringComparer.Ordinal);

    /// <summary>Paths we emit that the schema does not have (and that are not allow-listed).</summary>
    public SortedSet<string> Unknown { get; } = new(StringComparer.Ordinal);

    /// <summary>Allow-listed paths that we emitted and that the schema indeed lacks.</summary>
    public SortedSet<string> AllowListedEmitted { get; } = new(StringComparer.Ordinal);

    /// <summary>Allow-listed paths that the schema now has (the allow-list entry is obsolete).</summary>
    public SortedSet<string> AllowListedButInSpec { get; } = new(StringComparer.Ordinal);

    /// <summary>Every property path of a JSON value, in the walker's path syntax.</summary>
    public static SortedSet<string> PropertyPaths(JsonElement value)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        CollectPaths(value, "$", paths);
        return paths;
    }

    public static SchemaWalker Walk(JsonElement value, JsonElement schema, IEnumerable<string> allowList)
    {
        var walker = new SchemaWalker(allowList);
        walker.Visit(value, new[] { schema }, "$");
        return walker;
    }

    /// <summary>The concrete schemas a schema stands for: itself and, recursively, its <c>$ref</c> target and combinator variants.</summary>
    public static List<JsonElement> Flatten(JsonElement schema)
    {
        var result = new List<JsonElement>();
        Flatten(schema, result, new HashSet<string>(StringComparer.Ordinal));
        return result;
    }

    /// <summary>The union of the named properties of a schema (after flattening).</summary>
    public static SortedSet<string> PropertyNames(JsonElement schema)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in Flatten(schema))
        {
            if (part.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    names.Add(property.Name);
                }
            }
        }

        return names;
    }

    private static void Flatten(JsonElement schema, List<JsonElement> result, HashSet<string> seenRefs)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            if (seenRefs.Add(target))
            {
                Flatten(OpenApiSpec.ResolveRef(target), result, seenRefs);
                seenRefs.Remove(target);
            }

            return;
        }

        result.Add(schema);
        foreach (var combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(combinator, out var variants) && variants.ValueKind == JsonValueKind.Array)
            {
                foreach (var variant in variants.EnumerateArray())
                {
                    Flatten(variant, result, seenRefs);
                }
            }
        }
    }

    private static void CollectPaths(JsonElement value, string path, SortedSet<string> paths)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                paths.Add(path + "." + property.Name);
                CollectPaths(property.Value, path + "." + property.Name, paths);
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                CollectPaths(item, path + "[]", paths);
            }
        }
    }

    private void Visit(JsonElement value, IReadOnlyList<JsonElement> schemas, string path)
    {
        var parts = schemas.SelectMany(Flatten).ToList();
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                VisitObject(value, parts, path);
                break;
            case JsonValueKind.Array:
                var items = parts
                    .Where(part => part.TryGetProperty("items", out _))
                    .Select(part => part.GetProperty("items"))
                    .ToList();
                foreach (var item in value.EnumerateArray())
                {
                    Visit(item, items, path + "[]");
                }

                break;
        }
    }

    private void VisitObject(JsonElement value, List<JsonElement> parts, string path)
    {
        var properties = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        var mapValues = new List<JsonElement>();
        var anyKey = false;
        var closed = false;
        var objectTyped = parts.Count == 0;
        foreach (var part in parts)
        {
            if (part.TryGetProperty("properties", out var named) && named.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in named.EnumerateObject())
                {
                    if (!properties.TryGetValue(property.Name, out var list))
                    {
                        properties[property.Name] = list = new List<JsonElement>();
                    }

                    list.Add(property.Value);
                }
            }

            if (part.TryGetProperty("additionalProperties", out var additional))
            {
                switch (additional.ValueKind)
                {
                    case JsonValueKind.False:
                        closed = true;
                        break;
                    case JsonValueKind.True:
                        anyKey = true;
                        break;
                    case JsonValueKind.Object:
                        mapValues.Add(additional);
                        break;
                }
            }

            objectTyped |= !part.TryGetProperty("type", out var type)
                || (type.ValueKind == JsonValueKind.String && type.GetString() == "object")
                || (type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.GetString() == "object"));
        }

        var freeForm = properties.Count == 0 && mapValues.Count == 0 && !closed && objectTyped;
        foreach (var property in value.EnumerateObject())
        {
            var childPath = path + "." + property.Name;
            var allowListed = _allowList.Contains(childPath);
            if (properties.TryGetValue(property.Name, out var propertySchemas))
            {
                if (allowListed)
                {
                    AllowListedButInSpec.Add(childPath);
                }

                Visit(property.Value, propertySchemas, childPath);
            }
            else if (allowListed)
            {
                AllowListedEmitted.Add(childPath);
            }
            else if (mapValues.Count > 0)
            {
                Visit(property.Value, mapValues, childPath);
            }
            else if (!anyKey && !freeForm)
            {
                Unknown.Add(childPath);
            }
        }
    }
}
