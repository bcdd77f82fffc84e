using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OpenRouter.Testing;

/// <summary>
/// The answer of a route other than chat and legacy completions: a refusal, or a 200 body in the pieces it is sent in
/// (one JSON body, audio in several pieces, or SSE events), with the generation it bills.
/// </summary>
internal sealed class RouteAnswer
{
    private RouteAnswer()
    {
    }

    public int Status { get; private init; } = 200;

    /// <summary>Gets the error message of a refusal; <see langword="null"/> for an answer.</summary>
    public string? Problem { get; private init; }

    public string ContentType { get; private init; } = "application/json";

    /// <summary>Gets the body in the pieces it is written in, each flushed on its own; SSE pieces are whole events.</summary>
    public IReadOnlyList<byte[]> Pieces { get; private init; } = [];

    /// <summary>Gets a value indicating whether the pieces are SSE events.</summary>
    public bool Sse { get; private init; }

    /// <summary>Gets how many leading SSE events carry content (the rest close the stream: the final event, <c>[DONE]</c>).</summary>
    public int ContentEvents { get; private init; }

    /// <summary>Gets the generation the answer bills, or <see langword="null"/> for a catalog answer.</summary>
    public ResolvedAnswer? Generation { get; private init; }

    public static RouteAnswer Fail(int status, string message) => new() { Status = status, Problem = message };

    public static RouteAnswer Json(string body, ResolvedAnswer? generation = null) =>
        new() { Pieces = [Encoding.UTF8.GetBytes(body)], Generation = generation };

    public static RouteAnswer Binary(string contentType, IReadOnlyList<byte[]> pieces, ResolvedAnswer generation) =>
        new() { ContentType = contentType, Pieces = pieces, Generation = generation };

    /// <summary>An SSE answer: the content events, then the closing ones (payloads without <c>data: </c>).</summary>
    public static RouteAnswer Events(IReadOnlyList<string> content, IReadOnlyList<string> closing, ResolvedAnswer generation) =>
        new()
        {
            ContentType = "text/event-stream",
            Sse = true,
            ContentEvents = content.Count,
            Pieces = content.Concat(closing).Select(Event).ToList(),
            Generation = generation,
        };

    public static byte[] Event(string payload) => Encoding.UTF8.GetBytes("data: " + payload + "\n\n");
}
