using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>
/// Finds a JSON schema written into a user or system message, as M.E.AI's <c>GetResponseAsync&lt;T&gt;</c> does with
/// <c>useJsonSchemaResponseFormat: false</c> ("Respond with a JSON value conforming to the following schema: ...").
/// </summary>
internal static class EmbeddedSchema
{
    private const int MaxCandidates = 32;

    private static readonly string[] TypeNames = ["object", "array", "string", "integer", "number", "boolean", "null"];

    /// <summary>The schema in the latest user or system message that holds one, and that message's text; or null.</summary>
    public static (JsonElement Schema, string Message)? Find(JsonElement request)
    {
        if (!request.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var message in messages.EnumerateArray().Reverse())
        {
            if (message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("role", out var role) && (role.ValueEquals("user") || role.ValueEquals("system"))
                && DefaultAnswers.Content(message) is { } text
                && InText(text) is { } schema)
            {
                return (schema, text);
            }
        }

        return null;
    }

    /// <summary>The first JSON object in <paramref name="text"/> that looks like a schema.</summary>
    private static JsonElement? InText(string text)
    {
        var start = text.IndexOf('{', StringComparison.Ordinal);
        for (var tried = 0; start >= 0 && tried < MaxCandidates; tried++)
        {
            if (TryReadObject(text[start..]) is { } candidate && LooksLikeSchema(candidate))
            {
                return candidate;
            }

            start = text.IndexOf('{', start + 1);
        }

        return null;
    }

    private static JsonElement? TryReadObject(string text)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool LooksLikeSchema(JsonElement candidate) =>
        candidate.TryGetProperty("$schema", out _)
        || (candidate.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        || (SchemaKeywords.Types(candidate) is { Count: > 0 } types && types.All(TypeNames.Contains));
}
