using System;
using System.IO;
using System.Text.Json;

namespace OpenRouter.Tests.Contract;

/// <summary>
/// OpenRouter's OpenAPI spec as the contract tests need it: the committed subset (<c>openapi-subset.json</c>, derived
/// from <c>shared/openrouter/openapi.yaml</c> by <c>scripts/update-openapi-subset.sh</c>: structure, names, types,
/// enums and wire examples, no prose), loaded once per test run.
/// </summary>
internal static class OpenApiSpec
{
    private const string SubsetFile = "openapi-subset.json";

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

    /// <summary>Where the committed subset is read from: beside the test binaries (copied there by the build).</summary>
    public static string Locate()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Contract", SubsetFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The contract tests' copy of OpenRouter's spec is missing at {path}. It is committed as tests/OpenRouter.Tests/Contract/{SubsetFile}; run scripts/update-openapi-subset.sh to make it again from ../shared/openrouter/openapi.yaml.");
        }

        return path;
    }

    private static JsonDocument Load() => JsonDocument.Parse(File.ReadAllBytes(Locate()));
}
