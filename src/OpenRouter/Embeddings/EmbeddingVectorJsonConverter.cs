using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// Reads an <c>embedding</c> straight into its final <see cref="float"/> array: a JSON number array read once into a
/// pooled buffer and copied into an array of its exact length, or a base64 string of little-endian float32 decoded
/// from the reader's bytes into the array's bytes.
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
    /// <summary>The first buffer of a number array: room for the common lengths (up to 4,096 floats) without growing.</summary>
    private const int InitialNumbers = 4096;

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

    /// <summary>
    /// Reads the numbers in one pass into a pooled buffer, then copies them into an array of exactly their count: no
    /// second pass to count them, no growing list, and only that array left behind.
    /// </summary>
    private static float[] ReadNumbers(ref Utf8JsonReader reader)
    {
        var buffer = ArrayPool<float>.Shared.Rent(InitialNumbers);
        var count = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return buffer.AsSpan(0, count).ToArray();
                }

                if (reader.TokenType != JsonTokenType.Number)
                {
                    throw new JsonException($"The embedding array holds a JSON {reader.TokenType} at position {count}; only numbers are expected.");
                }

                if (count == buffer.Length)
                {
                    buffer = Grow(buffer, count);
                }

                buffer[count++] = reader.GetSingle();
            }

            throw new JsonException($"The embedding array ends after {count} numbers, before its closing bracket.");
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>A pooled buffer twice the size of <paramref name="buffer"/> holding its first <paramref name="count"/> values; <paramref name="buffer"/> goes back to the pool.</summary>
    private static float[] Grow(float[] buffer, int count)
    {
        var larger = ArrayPool<float>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, count).CopyTo(larger);
        ArrayPool<float>.Shared.Return(buffer);
        return larger;
    }
}
