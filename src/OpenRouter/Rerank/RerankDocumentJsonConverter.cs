using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Writes a text-only <see cref="RerankDocument"/> as a string and any other as <c>{"text", "image"}</c>; reads both forms.</summary>
internal sealed class RerankDocumentJsonConverter : JsonConverter<RerankDocument>
{
    public override RerankDocument? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new RerankDocument { Text = reader.GetString() };
            case JsonTokenType.StartObject:
                return ReadObject(ref reader);
            default:
                throw new JsonException($"Expected a string or an object for a rerank document, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, RerankDocument value, JsonSerializerOptions options)
    {
        if (value.Image is null && value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
            return;
        }

        writer.WriteStartObject();
        if (value.Text is not null)
        {
            writer.WriteString("text", value.Text);
        }

        if (value.Image is not null)
        {
            writer.WriteString("image", value.Image);
        }

        writer.WriteEndObject();
    }

    private static RerankDocument ReadObject(ref Utf8JsonReader reader)
    {
        string? text = null;
        string? image = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "text" && reader.TokenType == JsonTokenType.String)
            {
                text = reader.GetString();
            }
            else if (name == "image" && reader.TokenType == JsonTokenType.String)
            {
                image = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return new RerankDocument { Text = text, Image = image };
    }
}
