using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>Log probabilities of a chat choice (<c>logprobs</c>).</summary>
public sealed class ChatLogprobs
{
    /// <summary>Per-token log probabilities of the content (<c>content</c>).</summary>
    [JsonPropertyName("content")]
    public IReadOnlyList<TokenLogprob>? Content { get; init; }

    /// <summary>Per-token log probabilities of the refusal (<c>refusal</c>).</summary>
    [JsonPropertyName("refusal")]
    public IReadOnlyList<TokenLogprob>? Refusal { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
