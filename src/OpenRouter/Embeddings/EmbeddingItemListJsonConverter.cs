using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenRouter;

/// <summary>Reads <c>data</c> of an embedding answer item by item, so a vector that cannot be read names its item (<c>data[3]</c>).</summary>
/// <remarks>
/// Each item goes straight to its converter, not through <see cref="JsonSerializer"/>'s reader overload: that one first
/// skips the whole value to scope a reader to it, one more pass over thousands of numbers per item.
/// </remarks>
internal sealed class EmbeddingItemListJsonConverter : JsonConverter<IReadOnlyList<EmbeddingItem>>
{
    public override IReadOnlyList<EmbeddingItem>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"The embedding answer's data is a JSON {reader.TokenType}, not an array.");
        }

        var itemConverter = (JsonConverter<EmbeddingItem>)options.GetTypeInfo(typeof(EmbeddingItem)).Converter;
        var items = new List<EmbeddingItem>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                items.Add(itemConverter.Read(ref reader, typeof(EmbeddingItem), options) ?? throw new JsonException("The item is null."));
            }
            catch (JsonException ex)
            {
                throw new JsonException($"Embedding data[{items.Count}]: {ex.Message}", ex);
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<EmbeddingItem> value, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<EmbeddingItem>)options.GetTypeInfo(typeof(EmbeddingItem));
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
        {
            JsonSerializer.Serialize(writer, value[i], itemInfo);
        }

        writer.WriteEndArray();
    }
}
