using System.Collections.Generic;

namespace OpenRouter.Transport;

/// <summary>What the transport needs to know about any inference response body (full or streamed chunk).</summary>
internal interface IOpenRouterResponse
{
    /// <summary>The generation id (<c>id</c>), when the body carries one.</summary>
    string? GenerationId { get; }

    /// <summary>The top-level <c>error</c>, or else the first choice-level <c>error</c>; null when the body reports none.</summary>
    OpenRouterError? GetError();

    /// <summary>True when the body has at least one choice.</summary>
    bool HasChoices { get; }

    /// <summary>The <c>usage</c> the body carries (also beside an error: a failed generation may have been billed).</summary>
    TokenUsage? Usage { get; }
}

/// <summary>What the SSE reader needs to know about a streamed chunk.</summary>
internal interface IOpenRouterStreamChunk : IOpenRouterResponse
{
    /// <summary>True when any choice in this chunk carries a non-null <c>finish_reason</c>.</summary>
    bool HasFinishReason { get; }
}

/// <summary>What the response checks read from a choice of any answer type.</summary>
internal interface IOpenRouterChoice
{
    /// <summary>The choice's <c>error</c>.</summary>
    OpenRouterError? Error { get; }

    /// <summary>The choice's <c>finish_reason</c>.</summary>
    CompletionFinishReason? FinishReason { get; }
}

/// <summary>The per-answer checks over choices, shared by every answer type (indexed, so a chunk allocates no enumerator).</summary>
internal static class ChoiceChecks
{
    /// <summary>The first choice-level <c>error</c>, or null.</summary>
    public static OpenRouterError? FirstError<TChoice>(IReadOnlyList<TChoice>? choices)
        where TChoice : class, IOpenRouterChoice
    {
        if (choices is not null)
        {
            for (var i = 0; i < choices.Count; i++)
            {
                if (choices[i]?.Error is { } error)
                {
                    return error;
                }
            }
        }

        return null;
    }

    /// <summary>True when any choice carries a non-null <c>finish_reason</c>.</summary>
    public static bool AnyFinishReason<TChoice>(IReadOnlyList<TChoice>? choices)
        where TChoice : class, IOpenRouterChoice
    {
        if (choices is not null)
        {
            for (var i = 0; i < choices.Count; i++)
            {
                if (choices[i]?.FinishReason is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
