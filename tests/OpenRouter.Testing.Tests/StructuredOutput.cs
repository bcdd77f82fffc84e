using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Json.Schema;

namespace OpenRouter.Testing.Tests;

/// <summary>Requests with <c>response_format</c>, the content of their answers, and validation with a real JSON Schema validator.</summary>
internal static class StructuredOutput
{
    public const string Model = "openai/gpt-4o-mini";

    /// <summary>A chat request body asking for <paramref name="format"/> (a <c>response_format</c> object).</summary>
    public static string ChatBody(JsonNode format, string prompt, bool stream = false, string model = Model, JsonArray? messages = null, JsonArray? tools = null)
    {
        var body = new JsonObject
        {
            ["model"] = model,
            ["messages"] = messages ?? new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt }),
            ["stream"] = stream,
            ["response_format"] = format,
        };
        if (tools is not null)
        {
            body["tools"] = tools;
        }

        return body.ToJsonString();
    }

    public static JsonObject SchemaFormat(string schemaJson, string name = "answer", bool strict = true) => new()
    {
        ["type"] = "json_schema",
        ["json_schema"] = new JsonObject { ["name"] = name, ["strict"] = strict, ["schema"] = JsonNode.Parse(schemaJson) },
    };

    public static JsonObject JsonObjectFormat() => new() { ["type"] = "json_object" };

    /// <summary>Posts a chat request and gives the parsed response (non-streamed) or the chunks (streamed) plus the content.</summary>
    public static async Task<(string Content, JsonElement Last)> ChatAsync(EmulatorRig h, string body, bool stream)
    {
        using var response = await h.PostAsync("chat/completions", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        if (!stream)
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement.Clone();
            return (root.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!, root);
        }

        var sse = SseCapture.Parse(text);
        Assert.True(sse.EndedWithDone);
        var content = new StringBuilder();
        foreach (var chunk in sse.Json.Where(c => c.GetProperty("choices").GetArrayLength() > 0))
        {
            if (chunk.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var piece) && piece.ValueKind == JsonValueKind.String)
            {
                content.Append(piece.GetString());
            }
        }

        return (content.ToString(), sse.Json[^1]);
    }

    /// <summary>Asserts that <paramref name="instanceJson"/> validates against <paramref name="schemaJson"/> (formats asserted too), naming every failure.</summary>
    public static void AssertValid(string schemaJson, string instanceJson)
    {
        var schema = JsonSchema.FromText(schemaJson);
        using var instance = JsonDocument.Parse(instanceJson);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var failures = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
        Assert.True(result.IsValid, $"The instance does not validate.\nSchema: {schemaJson}\nInstance: {instanceJson}\n{string.Join("\n", failures)}");
    }
}
