namespace OpenRouter.Internal;

/// <summary>What the transport needs to know about any inference response body (full or streamed chunk).</summary>
internal interface IOpenRouterResponse
{
    /// <summary>The generation id (<c>id</c>), when the body carries one.</summary>
    string? GenerationId { get; }

    /// <summary>The top-level <c>error</c>, or else the first choice-level <c>error</c>; null when the body reports none.</summary>
    OpenRouterError? GetError();

    /// <summary>True when the body has at least one choice.</summary>
    bool HasChoices { get; }
}

/// <summary>What the SSE reader needs to know about a streamed chunk.</summary>
internal interface IOpenRouterStreamChunk : IOpenRouterResponse
{
    /// <summary>True when any choice in this chunk carries a non-null <c>finish_reason</c>.</summary>
    bool HasFinishReason { get; }
}
