namespace OpenRouter.Extensions.AI;

/// <summary>
/// The keys of <c>UsageDetails.AdditionalCounts</c> under which OpenRouter's counters that have no typed home in
/// Microsoft.Extensions.AI appear.
/// </summary>
/// <remarks>
/// Cache reads are <c>CachedInputTokenCount</c> and reasoning <c>ReasoningTokenCount</c>. A key is present only when
/// OpenRouter reported a count above zero; counts add up across calls like the typed ones.
/// </remarks>
public static class OpenRouterUsageKeys
{
    /// <summary>Prompt tokens written to the prompt cache (<c>usage.prompt_tokens_details.cache_write_tokens</c>).</summary>
    public const string CacheWriteInputTokens = "InputTokenDetails.CacheWriteTokenCount";

    /// <summary>Audio prompt tokens (<c>usage.prompt_tokens_details.audio_tokens</c>).</summary>
    public const string AudioInputTokens = "InputTokenDetails.AudioTokenCount";

    /// <summary>Video prompt tokens (<c>usage.prompt_tokens_details.video_tokens</c>).</summary>
    public const string VideoInputTokens = "InputTokenDetails.VideoTokenCount";

    /// <summary>Audio output tokens (<c>usage.completion_tokens_details.audio_tokens</c>).</summary>
    public const string AudioOutputTokens = "OutputTokenDetails.AudioTokenCount";

    /// <summary>Image output tokens (<c>usage.completion_tokens_details.image_tokens</c>).</summary>
    public const string ImageOutputTokens = "OutputTokenDetails.ImageTokenCount";

    /// <summary>Predicted-output tokens that were used (<c>usage.completion_tokens_details.accepted_prediction_tokens</c>).</summary>
    public const string AcceptedPredictionTokens = "OutputTokenDetails.AcceptedPredictionTokenCount";

    /// <summary>Predicted-output tokens that were not used (<c>usage.completion_tokens_details.rejected_prediction_tokens</c>).</summary>
    public const string RejectedPredictionTokens = "OutputTokenDetails.RejectedPredictionTokenCount";

    /// <summary>Web searches the web search server tool ran (<c>usage.server_tool_use_details.web_search_requests</c>).</summary>
    public const string WebSearchRequests = "ServerToolUse.WebSearchRequestCount";

    /// <summary>Server tool calls the model asked for (<c>usage.server_tool_use_details.tool_calls_requested</c>).</summary>
    public const string ServerToolCallsRequested = "ServerToolUse.ToolCallsRequestedCount";

    /// <summary>Server tool calls OpenRouter ran (<c>usage.server_tool_use_details.tool_calls_executed</c>).</summary>
    public const string ServerToolCallsExecuted = "ServerToolUse.ToolCallsExecutedCount";
}
