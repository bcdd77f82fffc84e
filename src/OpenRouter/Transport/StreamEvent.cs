using System;
using System.Text.Json;

namespace OpenRouter.Transport;

/// <summary>One parsed server-sent event: a chunk, the <c>[DONE]</c> sentinel, or a parse failure.</summary>
/// <typeparam name="T">The chunk type.</typeparam>
internal readonly struct StreamEvent<T>
    where T : class
{
    private StreamEvent(T? value, bool isDone, JsonException? failure, string? excerpt)
    {
        Value = value;
        IsDone = isDone;
        Failure = failure;
        Excerpt = excerpt;
    }

    public T? Value { get; }

    public bool IsDone { get; }

    public JsonException? Failure { get; }

    /// <summary>The redacted start of an event that failed to parse.</summary>
    public string? Excerpt { get; }

    public static StreamEvent<T> Parse(ReadOnlySpan<byte> data, ChunkParser<T> parseChunk, SecretRedactor redactor)
    {
        var trimmed = TrimAsciiWhitespace(data);
        if (trimmed.SequenceEqual("[DONE]"u8))
        {
            return new StreamEvent<T>(null, true, null, null);
        }

        try
        {
            var value = parseChunk(trimmed);
            return value is null
                ? Failed(new JsonException("The event is JSON null."), data, redactor)
                : new StreamEvent<T>(value, false, null, null);
        }
        catch (JsonException ex)
        {
            return Failed(ex, data, redactor);
        }
        catch (InvalidOperationException ex)
        {
            return Failed(new JsonException(ex.Message, ex), data, redactor);
        }
    }

    private static StreamEvent<T> Failed(JsonException failure, ReadOnlySpan<byte> data, SecretRedactor redactor) =>
        new(null, false, failure, redactor.Excerpt(data, capped: false));

    private static ReadOnlySpan<byte> TrimAsciiWhitespace(ReadOnlySpan<byte> span)
    {
        var start = 0;
        var end = span.Length;
        while (start < end && IsWhite(span[start]))
        {
            start++;
        }

        while (end > start && IsWhite(span[end - 1]))
        {
            end--;
        }

        return span.Slice(start, end - start);

        static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
    }
}
