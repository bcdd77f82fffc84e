using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>One choice of a streamed chunk.</summary>
public sealed class ChatCompletionChunkChoice : IOpenRouterChoice
{
    /// <summary>The choice index (<c>index</c>).</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>The fragment of the message (<c>delta</c>): content, reasoning, reasoning details, tool-call fragments, ...</summary>
    [JsonPropertyName("delta")]
    public ChatCompletionMessage? Delta { get; init; }

    /// <summary>The normalised finish reason, on the last content chunk (<c>finish_reason</c>).</summary>
    [JsonPropertyName("finish_reason")]
    public CompletionFinishReason? FinishReason { get; init; }

    /// <summary>The provider's raw finish reason (<c>native_finish_reason</c>).</summary>
    [JsonPropertyName("native_finish_reason")]
    public string? NativeFinishReason { get; init; }

    /// <summary>Log probabilities (<c>logprobs</c>).</summary>
    [JsonPropertyName("logprobs")]
    public ChatLogprobs? Logprobs { get; init; }

    /// <summary>A provider error on this choice (<c>error</c>).</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
