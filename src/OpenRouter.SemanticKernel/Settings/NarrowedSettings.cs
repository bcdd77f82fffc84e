using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenRouter.Serialization;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// The settings Semantic Kernel's <c>ToChatOptions</c> would read into <c>ChatOptions</c> and narrow on the way, moved
/// into <c>extra_body</c> (which the request mapping merges into the body as it is), so that chat sends what text
/// generation sends for the same setting.
/// </summary>
/// <remarks>
/// <c>reasoning_effort</c>: <c>ToChatOptions</c> keeps only the efforts M.E.AI's <c>ReasoningEffort</c> names and drops
/// <c>none</c>, <c>minimal</c> and <c>max</c> without a word. <c>response_format</c> in OpenRouter's own shape
/// (<c>{"type":"json_schema","json_schema":{...}}</c>): <c>ToChatOptions</c> takes any object for a bare JSON schema and
/// wraps the format in a second one. Found by <c>WireFieldsSettingsTests</c>.
/// </remarks>
internal static class NarrowedSettings
{
    private const string ExtraBody = "extra_body";

    /// <summary>Moves those settings of <paramref name="data"/> (extension data after a JSON round trip: its values are <see cref="JsonElement"/>s) into <c>extra_body</c>.</summary>
    public static void MoveToExtraBody(IDictionary<string, object>? data)
    {
        if (data is null)
        {
            return;
        }

        JsonObject? moved = null;
        if (data.TryGetValue("reasoning_effort", out var effort) && effort is JsonElement { ValueKind: JsonValueKind.String } effortElement)
        {
            (moved ??= [])["reasoning_effort"] = effortElement.GetString();
            data.Remove("reasoning_effort");
        }

        if (data.TryGetValue("response_format", out var format) && format is JsonElement formatElement && TextRequestMapper.IsWireShape(formatElement))
        {
            (moved ??= [])["response_format"] = JsonSerializer.SerializeToNode(TextRequestMapper.ToResponseFormat(formatElement), OpenRouterJsonContext.Default.ResponseFormat);
            data.Remove("response_format");
        }

        if (moved is null)
        {
            return;
        }

        if (data.TryGetValue(ExtraBody, out var existing) && existing is JsonElement { ValueKind: JsonValueKind.Object } callers)
        {
            // The caller's own extra_body entries win, as they would have without the move.
            foreach (var field in callers.EnumerateObject())
            {
                moved[field.Name] = JsonNode.Parse(field.Value.GetRawText());
            }
        }

        using var document = JsonDocument.Parse(moved.ToJsonString());
        data[ExtraBody] = document.RootElement.Clone();
    }
}
