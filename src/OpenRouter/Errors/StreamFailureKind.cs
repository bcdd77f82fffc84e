using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter;

/// <summary>What ended a stream early.</summary>
public enum StreamFailureKind
{
    /// <summary>OpenRouter sent an <c>error</c> event inside the stream.</summary>
    ServerError,

    /// <summary>The stream ended without <c>data: [DONE]</c> and without any finish reason: the answer is incomplete.</summary>
    Truncated,

    /// <summary>The connection failed while the stream was being read.</summary>
    ConnectionLost,
}
