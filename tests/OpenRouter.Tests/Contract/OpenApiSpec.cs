using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace OpenRouter.Tests.Contract;

/// <summary>
/// OpenRouter's OpenAPI spec (<c>shared/openrouter/openapi.yaml</c> beside the repository), loaded once per test run and
/// converted to JSON so schemas and examples can be read with <see cref="JsonElement"/>.
/// </summary>
internal static class OpenApiSpec
{
    private const string SolutionFile = "Connectors.sln";

    private static readonly Lazy<JsonDocument> Document = new(Load);

    /// <summary>The whole spec as JSON. Throws (so the calling test fails) when the file cannot be found.</summary>
    public static JsonElement Root => Document.Value.RootElement;

    /// <summary>A component schema by name (<c>components/schemas/{name}</c>).</summary>
    public static JsonElement Schema(string name)
    {
        Assert.True(
            Root.GetProperty("components").GetProperty("schemas").TryGetProperty(name, out var schema),
            $"The spec has no components/schemas/{name}.");
        return schema;
    }

    /// <summary>An operation by path and method, e.g. <c>("/chat/completions", "post")</c>.</summary>
    public static JsonElement Operation(string path, string method)
    {
        Assert.True(Root.GetProperty("paths").TryGetProperty(path, out var item), $"The spec has no path {path}.");
        Assert.True(item.TryGetProperty(method, out var operation), $"The spec has no {method.ToUpperInvariant()} {path}.");
        return operation;
    }

    /// <summary>Resolves a local <c>$ref</c> such as <c>#/components/schemas/ChatResult</c>.</summary>
    public static JsonElement ResolveRef(string reference)
    {
        Assert.StartsWith("#/", reference, StringComparison.Ordinal);
        var current = Root;
        foreach (var raw in reference.Substring(2).Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            Assert.True(current.TryGetProperty(segment, out current), $"Cannot resolve $ref {reference}.");
        }

        return current;
    }

    /// <summary>Follows <c>$ref</c> chains until a schema without one.</summary>
    public static JsonElement Deref(JsonElement schema)
    {
        for (var guard = 0; guard < 32 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); guard++)
        {
            schema = ResolveRef(reference.GetString()!);
        }

        return schema;
    }

    /// <summary>Where the spec is looked for: every folder holding Connectors.sln above the test binaries, then <c>../shared/openrouter/openapi.yaml</c>.</summary>
    public static string Locate()
    {
        var looked = new List<string>();
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                continue;
            }

            var candidate = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "openrouter", "openapi.yaml"));
            if (File.Exists(candidate))
            {
                return candidate;
            }

            looked.Add(candidate);
        }

        var where = looked.Count == 0
            ? $"no folder above {AppContext.BaseDirectory} contains {SolutionFile}, so the spec location (<repo>/../shared/openrouter/openapi.yaml) is unknown"
            : "looked at: " + string.Join(", ", looked);
        throw new FileNotFoundException(
            $"OpenRouter's OpenAPI spec was not found ({where}). The contract tests need it: clone the repository next to the 'shared' folder.");
    }

    private static JsonDocument Load()
    {
        var path = Locate();
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return JsonDocument.Parse(YamlJson.ToJson(stream.Documents[0].RootNode));
    }
}
