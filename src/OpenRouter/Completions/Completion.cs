using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter.Internal;

namespace OpenRouter;

/// <summary>STUB (wire-types owner completes): a legacy text completion.</summary>
public sealed class Completion : IOpenRouterResponse
{
    /// <summary>The generation id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The choices.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<CompletionChoice>? Choices { get; init; }

    /// <summary>An error reported with HTTP 200.</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    string? IOpenRouterResponse.GenerationId => Id;

    bool IOpenRouterResponse.HasChoices => Choices is { Count: > 0 };

    OpenRouterError? IOpenRouterResponse.GetError() => Error;
}

/// <summary>STUB: one choice of a text completion.</summary>
public sealed class CompletionChoice
{
    /// <summary>The text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The finish reason.</summary>
    [JsonPropertyName("finish_reason")]
    public string? FinishReason { get; init; }
}

/// <summary>STUB: one streamed chunk of a text completion.</summary>
public sealed class CompletionChunk : IOpenRouterStreamChunk
{
    /// <summary>The generation id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The choices.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<CompletionChoice>? Choices { get; init; }

    /// <summary>A mid-stream error.</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    string? IOpenRouterResponse.GenerationId => Id;

    bool IOpenRouterResponse.HasChoices => Choices is { Count: > 0 };

    bool IOpenRouterStreamChunk.HasFinishReason
    {
        get
        {
            if (Choices is not null)
            {
                foreach (var choice in Choices)
                {
                    if (choice.FinishReason is not null)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    OpenRouterError? IOpenRouterResponse.GetError() => Error;
}
