using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace OpenRouter.Testing;

/// <summary>One request the emulator received, as it arrived.</summary>
public sealed class RecordedRequest
{
    private long _abortedAtTicks;

    internal RecordedRequest(
        string method,
        string path,
        string? queryString,
        IReadOnlyDictionary<string, string> headers,
        byte[] bodyBytes,
        JsonElement? json,
        IReadOnlyList<RecordedFormPart>? form,
        DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        QueryString = queryString;
        Headers = headers;
        BodyBytes = bodyBytes;
        Body = Encoding.UTF8.GetString(bodyBytes);
        Json = json;
        Form = form;
        ReceivedAt = receivedAt;
    }

    /// <summary>Gets the HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>
    /// Gets the path relative to the API root, e.g. <c>chat/completions</c> or <c>models/openai/gpt-4o/endpoints</c>.
    /// A path outside the API root is kept whole, with its leading slash.
    /// </summary>
    public string Path { get; }

    /// <summary>Gets the query string with its leading <c>?</c>, e.g. <c>?id=gen-1</c>, or <see langword="null"/> when there is none.</summary>
    public string? QueryString { get; }

    /// <summary>Gets the request headers (content headers included); names compare case-insensitively; repeated values are joined with <c>", "</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the body as text (empty when there was none); a binary body is decoded as UTF-8 with invalid sequences replaced.</summary>
    public string Body { get; }

    /// <summary>Gets the body as it arrived, byte for byte (empty when there was none).</summary>
    public ReadOnlyMemory<byte> BodyBytes { get; }

    /// <summary>Gets the parsed body, or <see langword="null"/> when the body is empty or not JSON.</summary>
    public JsonElement? Json { get; }

    /// <summary>Gets the parts of a <c>multipart/form-data</c> body in arrival order, or <see langword="null"/> when the body is not a readable form.</summary>
    /// <remarks>An upload to <c>audio/transcriptions</c> has its file here, with its name, content type and bytes.</remarks>
    public IReadOnlyList<RecordedFormPart>? Form { get; }

    /// <summary>Gets when the emulator had read the request.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Gets the generation id the emulator answered with (<c>X-Generation-Id</c>), or <see langword="null"/> for non-inference requests.</summary>
    public string? GenerationId { get; internal set; }

    /// <summary>Gets when the client went away before the response was complete, or <see langword="null"/> when it did not.</summary>
    /// <remarks>
    /// <para>
    /// A disconnect is the client closing the connection (HTTP/1.1) or resetting its stream (HTTP/2), or, in process,
    /// disposing the response or cancelling a read of it, while the response is open: after the request arrived and
    /// before the emulator ended the response, whether or not the headers were sent. The emulator notices it by the
    /// server's abort signal or by a write that finds the connection closed, whichever comes first, so every such
    /// disconnect is recorded, however many streams are open; the time is when it noticed.
    /// </para>
    /// <para>
    /// Not disconnects: a close after the emulator ended the response (its last byte written), even if the client had not
    /// read all of it, since the bytes had left and no server can tell; a close the emulator had not yet noticed when it
    /// wrote that last byte (it notices within milliseconds, so only the last moments of a response are concerned); the
    /// connection reset by the emulator itself (a scripted fault) and whatever the client does after it; the emulator
    /// stopping. A client that leaves before its request has arrived whole is not recorded at all.
    /// </para>
    /// </remarks>
    public DateTimeOffset? AbortedAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _abortedAtTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    internal bool TryMarkAborted(DateTimeOffset when) =>
        Interlocked.CompareExchange(ref _abortedAtTicks, when.UtcTicks, 0) == 0;

    /// <summary>Returns the method and path, e.g. <c>POST chat/completions</c>.</summary>
    /// <returns>A short description of the request.</returns>
    public override string ToString() => $"{Method} {Path}{QueryString}";
}
