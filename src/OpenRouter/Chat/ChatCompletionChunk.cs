using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter.Internal;

namespace OpenRouter;

/// <summary>STUB (wire-types owner completes): one streamed chunk of a chat completion.</summary>
public sealed class ChatCompletionChunk : IOpenRouterStreamChunk
{
    /// <summary>The generation id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The choices (empty on the usage chunk).</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatCompletionChunkChoice>? Choices { get; init; }

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

/// <summary>STUB: one choice of a streamed chunk.</summary>
public sealed class ChatCompletionChunkChoice
{
    /// <summary>The delta text.</summary>
    [JsonPropertyName("delta")]
    public ChatCompletionMessage? Delta { get; init; }

    /// <summary>The finish reason.</summary>
    [JsonPropertyName("finish_reason")]
    public string? FinishReason { get; init; }
}
