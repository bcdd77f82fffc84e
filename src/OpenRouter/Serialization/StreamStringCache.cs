using System;
using System.Text;
using System.Text.Json;

namespace OpenRouter.Serialization;

/// <summary>
/// The strings one stream repeats on every chunk (its id, provider, model, role...): read once, then returned from
/// here without allocating while their bytes match. One instance per stream; not thread-safe.
/// </summary>
internal sealed class StreamStringCache
{
    /// <summary>A cache that keeps nothing (only the well-known wire values are shared): stateless, so one instance serves every thread.</summary>
    public static readonly StreamStringCache None = new(capacity: 0);

    private readonly byte[]?[] _utf8;
    private readonly string?[] _strings;
    private int _next;

    /// <summary>Creates a cache of <paramref name="capacity"/> entries (0: only the well-known wire values are shared).</summary>
    public StreamStringCache(int capacity = 16)
    {
        _utf8 = new byte[capacity][];
        _strings = new string[capacity];
    }

    /// <summary>The string at the reader (null for a JSON null), from the cache when its bytes were seen before.</summary>
    public string? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, got {reader.TokenType}.");
        }

        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > 256)
        {
            return reader.GetString();
        }

        var bytes = reader.ValueSpan;
        if (WellKnown(bytes) is { } known)
        {
            return known;
        }

        for (var i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] is { } seen && bytes.SequenceEqual(seen))
            {
                return _strings[i];
            }
        }

        if (_utf8.Length == 0)
        {
            // Nothing is kept, so the bytes need no copy of their own.
#if NET
            return Encoding.UTF8.GetString(bytes);
#else
            return Encoding.UTF8.GetString(bytes.ToArray());
#endif
        }

        var copy = bytes.ToArray();
        var value = Encoding.UTF8.GetString(copy);
        _utf8[_next] = copy;
        _strings[_next] = value;
        _next = (_next + 1) % _utf8.Length;
        return value;
    }

    /// <summary>Roles, finish reasons and types that every answer uses, as shared literals.</summary>
    private static string? WellKnown(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        4 when bytes.SequenceEqual("stop"u8) => "stop",
        4 when bytes.SequenceEqual("user"u8) => "user",
        4 when bytes.SequenceEqual("tool"u8) => "tool",
        6 when bytes.SequenceEqual("length"u8) => "length",
        6 when bytes.SequenceEqual("system"u8) => "system",
        8 when bytes.SequenceEqual("function"u8) => "function",
        9 when bytes.SequenceEqual("assistant"u8) => "assistant",
        10 when bytes.SequenceEqual("tool_calls"u8) => "tool_calls",
        _ => null,
    };
}
