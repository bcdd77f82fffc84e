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

/// <summary>Breakdown of prompt tokens (<c>usage.prompt_tokens_details</c>).</summary>
public sealed class PromptTokensDetails
{
    /// <summary>Tokens read from the prompt cache (<c>cached_tokens</c>).</summary>
    [JsonPropertyName("cached_tokens")]
    public int? CachedTokens { get; init; }

    /// <summary>Tokens written to the prompt cache (<c>cache_write_tokens</c>).</summary>
    [JsonPropertyName("cache_write_tokens")]
    public int? CacheWriteTokens { get; init; }

    /// <summary>Audio input tokens (<c>audio_tokens</c>).</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; init; }

    /// <summary>Video input tokens (<c>video_tokens</c>).</summary>
    [JsonPropertyName("video_tokens")]
    public int? VideoTokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Breakdown of completion tokens (<c>usage.completion_tokens_details</c>).</summary>
public sealed class CompletionTokensDetails
{
    /// <summary>Reasoning tokens (<c>reasoning_tokens</c>).</summary>
    [JsonPropertyName("reasoning_tokens")]
    public int? ReasoningTokens { get; init; }

    /// <summary>Audio output tokens (<c>audio_tokens</c>).</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; init; }

    /// <summary>Image output tokens (<c>image_tokens</c>).</summary>
    [JsonPropertyName("image_tokens")]
    public int? ImageTokens { get; init; }

    /// <summary>Predicted-output tokens that were used (<c>accepted_prediction_tokens</c>).</summary>
    [JsonPropertyName("accepted_prediction_tokens")]
    public int? AcceptedPredictionTokens { get; init; }

    /// <summary>Predicted-output tokens that were not used (<c>rejected_prediction_tokens</c>).</summary>
    [JsonPropertyName("rejected_prediction_tokens")]
    public int? RejectedPredictionTokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Upstream cost breakdown (<c>usage.cost_details</c>), in USD.</summary>
public sealed class UsageCostDetails
{
    /// <summary>What the upstream provider charged (<c>upstream_inference_cost</c>); meaningful for BYOK requests.</summary>
    [JsonPropertyName("upstream_inference_cost")]
    public decimal? UpstreamInferenceCost { get; init; }

    /// <summary>The prompt part of the upstream cost (<c>upstream_inference_prompt_cost</c>).</summary>
    [JsonPropertyName("upstream_inference_prompt_cost")]
    public decimal? UpstreamInferencePromptCost { get; init; }

    /// <summary>The completion part of the upstream cost (<c>upstream_inference_completions_cost</c>).</summary>
    [JsonPropertyName("upstream_inference_completions_cost")]
    public decimal? UpstreamInferenceCompletionsCost { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Usage of OpenRouter server tools (<c>usage.server_tool_use_details</c> or <c>usage.server_tool_use</c>).</summary>
public sealed class ServerToolUseDetails
{
    /// <summary>Web searches run (<c>web_search_requests</c>).</summary>
    [JsonPropertyName("web_search_requests")]
    public int? WebSearchRequests { get; init; }

    /// <summary>Server tool calls the model requested (<c>tool_calls_requested</c>).</summary>
    [JsonPropertyName("tool_calls_requested")]
    public int? ToolCallsRequested { get; init; }

    /// <summary>Server tool calls OpenRouter executed (<c>tool_calls_executed</c>).</summary>
    [JsonPropertyName("tool_calls_executed")]
    public int? ToolCallsExecuted { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
