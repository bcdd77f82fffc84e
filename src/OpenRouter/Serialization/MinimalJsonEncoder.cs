using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
#if NET8_0_OR_GREATER
using System.Text.Unicode;
#endif

namespace OpenRouter.Serialization;

/// <summary>
/// A <see cref="JavaScriptEncoder"/> that escapes only what JSON requires in a string: <c>"</c>, <c>\</c> and the
/// control characters U+0000 to U+001F.
/// </summary>
/// <remarks>
/// <para>
/// Those are written as <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\b</c>, <c>\f</c>, else
/// <c>\u00XX</c>. Every other character, non-ASCII and astral ones included, goes out as its UTF-8 bytes.
/// </para>
/// <para>
/// <see cref="JavaScriptEncoder.Default"/> escapes everything outside Basic Latin plus <c>&lt;&gt;&amp;'+`"</c> as
/// <c>\uXXXX</c> (a CJK character becomes 6 bytes instead of 3, an emoji 12 instead of 4), and
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> still escapes every character outside the Basic Multilingual
/// Plane, U+007F, U+2028/U+2029, private-use and unassigned code points. The escaping that HTML embedding needs has no
/// place in a request body. Invalid UTF-16 (a lone surrogate) is replaced by U+FFFD, as the serializer's own encoders
/// do, so the bytes on the wire are always valid UTF-8.
/// </para>
/// <para>
/// Besides the members every encoder must have, <see cref="Encode(ReadOnlySpan{char}, Span{char}, out int, out int, bool)"/>
/// and <see cref="EncodeUtf8"/> copy the runs between escapes whole: the base class would go one scalar at a time
/// through the virtual members once a string holds a single newline. <c>RequestBodyEscapingTests</c> checks both against
/// the base class.
/// </para>
/// </remarks>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    /// <summary>The <c>\u00XX</c> escape is the longest output for one input character.</summary>
    private const int LongestEscape = 6;

#if NET8_0_OR_GREATER
    private static readonly SearchValues<char> s_mustEscapeUtf16 = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\");

    private static readonly SearchValues<byte> s_mustEscapeUtf8 = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
         0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, (byte)'"', (byte)'\\']);
#endif

    private MinimalJsonEncoder()
    {
    }

    /// <summary>Gets the one instance.</summary>
    public static MinimalJsonEncoder Instance { get; } = new();

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => LongestEscape;

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        IndexOfFirstToEscape(new ReadOnlySpan<char>(text, textLength));

    /// <inheritdoc />
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
#if NET8_0_OR_GREATER
        // In valid UTF-8 a byte below 0x80 is always the ASCII character itself.
        var index = utf8Text.IndexOfAny(s_mustEscapeUtf8);
        if (Utf8.IsValid(index < 0 ? utf8Text : utf8Text[..index]))
        {
            return index;
        }
#endif

        // Invalid UTF-8 before the first character to escape: the base class finds it (it is replaced by U+FFFD).
        return base.FindFirstCharacterToEncodeUtf8(utf8Text);
    }

    /// <inheritdoc />
    public override OperationStatus Encode(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
    {
        charsConsumed = 0;
        charsWritten = 0;
        while (true)
        {
            var rest = source[charsConsumed..];
            var index = IndexOfFirstToEscape(rest);
            var clean = index < 0 ? rest.Length : index;
            var room = destination.Length - charsWritten;
            if (clean > room)
            {
                // As much as fits, without splitting a surrogate pair.
                var fit = room > 0 && char.IsHighSurrogate(rest[room - 1]) ? room - 1 : room;
                rest[..fit].CopyTo(destination[charsWritten..]);
                charsConsumed += fit;
                charsWritten += fit;
                return OperationStatus.DestinationTooSmall;
            }

            rest[..clean].CopyTo(destination[charsWritten..]);
            charsConsumed += clean;
            charsWritten += clean;
            if (index < 0)
            {
                return OperationStatus.Done;
            }

            var c = source[charsConsumed];
            if (!isFinalBlock && char.IsHighSurrogate(c) && charsConsumed + 1 == source.Length)
            {
                return OperationStatus.NeedMoreData;
            }

            // A surrogate here is a lone one: U+FFFD in its place.
            if (!TryEscape(char.IsSurrogate(c) ? 0xFFFD : c, destination[charsWritten..], out var written))
            {
                return OperationStatus.DestinationTooSmall;
            }

            charsConsumed++;
            charsWritten += written;
        }
    }

    /// <inheritdoc />
    public override OperationStatus EncodeUtf8(ReadOnlySpan<byte> utf8Source, Span<byte> utf8Destination, out int bytesConsumed, out int bytesWritten, bool isFinalBlock = true)
    {
#if NET8_0_OR_GREATER
        bytesConsumed = 0;
        bytesWritten = 0;
        Span<char> escape = stackalloc char[LongestEscape];
        while (true)
        {
            var rest = utf8Source[bytesConsumed..];
            var index = rest.IndexOfAny(s_mustEscapeUtf8);
            var clean = index < 0 ? rest : rest[..index];
            if (clean.Length > utf8Destination.Length - bytesWritten || !Utf8.IsValid(clean))
            {
                // Too little room, or invalid UTF-8 (replaced by U+FFFD): the base class takes the rest, a scalar at a time.
                var status = base.EncodeUtf8(rest, utf8Destination[bytesWritten..], out var consumed, out var written, isFinalBlock);
                bytesConsumed += consumed;
                bytesWritten += written;
                return status;
            }

            clean.CopyTo(utf8Destination[bytesWritten..]);
            bytesConsumed += clean.Length;
            bytesWritten += clean.Length;
            if (index < 0)
            {
                return OperationStatus.Done;
            }

            // An ASCII byte (a control character, " or \): its escape is ASCII too.
            TryEscape(rest[index], escape, out var length);
            if (length > utf8Destination.Length - bytesWritten)
            {
                return OperationStatus.DestinationTooSmall;
            }

            for (var i = 0; i < length; i++)
            {
                utf8Destination[bytesWritten + i] = (byte)escape[i];
            }

            bytesConsumed++;
            bytesWritten += length;
        }
#else
        return base.EncodeUtf8(utf8Source, utf8Destination, out bytesConsumed, out bytesWritten, isFinalBlock);
#endif
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        TryEscape(unicodeScalar, new Span<char>(buffer, bufferLength), out numberOfCharactersWritten);

    /// <summary>
    /// The index of the first character that must be escaped or replaced: <c>"</c>, <c>\</c>, a control character, or a
    /// surrogate that is not half of a pair; -1 when there is none.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The index, or -1.</returns>
    internal static int IndexOfFirstToEscape(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        var special = text.IndexOfAny(s_mustEscapeUtf16);
        var end = special < 0 ? text.Length : special;
        var i = 0;
        while (true)
        {
            var surrogate = text[i..end].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (surrogate < 0)
            {
                return special;
            }

            i += surrogate;
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= end || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }

            i += 2;
        }
#else
        return IndexOfFirstToEscapeScalar(text);
#endif
    }

    /// <summary>
    /// <see cref="IndexOfFirstToEscape"/> one character at a time: what .NET Standard runs, and the reference the
    /// vectorized search is tested against.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The index, or -1.</returns>
    internal static int IndexOfFirstToEscapeScalar(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }

    /// <summary>Writes the escape of one scalar: as itself, a two-character escape, or <c>\u00XX</c>.</summary>
    /// <remarks>
    /// Besides the characters <see cref="WillEncode"/> names, the base class passes U+FFFD here in place of invalid UTF-16
    /// or UTF-8; it is written as itself (3 bytes of UTF-8), not escaped.
    /// </remarks>
    private static bool TryEscape(int scalar, Span<char> destination, out int written)
    {
        written = scalar switch
        {
            '"' or '\\' or '\n' or '\r' or '\t' or '\b' or '\f' => 2,
            < 0x20 => LongestEscape,
            < 0x10000 => 1,
            _ => 2,
        };

        if (written > destination.Length)
        {
            written = 0;
            return false;
        }

        if (scalar >= 0x10000)
        {
            // Not a character JSON requires escaping (nothing asks for one): as itself.
            var offset = scalar - 0x10000;
            destination[0] = (char)(0xD800 + (offset >> 10));
            destination[1] = (char)(0xDC00 + (offset & 0x3FF));
        }
        else if (written == 1)
        {
            // U+FFFD for invalid input (or another character that needs no escape): as itself.
            destination[0] = (char)scalar;
        }
        else if (written == 2)
        {
            WriteShortEscape(scalar, destination);
        }
        else
        {
            WriteUnicodeEscape(scalar, destination);
        }

        return true;
    }

    /// <summary>Writes <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\b</c> or <c>\f</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteShortEscape(int scalar, Span<char> destination)
    {
        destination[0] = '\\';
        destination[1] = scalar switch
        {
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            '\b' => 'b',
            '\f' => 'f',
            _ => (char)scalar,
        };
    }

    /// <summary>Writes <c>\u00XX</c> for a control character.</summary>
    private static void WriteUnicodeEscape(int scalar, Span<char> destination)
    {
        const string Hex = "0123456789ABCDEF";
        destination[0] = '\\';
        destination[1] = 'u';
        destination[2] = '0';
        destination[3] = '0';
        destination[4] = Hex[scalar >> 4];
        destination[5] = Hex[scalar & 0xF];
    }
}
