using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter;

/// <summary>
/// A streamed answer failed after it had started: OpenRouter sent an error event, the connection was lost, or the
/// stream ended without <c>[DONE]</c> and without a finish reason. The chunks before it were already delivered.
/// Never retried automatically: the generation had already started (and may have been billed).
/// </summary>
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
}
