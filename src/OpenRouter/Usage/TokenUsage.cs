using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// Token counts and cost of one generation (<c>usage</c>): in the body of a non-streamed completion, on the last chunk of a stream.
/// Counts come from the model's native tokenizer (the billing basis).
/// </summary>
public sealed class TokenUsage
{
    /// <summary>Tokens in the prompt, images, audio and tools included (<c>prompt_tokens</c>).</summary>
    [JsonPropertyName("prompt_tokens")]
    public int PromptTokens { get; init; }

    /// <summary>Tokens generated, reasoning included (<c>completion_tokens</c>).</summary>
    [JsonPropertyName("completion_tokens")]
    public int CompletionTokens { get; init; }

    /// <summary>Prompt plus completion tokens (<c>total_tokens</c>).</summary>
    [JsonPropertyName("total_tokens")]
    public int TotalTokens { get; init; }

    /// <summary>Breakdown of the prompt tokens (<c>prompt_tokens_details</c>).</summary>
    [JsonPropertyName("prompt_tokens_details")]
    public PromptTokensDetails? PromptTokensDetails { get; init; }

    /// <summary>Breakdown of the completion tokens (<c>completion_tokens_details</c>).</summary>
    [JsonPropertyName("completion_tokens_details")]
    public CompletionTokensDetails? CompletionTokensDetails { get; init; }

    /// <summary>Credits (USD) charged for the request (<c>cost</c>).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Whether the request ran on the caller's own provider key (<c>is_byok</c>).</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; init; }

    /// <summary>Upstream cost breakdown (<c>cost_details</c>).</summary>
    [JsonPropertyName("cost_details")]
    public UsageCostDetails? CostDetails { get; init; }

    /// <summary>Server-tool usage (<c>server_tool_use_details</c>); see also <see cref="ServerToolUse"/> and <see cref="GetServerToolUse"/>.</summary>
    [JsonPropertyName("server_tool_use_details")]
    public ServerToolUseDetails? ServerToolUseDetails { get; init; }

    /// <summary>Server-tool usage as spelled by the docs overview (<c>server_tool_use</c>).</summary>
    [JsonPropertyName("server_tool_use")]
    public ServerToolUseDetails? ServerToolUse { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Server-tool usage under whichever name it arrived (<c>server_tool_use_details</c> first).</summary>
    /// <returns>The details, or null when neither field was sent.</returns>
    public ServerToolUseDetails? GetServerToolUse() => ServerToolUseDetails ?? ServerToolUse;
}
