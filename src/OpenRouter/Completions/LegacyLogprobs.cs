using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Log probabilities in the legacy completions shape: parallel arrays per token.</summary>
public sealed class LegacyLogprobs
{
    /// <summary>The tokens (<c>tokens</c>).</summary>
    [JsonPropertyName("tokens")]
    public IReadOnlyList<string>? Tokens { get; init; }

    /// <summary>The log probability of each token (<c>token_logprobs</c>); an entry may be null (e.g. the first echoed token).</summary>
    [JsonPropertyName("token_logprobs")]
    public IReadOnlyList<double?>? TokenLogprobs { get; init; }

    /// <summary>For each token, the most likely alternatives and their log probabilities (<c>top_logprobs</c>).</summary>
    [JsonPropertyName("top_logprobs")]
    public IReadOnlyList<IReadOnlyDictionary<string, double>?>? TopLogprobs { get; init; }

    /// <summary>The character offset of each token in the text (<c>text_offset</c>).</summary>
    [JsonPropertyName("text_offset")]
    public IReadOnlyList<int>? TextOffset { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
