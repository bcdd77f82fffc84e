using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace OpenRouter.Tools.OpenApiSubset;

/// <summary>The derivation: YAML to JSON (YAML 1.2 core scalars), then prose removed, written indented with LF.</summary>
internal static class SpecSubset
{
    // The routes this project calls (or must know are absent, such as /completions); other routes are left out.
    private static readonly string[] Paths =
    [
        "/chat/completions", "/completions", "/models", "/models/{author}/{slug}/endpoints", "/models/count", "/key",
        "/credits", "/generation", "/providers", "/endpoints/zdr", "/embeddings", "/embeddings/models", "/images",
        "/images/models", "/audio/speech", "/audio/transcriptions", "/rerank",
    ];

    // Keys whose object value is a map from names the spec chose (paths, status codes, property names...) to objects.
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal)
    {
        "paths", "schemas", "properties", "patternProperties", "$defs", "definitions", "responses", "content", "headers",
        "encoding", "callbacks", "links", "requestBodies", "dependentSchemas",
    };

    // Keys whose value is data, copied as it is.
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal)
    {
        "example", "enum", "const", "default", "required", "mapping",
    };

    // Prose and metadata the tests never read.
    private static readonly HashSet<string> Prose = new(StringComparer.Ordinal)
    {
        "description", "summary", "title", "externalDocs", "tags", "operationId", "security", "servers", "info",
        "$comment", "contact", "license", "termsOfService",
    };

    public static byte[] Derive(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var spec = JsonNode.Parse(YamlJson.ToJson(stream.Documents[0].RootNode))!.AsObject();

        var paths = new JsonObject();
        foreach (var path in Paths)
        {
            if (spec["paths"]?[path] is { } operations)
            {
                paths[path] = Strip(operations, inNameMap: false);
            }
        }

        var subset = new JsonObject { ["openapi"] = spec["openapi"]?.DeepClone(), ["paths"] = paths };
        subset["components"] = ReachableComponents(spec, subset);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            subset.WriteTo(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    // Every component the kept paths refer to, directly or through other components, stripped the same way.
    private static JsonObject ReachableComponents(JsonObject spec, JsonObject subset)
    {
        var components = new JsonObject();
        var pending = new Queue<string>(References(subset));
        var seen = new HashSet<string>(pending, StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var reference = pending.Dequeue();
            var parts = reference.Split('/');
            if (parts is not ["#", "components", var kind, var name] || spec["components"]?[kind]?[name] is not { } target)
            {
                throw new InvalidOperationException($"The spec refers to {reference}, which this tool cannot resolve.");
            }

            var stripped = Strip(target, inNameMap: false)!;
            if (components[kind] is not JsonObject group)
            {
                components[kind] = group = new JsonObject();
            }

            group[name] = stripped;
            foreach (var next in References(stripped).Where(seen.Add))
            {
                pending.Enqueue(next);
            }
        }

        // Sorted, so the file does not change when only the order of discovery does.
        var sorted = new JsonObject();
        foreach (var (kind, group) in components.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            var names = new JsonObject();
            foreach (var (name, schema) in group!.AsObject().OrderBy(entry => entry.Key, StringComparer.Ordinal))
            {
                names[name] = schema!.DeepClone();
            }

            sorted[kind] = names;
        }

        return sorted;
    }

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject value => value.SelectMany(entry =>
            entry.Key == "$ref" && entry.Value is JsonValue text && text.TryGetValue(out string? reference)
                ? [reference]
                : entry.Value is null ? [] : References(entry.Value)),
        JsonArray array => array.Where(item => item is not null).SelectMany(item => References(item!)),
        _ => [],
    };

    private static JsonNode? Strip(JsonNode? node, bool inNameMap) => node switch
    {
        JsonObject map when inNameMap => StripMap(map),
        JsonObject value => StripObject(value),
        JsonArray array => new JsonArray(array.Select(item => Strip(item, inNameMap: false)).ToArray()),
        _ => node?.DeepClone(),
    };

    private static JsonObject StripMap(JsonObject map)
    {
        var result = new JsonObject();
        foreach (var (name, value) in map)
        {
            result[name] = Strip(value, inNameMap: false);
        }

        return result;
    }

    private static JsonObject StripObject(JsonObject value)
    {
        var result = new JsonObject();
        foreach (var (key, child) in value)
        {
            if (Prose.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            result[key] = key switch
            {
                _ when Verbatim.Contains(key) => child?.DeepClone(),
                "examples" when child is JsonObject named => ExampleValues(named),
                "examples" => child?.DeepClone(),
                "parameters" when child is JsonObject map => StripMap(map),
                _ => Strip(child, inNameMap: NameMaps.Contains(key)),
            };
        }

        return result;
    }

    // Media-type examples: name -> { summary, description, value }; only the value (or a $ref) is data.
    private static JsonObject ExampleValues(JsonObject named)
    {
        var result = new JsonObject();
        foreach (var (name, example) in named)
        {
            if (example is JsonObject entry)
            {
                var kept = new JsonObject();
                foreach (var key in new[] { "value", "$ref" })
                {
                    if (entry[key] is { } data)
                    {
                        kept[key] = data.DeepClone();
                    }
                }

                result[name] = kept;
            }
        }

        return result;
    }
}
