using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>
/// Takes the API key out of everything a server sent before it reaches an exception (message, excerpt, error object,
/// inner exceptions): the whole key, any run of at least 12 of its characters, and a trailing start of the key where
/// the received text itself was cut. Runs on error paths only.
/// </summary>
/// <remarks>
/// The rule is "redact first, then cut": every text is redacted whole before any length limit applies, so a cut can
/// only go through the marker, never through the key. Where a text may already have been cut when it arrived (the
/// end of a body excerpt: our window, a body capped at its bound, or a server that stopped inside the key), a trailing
/// start of the key of 4 characters or more is removed too. A run of 12 characters catches a key cut anywhere else.
/// </remarks>
internal sealed class SecretRedactor
{
    /// <summary>What replaces key material.</summary>
    public const string Marker = "[REDACTED]";

    /// <summary>The longest excerpt of a payload, in characters.</summary>
    public const int ExcerptLength = 256;

    private const int MinRun = 12;
    private const int MinCutStart = 4;

    private readonly string? _secret;
    private readonly int _minRun;

    /// <summary>Where each character occurs in the key, so a text is scanned in one pass; built on first use (an error).</summary>
    private Dictionary<char, int[]>? _positions;

    public SecretRedactor(string? secret)
    {
        _secret = string.IsNullOrEmpty(secret) ? null : secret;
        _minRun = Math.Min(MinRun, secret?.Length ?? 0);
    }

    /// <summary>
    /// <paramref name="text"/> with every run of at least 12 key characters replaced by <see cref="Marker"/>; when
    /// <paramref name="cutAtEnd"/>, also a trailing start of the key. The same instance when there was nothing to remove.
    /// </summary>
    public string Redact(string text, bool cutAtEnd = false)
    {
        if (_secret is null || text.Length == 0)
        {
            return text;
        }

        var end = text.Length - (cutAtEnd ? TrailingKeyStart(text) : 0);
        StringBuilder? result = null;
        var copied = 0;
        for (var (start, stop) = NextRun(text, 0, end); start >= 0; (start, stop) = NextRun(text, copied, end))
        {
            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, start - copied).Append(Marker);
            copied = stop;
        }

        if (end < text.Length)
        {
            result ??= new StringBuilder(text.Length);
            return result.Append(text, copied, end - copied).Append(Marker).ToString();
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>As <see cref="Redact(string, bool)"/>, for optional text.</summary>
    public string? RedactOptional(string? text) => text is null ? null : Redact(text);

    /// <summary>At most 256 characters from the start of <paramref name="payload"/> ("..." included when more follows), without key material.</summary>
    /// <remarks>
    /// Decoded as UTF-8, control characters replaced by spaces, key material removed before the cut, a key cut by the end
    /// of the payload included. <paramref name="capped"/> says the payload is only the start of what the server sent.
    /// </remarks>
    public string Excerpt(ReadOnlySpan<byte> payload, bool capped)
    {
        // Enough bytes for 256 characters plus a key starting inside them (a UTF-8 character takes at most 4 bytes),
        // so a key that straddles the cut is seen whole and redacted before the cut.
        var window = Math.Min(payload.Length, (4 * (ExcerptLength + (_secret?.Length ?? 0))) + 4);
        var cutByWindow = window < payload.Length;
        // Its end is always a cut: ours (the window, a capped body) or the server's (a body that stops inside the key).
        var text = Redact(Sanitize(Decode(payload.Slice(0, window))), cutAtEnd: true);
        return capped || cutByWindow || text.Length > ExcerptLength
            ? text.Substring(0, Math.Min(text.Length, ExcerptLength - 3)) + "..."
            : text;
    }

    /// <summary><paramref name="error"/> with key material removed from every string and property name in it; the same instance when it held none.</summary>
    public OpenRouterError? RedactError(OpenRouterError? error)
    {
        if (error is null || _secret is null)
        {
            return error;
        }

        using var document = JsonSerializer.SerializeToDocument(error, OpenRouterJsonContext.Default.OpenRouterError);
        if (!Leaks(document.RootElement))
        {
            return error;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteRedacted(writer, document.RootElement);
        }

        return JsonSerializer.Deserialize(buffer.ToArray(), OpenRouterJsonContext.Default.OpenRouterError);
    }

    /// <summary>
    /// <paramref name="exception"/> itself when no message in its chain holds key material (the usual case); otherwise a
    /// stand-in chain of the same kinds with redacted messages.
    /// </summary>
    /// <remarks>
    /// The stand-ins (<see cref="JsonException"/>, <see cref="HttpRequestException"/>, <see cref="IOException"/>...) exist
    /// because <c>ToString()</c> prints every inner message.
    /// </remarks>
    public Exception? RedactInner(Exception? exception)
    {
        if (exception is null || _secret is null || !ChainLeaks(exception))
        {
            return exception;
        }

        return StandIn(exception);
    }

    private static string Decode(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? string.Empty : Encoding.UTF8.GetString(bytes.ToArray());

    private static string Sanitize(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>The next span of <paramref name="text"/> in [<paramref name="from"/>, <paramref name="end"/>) covered by runs of key characters at least 12 long, overlapping runs merged; (-1, -1) when there is none.</summary>
    private (int Start, int Stop) NextRun(string text, int from, int end)
    {
        var index = LazyInitializer.EnsureInitialized(ref _positions, () => IndexOf(_secret!))!;
        for (var i = from; i < end; i++)
        {
            var length = LongestKeyMatch(index, text, i, end);
            if (length < _minRun)
            {
                continue;
            }

            var stop = i + length;
            for (var j = i + 1; j < stop; j++)
            {
                var inner = LongestKeyMatch(index, text, j, end);
                if (inner >= _minRun)
                {
                    stop = Math.Max(stop, j + inner);
                }
            }

            return (i, stop);
        }

        return (-1, -1);
    }

    private static Dictionary<char, int[]> IndexOf(string secret)
    {
        var positions = new Dictionary<char, List<int>>();
        for (var i = 0; i < secret.Length; i++)
        {
            if (!positions.TryGetValue(secret[i], out var list))
            {
                positions[secret[i]] = list = new List<int>();
            }

            list.Add(i);
        }

        var index = new Dictionary<char, int[]>(positions.Count);
        foreach (var pair in positions)
        {
            index[pair.Key] = pair.Value.ToArray();
        }

        return index;
    }

    /// <summary>The length of the longest piece of the key that <paramref name="text"/> has at <paramref name="at"/>.</summary>
    private int LongestKeyMatch(Dictionary<char, int[]> index, string text, int at, int end)
    {
        if (!index.TryGetValue(text[at], out var starts))
        {
            return 0;
        }

        var best = 0;
        foreach (var start in starts)
        {
            var length = 1;
            while (at + length < end && start + length < _secret!.Length && text[at + length] == _secret[start + length])
            {
                length++;
            }

            best = Math.Max(best, length);
        }

        return best;
    }

    /// <summary>How many characters at the end of <paramref name="text"/> are the start of the key (0 when fewer than 4).</summary>
    private int TrailingKeyStart(string text)
    {
        for (var length = Math.Min(text.Length, _secret!.Length - 1); length >= MinCutStart; length--)
        {
            if (string.CompareOrdinal(text, text.Length - length, _secret, 0, length) == 0)
            {
                return length;
            }
        }

        return 0;
    }

    private bool Leaks(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Leaks(element.GetString());
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Leaks(item))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (Leaks(property.Name) || Leaks(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private bool Leaks(string? text) => text is not null && NextRun(text, 0, text.Length).Start >= 0;

    private void WriteRedacted(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                writer.WriteStringValue(Redact(element.GetString()!));
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteRedacted(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(Redact(property.Name));
                    WriteRedacted(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private bool ChainLeaks(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (Leaks(current.Message))
            {
                return true;
            }
        }

        return false;
    }

    private Exception StandIn(Exception exception)
    {
        var inner = exception.InnerException is null ? null : StandIn(exception.InnerException);
        var message = Redact(exception.Message);
        return exception switch
        {
            JsonException => new JsonException(message, inner),
            HttpRequestException => new HttpRequestException(message, inner),
            InvalidDataException => new InvalidDataException(message, inner),
            IOException => new IOException(message, inner),
            _ => new Exception($"{exception.GetType().FullName}: {message}", inner),
        };
    }
}
