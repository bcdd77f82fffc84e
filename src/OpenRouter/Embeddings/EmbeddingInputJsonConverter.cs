using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenRouter;

/// <summary>Writes an <see cref="EmbeddingInput"/> in its wire form (string, string array, number array, array of number arrays, array of objects) and reads any of them back.</summary>
internal sealed class EmbeddingInputJsonConverter : JsonConverter<EmbeddingInput>
{
    public override EmbeddingInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return EmbeddingInput.FromText(reader.GetString() ?? string.Empty);
            case JsonTokenType.StartArray:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return ReadArray(document.RootElement, options);
                }

            default:
                throw new JsonException($"Expected a string or an array for the embedding input, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, EmbeddingInput value, JsonSerializerOptions options)
    {
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
        }
        else if (value.Texts is { } texts)
        {
            writer.WriteStartArray();
            for (var i = 0; i < texts.Count; i++)
            {
                writer.WriteStringValue(texts[i]);
            }

            writer.WriteEndArray();
        }
        else if (value.Tokens is { } tokens)
        {
            WriteTokens(writer, tokens);
        }
        else if (value.TokenLists is { } lists)
        {
            writer.WriteStartArray();
            for (var i = 0; i < lists.Count; i++)
            {
                WriteTokens(writer, lists[i]);
            }

            writer.WriteEndArray();
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Multimodal ?? Array.Empty<EmbeddingMultimodalInput>(), MultimodalInfo(options));
        }
    }

    private static void WriteTokens(Utf8JsonWriter writer, IReadOnlyList<int> tokens)
    {
        writer.WriteStartArray();
        for (var i = 0; i < tokens.Count; i++)
        {
            writer.WriteNumberValue(tokens[i]);
        }

        writer.WriteEndArray();
    }

    private static EmbeddingInput ReadArray(JsonElement array, JsonSerializerOptions options)
    {
        var first = array.GetArrayLength() == 0 ? JsonValueKind.String : array[0].ValueKind;
        switch (first)
        {
            case JsonValueKind.Number:
                return EmbeddingInput.FromTokens(ReadTokens(array));
            case JsonValueKind.Array:
                var lists = new List<int[]>();
                foreach (var item in array.EnumerateArray())
                {
                    lists.Add(ReadTokens(item));
                }

                return EmbeddingInput.FromTokenLists(lists);
            case JsonValueKind.Object:
                return EmbeddingInput.FromMultimodal(array.Deserialize(MultimodalInfo(options)) ?? Array.Empty<EmbeddingMultimodalInput>());
            default:
                var texts = new List<string>();
                foreach (var item in array.EnumerateArray())
                {
                    texts.Add(item.GetString() ?? throw new JsonException("Expected strings in the embedding input array."));
                }

                return EmbeddingInput.FromTexts(texts);
        }
    }

    private static int[] ReadTokens(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"Expected an array of token ids, got {array.ValueKind}.");
        }

        var tokens = new int[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            tokens[i++] = item.GetInt32();
        }

        return tokens;
    }

    private static JsonTypeInfo<IReadOnlyList<EmbeddingMultimodalInput>> MultimodalInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<IReadOnlyList<EmbeddingMultimodalInput>>)options.GetTypeInfo(typeof(IReadOnlyList<EmbeddingMultimodalInput>));
}
