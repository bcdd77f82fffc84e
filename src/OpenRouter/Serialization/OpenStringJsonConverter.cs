using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Serialization;

/// <summary>Base converter of the string-backed open value structs: reads any string (numbers and booleans as their text), writes the string.</summary>
internal abstract class OpenStringJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    public override bool HandleNull => true;

    protected abstract T Create(string value);

    protected abstract string? GetValue(T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String:
                return Create(reader.GetString() ?? string.Empty);
            case JsonTokenType.Number:
                return Create(JsonReading.RawText(ref reader));
            case JsonTokenType.True:
                return Create("true");
            case JsonTokenType.False:
                return Create("false");
            default:
                throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var text = GetValue(value);
        if (text is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }
}
