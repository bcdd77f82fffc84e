using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// Reads an <c>embedding</c> straight into its final <see cref="float"/> array: a JSON number array counted first and
/// filled in place, or a base64 string of little-endian float32 decoded from the reader's bytes into the array's bytes.
/// </summary>
/// <remarks>
/// No intermediate string, byte array or growing list in the common cases: the base64 text is decoded from
/// <see cref="Utf8JsonReader.ValueSpan"/> with <see cref="Base64.DecodeFromUtf8"/> into
/// <c>MemoryMarshal.AsBytes(vector)</c>. An escaped or segmented string (rare; only <c>\/</c> can appear in base64) is
/// unescaped into a pooled buffer first. On a big-endian host the decoded values are byte-swapped in place. Writes a
/// number array (the emulator and round trips).
/// </remarks>
internal sealed class EmbeddingVectorJsonConverter : JsonConverter<float[]>
{
    public override float[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => ReadBase64(ref reader),
        JsonTokenType.StartArray => ReadNumbers(ref reader),
        _ => throw new JsonException($"The embedding is neither a number array nor a base64 string, but a JSON {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, float[] value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        for (var i = 0; i < value.Length; i++)
        {
            writer.WriteNumberValue(value[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Decodes base64 float32 (little-endian) into a new array of exactly the right length.</summary>
    internal static float[] DecodeBase64(ReadOnlySpan<byte> utf8)
    {
        var decodedLength = DecodedLength(utf8);
        var vector = new float[decodedLength / sizeof(float)];
        var status = Base64.DecodeFromUtf8(utf8, MemoryMarshal.AsBytes(vector.AsSpan()), out var consumed, out var written);
        if (status != OperationStatus.Done || consumed != utf8.Length || written != decodedLength)
        {
            throw new JsonException($"The base64 embedding is not valid base64 ({utf8.Length} characters, decoding stopped at character {consumed}: {status}).");
        }

        if (!BitConverter.IsLittleEndian)
        {
            var bits = MemoryMarshal.Cast<float, int>(vector.AsSpan());
            for (var i = 0; i < bits.Length; i++)
            {
                bits[i] = BinaryPrimitives.ReverseEndianness(bits[i]);
            }
        }

        return vector;
    }

    /// <summary>The number of bytes a padded base64 text decodes to; a multiple of 4 (one float32 each) or an error.</summary>
    private static int DecodedLength(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length % 4 != 0)
        {
            throw new JsonException($"The base64 embedding has {utf8.Length} characters, not a whole number of 4-character groups: it is truncated or not padded.");
        }

        var padding = utf8.Length == 0 ? 0 : utf8[utf8.Length - 1] != (byte)'=' ? 0 : utf8[utf8.Length - 2] == (byte)'=' ? 2 : 1;
        var bytes = (utf8.Length / 4 * 3) - padding;
        if (bytes % sizeof(float) != 0)
        {
            throw new JsonException($"The base64 embedding decodes to {bytes} bytes, not a whole number of float32 values (4 bytes each): it is truncated or not float32.");
        }

        return bytes;
    }

    private static float[] ReadBase64(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return DecodeBase64(reader.ValueSpan);
        }

        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var unescaped = reader.CopyString(rented);
            return DecodeBase64(rented.AsSpan(0, unescaped));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static float[] ReadNumbers(ref Utf8JsonReader reader)
    {
        var count = CountNumbers(reader);
        if (count < 0)
        {
            return ReadNumbersGrowing(ref reader);
        }

        var vector = new float[count];
        for (var i = 0; i < vector.Length; i++)
        {
            reader.Read();
            vector[i] = reader.GetSingle();
        }

        reader.Read();
        return vector;
    }

    /// <summary>Counts the numbers of the array the reader (a copy) starts at; -1 when the array is not all in the buffer.</summary>
    private static int CountNumbers(Utf8JsonReader probe)
    {
        var count = 0;
        while (probe.Read())
        {
            switch (probe.TokenType)
            {
                case JsonTokenType.Number:
                    count++;
                    break;
                case JsonTokenType.EndArray:
                    return count;
                default:
                    throw new JsonException($"The embedding array holds a JSON {probe.TokenType} at position {count}; only numbers are expected.");
            }
        }

        return -1;
    }

    private static float[] ReadNumbersGrowing(ref Utf8JsonReader reader)
    {
        var values = new List<float>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.GetSingle());
        }

        return values.ToArray();
    }
}
