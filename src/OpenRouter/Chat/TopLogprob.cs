using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>One alternative token of <c>top_logprobs</c>.</summary>
public sealed class TopLogprob
{
    /// <summary>The token (<c>token</c>).</summary>
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    /// <summary>The log probability (<c>logprob</c>).</summary>
    [JsonPropertyName("logprob")]
    public double Logprob { get; init; }

    /// <summary>The UTF-8 bytes of the token (<c>bytes</c>).</summary>
    [JsonPropertyName("bytes")]
    public IReadOnlyList<int>? Bytes { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
