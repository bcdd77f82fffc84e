using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter;

/// <summary>
/// OpenRouter's answer did not follow its protocol: a body or event that is not valid JSON of the expected shape, a
/// non-SSE answer to a streaming request, or a payload larger than the configured bound.
/// </summary>
public sealed class OpenRouterProtocolException : OpenRouterException
{
    internal OpenRouterProtocolException(string message, OpenRouterErrorInfo info, int? eventIndex, Exception? innerException = null)
        : base(message, info, innerException)
    {
        EventIndex = eventIndex;
    }

    /// <summary>The zero-based index of the offending stream event, for streams.</summary>
    public int? EventIndex { get; }
}
