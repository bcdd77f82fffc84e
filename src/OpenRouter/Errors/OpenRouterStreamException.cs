using System;

namespace OpenRouter;

/// <summary>
/// A streamed answer failed after it had started: OpenRouter sent an error event, the connection was lost, or the
/// stream ended without <c>[DONE]</c> and without a finish reason.
/// </summary>
/// <remarks>
/// The chunks before it were already delivered. Never retried automatically: the generation had already started (and
/// may have been billed).
/// </remarks>
public sealed class OpenRouterStreamException : OpenRouterException
{
    internal OpenRouterStreamException(string message, OpenRouterErrorInfo info, StreamFailureKind kind, int eventsReceived, Exception? innerException = null)
        : base(message, info, innerException)
    {
        Kind = kind;
        EventsReceived = eventsReceived;
    }

    /// <summary>What ended the stream.</summary>
    public StreamFailureKind Kind { get; }

    /// <summary>How many data events had been received (and chunks delivered) before the failure.</summary>
    public int EventsReceived { get; }

    /// <summary>An error event: OpenRouter reported an error mid-stream.</summary>
    /// <param name="eventsReceived">The events before the error event.</param>
    /// <param name="info">The facts, with the redacted error.</param>
    /// <param name="usage">The usage the error event carried, if any.</param>
    internal static OpenRouterStreamException ServerError(int eventsReceived, OpenRouterErrorInfo info, TokenUsage? usage) =>
        new(ComposeReportedMessage($"OpenRouter reported an error mid-stream after {eventsReceived} events", info), info, StreamFailureKind.ServerError, eventsReceived) { Usage = usage };

    /// <summary>The connection broke after the stream had started (never retried).</summary>
    internal static OpenRouterStreamException ConnectionLost(int eventsReceived, Exception cause, OpenRouterErrorInfo info) =>
        new(
            $"The connection to OpenRouter broke after {eventsReceived} stream events: {cause.Message} (generation {GenerationText(info)}; it is not retried because generation had started).",
            info,
            StreamFailureKind.ConnectionLost,
            eventsReceived,
            cause);

    /// <summary>The connection broke while the audio of a speech answer was being read (never retried).</summary>
    internal static OpenRouterStreamException AudioConnectionLost(long bytesRead, Exception cause, OpenRouterErrorInfo info) =>
        new(
            $"The connection to OpenRouter broke after {bytesRead} bytes of audio: {cause.Message} (generation {GenerationText(info)}; it is not retried because the audio had started).",
            info,
            StreamFailureKind.ConnectionLost,
            0,
            cause);

    /// <summary>The stream ended without <c>[DONE]</c> and without a finish reason.</summary>
    internal static OpenRouterStreamException Truncated(int eventsReceived, OpenRouterErrorInfo info) =>
        new(
            $"The stream from OpenRouter ended after {eventsReceived} events without [DONE] and without a finish reason: the answer is incomplete (generation {GenerationText(info)}).",
            info,
            StreamFailureKind.Truncated,
            eventsReceived);
}
