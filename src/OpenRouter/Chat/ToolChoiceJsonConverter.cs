using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

internal sealed class ToolChoiceJsonConverter : JsonConverter<ToolChoice>
{
    public override ToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var mode = reader.GetString() ?? string.Empty;
                return mode switch
                {
                    "none" => ToolChoice.None,
                    "auto" => ToolChoice.Auto,
                    "required" => ToolChoice.Required,
                    _ => ToolChoice.FromMode(mode),
                };
            case JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    var root = document.RootElement;
                    var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "function" : "function";
                    if (root.TryGetProperty("function", out var f) && f.ValueKind == JsonValueKind.Object && f.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                    {
                        return ToolChoice.ForFunction(n.GetString() ?? string.Empty);
                    }

                    return ToolChoice.ForServerTool(type);
                }

            default:
                throw new JsonException($"Expected a string or an object for tool_choice, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, ToolChoice value, JsonSerializerOptions options)
    {
        if (value.Mode is not null)
        {
            writer.WriteStringValue(value.Mode);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type", value.Type);
        if (value.FunctionName is not null)
        {
            writer.WriteStartObject("function");
            writer.WriteString("name", value.FunctionName);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
