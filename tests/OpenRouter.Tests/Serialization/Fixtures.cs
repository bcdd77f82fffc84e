using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.Serialization;

internal static class Fixtures
{
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", relativePath));

    public static T Parse<T>(string relativePath, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(Read(relativePath), typeInfo)!;

    /// <summary>The JSON payloads of the <c>data:</c> lines of an SSE fixture, without comments and <c>[DONE]</c>.</summary>
    public static IReadOnlyList<string> SseData(string relativePath) =>
        Read(relativePath).Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith("data:", StringComparison.Ordinal))
            .Select(line => line.Substring(5).TrimStart())
            .Where(data => data != "[DONE]")
            .ToList();

    public static void AssertJsonEqual(string expectedJson, string actualJson) => JsonAssert.DeepEqual(expectedJson, JsonNode.Parse(actualJson));

    public static void AssertMatchesFixture<T>(string relativePath, T value, JsonTypeInfo<T> typeInfo) =>
        AssertJsonEqual(Read(relativePath), JsonSerializer.Serialize(value, typeInfo));

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static OpenRouterJsonContext Context => OpenRouterJsonContext.Default;
}
