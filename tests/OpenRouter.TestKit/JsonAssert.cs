using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace OpenRouter.TestKit;

/// <summary>JSON comparisons whose failure shows both sides.</summary>
public static class JsonAssert
{
    /// <summary>Fails unless <paramref name="actual"/> is the same JSON as <paramref name="expectedJson"/> (property order aside).</summary>
    public static void DeepEqual(string expectedJson, JsonNode? actual) => DeepEqual(JsonNode.Parse(expectedJson), actual, "JSON differs.");

    /// <summary>Fails with <paramref name="message"/> unless the two trees are the same JSON (property order aside).</summary>
    public static void DeepEqual(JsonNode? expected, JsonNode? actual, string message) =>
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"{message}{Environment.NewLine}Expected: {expected?.ToJsonString()}{Environment.NewLine}Actual:   {actual?.ToJsonString()}");

    /// <summary>
    /// <paramref name="value"/> as JSON text: raw for JSON elements and nodes, otherwise serialized with
    /// <see cref="AIJsonUtilities.DefaultOptions"/>.
    /// </summary>
    public static string Canonical(object? value) =>
        value switch
        {
            null => "null",
            JsonElement e => e.GetRawText(),
            JsonNode n => n.ToJsonString(),
            _ => JsonSerializer.Serialize(value, AIJsonUtilities.DefaultOptions.GetTypeInfo(value.GetType())),
        };
}
