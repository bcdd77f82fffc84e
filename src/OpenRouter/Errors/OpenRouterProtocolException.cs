using System;
using System.Net.Http;
using System.Text.Json;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>
/// OpenRouter's answer did not follow its protocol: a body or event that is not valid JSON of the expected shape, a
/// non-SSE answer to a streaming request, or a payload larger than the configured bound.
/// </summary>
public sealed class OpenRouterProtocolException : OpenRouterException
{
    /// <summary>What to do about an answer that is not OpenRouter's.</summary>
    private const string NotOpenRouterHint = "Its start is in ResponseExcerpt; something other than OpenRouter (a proxy or gateway) may have answered: check proxies and the Endpoint.";

    internal OpenRouterProtocolException(string message, OpenRouterErrorInfo info, int? eventIndex, Exception? innerException = null)
        : base(message, info, innerException)
    {
        EventIndex = eventIndex;
    }

    /// <summary>The zero-based index of the offending stream event, for streams.</summary>
    public int? EventIndex { get; }

    /// <summary>A body that is not the expected JSON (the start of it is in the excerpt of <paramref name="info"/>).</summary>
    internal static OpenRouterProtocolException InvalidJson(HttpMethod method, string path, JsonException cause, OpenRouterErrorInfo info) =>
        new($"OpenRouter answered {method} {path} with HTTP {info.StatusCode}, but the body is not the expected JSON: {cause.Message} {NotOpenRouterHint}", info, eventIndex: null, cause);

    /// <summary>A body that is the JSON literal <c>null</c>.</summary>
    internal static OpenRouterProtocolException JsonNull(HttpMethod method, string path, OpenRouterErrorInfo info) =>
        new($"OpenRouter answered {method} {path} with a JSON null.", info, eventIndex: null);

    /// <summary>A <c>GET</c> answer without its <c>data</c> object.</summary>
    internal static OpenRouterProtocolException MissingData(string path, OpenRouterErrorInfo info) =>
        new($"OpenRouter answered GET {path} without the expected \"data\" object.", info, eventIndex: null);

    /// <summary>A 200 answer of an inference route without the member that holds its result.</summary>
    internal static OpenRouterProtocolException MissingMember(HttpMethod method, string path, string member, OpenRouterErrorInfo info) =>
        new($"OpenRouter answered {method} {path} with HTTP 200, but without the expected \"{member}\" (generation {GenerationText(info)}).", info, eventIndex: null);

    /// <summary>A 200 answer to a speech request whose body is not audio and not OpenRouter's error envelope.</summary>
    internal static OpenRouterProtocolException NotAudio(string? mediaType, OpenRouterErrorInfo info) =>
        new($"OpenRouter answered POST audio/speech with HTTP {info.StatusCode} and {mediaType ?? "no content type"}, not audio. {NotOpenRouterHint}", info, eventIndex: null);

    /// <summary>A body the HTTP handler could not decompress as declared (at <paramref name="eventIndex"/> of a stream, if given).</summary>
    internal static OpenRouterProtocolException UndecodableBody(HttpMethod method, string path, int? eventIndex, BodyDecodingException cause, OpenRouterErrorInfo info)
    {
        var where = eventIndex is { } events ? $" (a stream, after {events} events)" : string.Empty;
        return new($"OpenRouter answered {method} {path}{where} with HTTP {info.StatusCode}, but {cause.Describe()}", info, eventIndex, cause.InnerException);
    }

    /// <summary>A stream event that is not a valid chunk.</summary>
    internal static OpenRouterProtocolException InvalidEvent(int eventIndex, JsonException? cause, OpenRouterErrorInfo info) =>
        new($"Event {eventIndex} of the stream from OpenRouter is not a valid chunk: {cause?.Message}", info, eventIndex, cause);

    /// <summary>A streaming request answered with something other than <c>text/event-stream</c> (and no error envelope).</summary>
    /// <param name="mediaType">The content type that came instead.</param>
    /// <param name="cappedAt">How many bytes were read of a body that went on past them; null when it was read whole.</param>
    /// <param name="info">The facts, with the excerpt of the body.</param>
    internal static OpenRouterProtocolException NotAStream(string? mediaType, long? cappedAt, OpenRouterErrorInfo info)
    {
        var longer = cappedAt is { } bytes ? $" The body is longer than {bytes} bytes, the most read of an answer that is not a stream." : string.Empty;
        return new(
            $"OpenRouter answered a streaming request with HTTP {info.StatusCode} and content type '{mediaType ?? "(none)"}' instead of text/event-stream.{longer} {NotOpenRouterHint}",
            info,
            eventIndex: null);
    }
}
