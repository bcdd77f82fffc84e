using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace OpenRouter.Serialization;

/// <summary>The steps the hand-written readers and converters take with a <see cref="Utf8JsonReader"/>: move, expect, match a property, read a value.</summary>
internal static class JsonReading
{
    /// <summary>The reader options of the hand-written readers: comments skipped, trailing commas allowed.</summary>
    public static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads one item of a list, starting at its first token.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader, at the item.</param>
    /// <param name="cache">The strings repeated within one answer or stream.</param>
    /// <returns>The item.</returns>
    internal delegate T ItemReader<T>(ref Utf8JsonReader reader, StreamStringCache cache);

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"Expected a property name, got {reader.TokenType}.");
        }

        return true;
    }

    /// <summary>True when the current property is named <paramref name="name"/>; the reader has then moved to its value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MatchProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueTextEquals(name))
        {
            return false;
        }

        Next(ref reader);
        return true;
    }

    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The chunk ends in the middle of its JSON.");
        }
    }

    public static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} for {what}, got {reader.TokenType}.");
        }
    }

    public static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string, got {reader.TokenType}."),
    };

    public static JsonElement? ReadOptionalElement(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);

    /// <summary>Reads the current property, one the reader does not know, into <paramref name="extra"/> (the <c>AdditionalProperties</c>).</summary>
    public static void ReadExtra(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? extra)
    {
        var name = reader.GetString()!;
        Next(ref reader);
        (extra ??= [])[name] = JsonElement.ParseValue(ref reader);
    }

    /// <summary>The raw UTF-8 text of the current token (for numbers).</summary>
    public static string RawText(ref Utf8JsonReader reader)
    {
        var bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Reads an array (null for a JSON null) with <paramref name="readItem"/> for each item.</summary>
    /// <param name="reader">The reader, at the array.</param>
    /// <param name="cache">The strings repeated within one answer or stream.</param>
    /// <param name="what">The member, for the error when the value is not an array.</param>
    /// <param name="readItem">Reads one item (and refuses what the item may not be).</param>
    public static List<T>? ReadList<T>(ref Utf8JsonReader reader, StreamStringCache cache, string what, ItemReader<T> readItem)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, what);
        var list = new List<T>(1);
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            list.Add(readItem(ref reader, cache));
        }
    }
}
