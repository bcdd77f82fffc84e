using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>One choice of a legacy text completion or chunk.</summary>
public sealed class CompletionChoice : IOpenRouterChoice
{
    /// <summary>The choice index (<c>index</c>).</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>The generated text, or a fragment in a stream (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The finish reason (<c>finish_reason</c>).</summary>
    [JsonPropertyName("finish_reason")]
    public CompletionFinishReason? FinishReason { get; init; }

    /// <summary>The provider's raw finish reason (<c>native_finish_reason</c>).</summary>
    [JsonPropertyName("native_finish_reason")]
    public string? NativeFinishReason { get; init; }

    /// <summary>Plain-text reasoning (<c>reasoning</c>).</summary>
    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; init; }

    /// <summary>Structured reasoning (<c>reasoning_details</c>), kept verbatim.</summary>
    [JsonPropertyName("reasoning_details")]
    public IReadOnlyList<ReasoningDetail>? ReasoningDetails { get; init; }

    /// <summary>Log probabilities in the legacy shape (<c>logprobs</c>).</summary>
    [JsonPropertyName("logprobs")]
    public LegacyLogprobs? Logprobs { get; init; }

    /// <summary>A provider error on this choice (<c>error</c>).</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
