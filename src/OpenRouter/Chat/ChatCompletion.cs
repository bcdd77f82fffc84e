using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter.Internal;

namespace OpenRouter;

/// <summary>STUB (wire-types owner completes): a non-streamed chat completion.</summary>
public sealed class ChatCompletion : IOpenRouterResponse
{
    /// <summary>The generation id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The choices.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatCompletionChoice>? Choices { get; init; }

    /// <summary>An error OpenRouter reported with HTTP 200.</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    string? IOpenRouterResponse.GenerationId => Id;

    bool IOpenRouterResponse.HasChoices => Choices is { Count: > 0 };

    OpenRouterError? IOpenRouterResponse.GetError()
    {
        if (Error is not null)
        {
            return Error;
        }

        if (Choices is not null)
        {
            foreach (var choice in Choices)
            {
                if (choice.Error is not null)
                {
                    return choice.Error;
                }
            }
        }

        return null;
    }
}

/// <summary>STUB: one choice of a chat completion.</summary>
public sealed class ChatCompletionChoice
{
    /// <summary>The message.</summary>
    [JsonPropertyName("message")]
    public ChatCompletionMessage? Message { get; init; }

    /// <summary>The normalised finish reason.</summary>
    [JsonPropertyName("finish_reason")]
    public string? FinishReason { get; init; }

    /// <summary>A provider error that interrupted this choice.</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }
}
