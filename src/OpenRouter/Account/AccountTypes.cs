using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Information about an API key (the <c>data</c> of <c>GET key</c>).</summary>
public sealed class KeyInfo
{
    /// <summary>The key label, a masked key (<c>label</c>).</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>The key name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The key hash (<c>hash</c>).</summary>
    [JsonPropertyName("hash")]
    public string? Hash { get; init; }

    /// <summary>Whether the key is disabled (<c>disabled</c>).</summary>
    [JsonPropertyName("disabled")]
    public bool? Disabled { get; init; }

    /// <summary>The credit limit in USD; null means unlimited (<c>limit</c>).</summary>
    [JsonPropertyName("limit")]
    public decimal? Limit { get; init; }

    /// <summary>The remaining limit in USD; null means unlimited (<c>limit_remaining</c>).</summary>
    [JsonPropertyName("limit_remaining")]
    public decimal? LimitRemaining { get; init; }

    /// <summary>When the limit resets: <c>daily</c>, <c>weekly</c>, <c>monthly</c>, or null (<c>limit_reset</c>).</summary>
    [JsonPropertyName("limit_reset")]
    public string? LimitReset { get; init; }

    /// <summary>Whether BYOK usage counts toward the limit (<c>include_byok_in_limit</c>).</summary>
    [JsonPropertyName("include_byok_in_limit")]
    public bool? IncludeByokInLimit { get; init; }

    /// <summary>All-time usage in USD (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public decimal? Usage { get; init; }

    /// <summary>Usage today (UTC) in USD (<c>usage_daily</c>).</summary>
    [JsonPropertyName("usage_daily")]
    public decimal? UsageDaily { get; init; }

    /// <summary>Usage this week (Monday-based, UTC) in USD (<c>usage_weekly</c>).</summary>
    [JsonPropertyName("usage_weekly")]
    public decimal? UsageWeekly { get; init; }

    /// <summary>Usage this month in USD (<c>usage_monthly</c>).</summary>
    [JsonPropertyName("usage_monthly")]
    public decimal? UsageMonthly { get; init; }

    /// <summary>All-time BYOK usage in USD (<c>byok_usage</c>).</summary>
    [JsonPropertyName("byok_usage")]
    public decimal? ByokUsage { get; init; }

    /// <summary>BYOK usage today in USD (<c>byok_usage_daily</c>).</summary>
    [JsonPropertyName("byok_usage_daily")]
    public decimal? ByokUsageDaily { get; init; }

    /// <summary>BYOK usage this week in USD (<c>byok_usage_weekly</c>).</summary>
    [JsonPropertyName("byok_usage_weekly")]
    public decimal? ByokUsageWeekly { get; init; }

    /// <summary>BYOK usage this month in USD (<c>byok_usage_monthly</c>).</summary>
    [JsonPropertyName("byok_usage_monthly")]
    public decimal? ByokUsageMonthly { get; init; }

    /// <summary>Whether the user never purchased credits (<c>is_free_tier</c>).</summary>
    [JsonPropertyName("is_free_tier")]
    public bool? IsFreeTier { get; init; }

    /// <summary>Whether this is a management key (<c>is_management_key</c>).</summary>
    [JsonPropertyName("is_management_key")]
    public bool? IsManagementKey { get; init; }

    /// <summary>Deprecated duplicate of <c>is_management_key</c> (<c>is_provisioning_key</c>).</summary>
    [JsonPropertyName("is_provisioning_key")]
    public bool? IsProvisioningKey { get; init; }

    /// <summary>The user who created the key (<c>creator_user_id</c>).</summary>
    [JsonPropertyName("creator_user_id")]
    public string? CreatorUserId { get; init; }

    /// <summary>When the key was created (ISO 8601) (<c>created_at</c>).</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; init; }

    /// <summary>When the key was last updated (ISO 8601) (<c>updated_at</c>).</summary>
    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; init; }

    /// <summary>When the key expires (ISO 8601), or null (<c>expires_at</c>).</summary>
    [JsonPropertyName("expires_at")]
    public string? ExpiresAt { get; init; }

    /// <summary>The workspace id (<c>workspace_id</c>).</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; init; }

    /// <summary>The deprecated legacy rate limit (<c>rate_limit</c>).</summary>
    [JsonPropertyName("rate_limit")]
    public KeyRateLimit? RateLimit { get; init; }

    /// <summary>Today's (UTC) requests to free models: used, allowed and left (<c>free_model_daily_requests</c>); null when not reported.</summary>
    [JsonPropertyName("free_model_daily_requests")]
    public FreeModelDailyRequests? FreeModelDailyRequests { get; init; }

    /// <summary>What the key may still spend under the tightest limit that applies to it (<c>effective_budget</c>); null when not reported.</summary>
    [JsonPropertyName("effective_budget")]
    public EffectiveBudget? EffectiveBudget { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The deprecated legacy rate limit of a key (<c>rate_limit</c>).</summary>
public sealed class KeyRateLimit
{
    /// <summary>Requests allowed per interval (<c>requests</c>).</summary>
    [JsonPropertyName("requests")]
    public double? Requests { get; init; }

    /// <summary>The interval, e.g. <c>1h</c> (<c>interval</c>).</summary>
    [JsonPropertyName("interval")]
    public string? Interval { get; init; }

    /// <summary>A note from OpenRouter (<c>note</c>).</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The account's credits (the <c>data</c> of <c>GET credits</c>), in USD.</summary>
public sealed class Credits
{
    /// <summary>Total credits purchased (<c>total_credits</c>).</summary>
    [JsonPropertyName("total_credits")]
    public decimal TotalCredits { get; init; }

    /// <summary>Total credits used (<c>total_usage</c>).</summary>
    [JsonPropertyName("total_usage")]
    public decimal TotalUsage { get; init; }

    /// <summary>Credits left: <see cref="TotalCredits"/> minus <see cref="TotalUsage"/>.</summary>
    [JsonIgnore]
    public decimal Remaining => TotalCredits - TotalUsage;

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Stats and cost of one generation (the <c>data</c> of <c>GET generation?id=</c>).</summary>
public sealed class GenerationInfo
{
    /// <summary>The generation id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The id the upstream provider assigned (<c>upstream_id</c>).</summary>
    [JsonPropertyName("upstream_id")]
    public string? UpstreamId { get; init; }

    /// <summary>The total cost in USD (<c>total_cost</c>).</summary>
    [JsonPropertyName("total_cost")]
    public decimal? TotalCost { get; init; }

    /// <summary>The credits used in USD (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public decimal? Usage { get; init; }

    /// <summary>The prompt-cache discount (negative for writes) (<c>cache_discount</c>).</summary>
    [JsonPropertyName("cache_discount")]
    public decimal? CacheDiscount { get; init; }

    /// <summary>The upstream cost (BYOK) (<c>upstream_inference_cost</c>).</summary>
    [JsonPropertyName("upstream_inference_cost")]
    public decimal? UpstreamInferenceCost { get; init; }

    /// <summary>When the generation was created (ISO 8601) (<c>created_at</c>).</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; init; }

    /// <summary>The model used (<c>model</c>).</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The app id (<c>app_id</c>).</summary>
    [JsonPropertyName("app_id")]
    public long? AppId { get; init; }

    /// <summary>Whether the generation was streamed (<c>streamed</c>).</summary>
    [JsonPropertyName("streamed")]
    public bool? Streamed { get; init; }

    /// <summary>Whether the generation was cancelled (<c>cancelled</c>).</summary>
    [JsonPropertyName("cancelled")]
    public bool? Cancelled { get; init; }

    /// <summary>The provider that served it (<c>provider_name</c>).</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; init; }

    /// <summary>The total latency in milliseconds, possibly fractional (<c>latency</c>).</summary>
    [JsonPropertyName("latency")]
    public double? Latency { get; init; }

    /// <summary>The moderation latency in milliseconds, possibly fractional (<c>moderation_latency</c>).</summary>
    [JsonPropertyName("moderation_latency")]
    public double? ModerationLatency { get; init; }

    /// <summary>The generation time in milliseconds, possibly fractional (<c>generation_time</c>).</summary>
    [JsonPropertyName("generation_time")]
    public double? GenerationTime { get; init; }

    /// <summary>The normalised finish reason (<c>finish_reason</c>).</summary>
    [JsonPropertyName("finish_reason")]
    public CompletionFinishReason? FinishReason { get; init; }

    /// <summary>The provider's raw finish reason (<c>native_finish_reason</c>).</summary>
    [JsonPropertyName("native_finish_reason")]
    public string? NativeFinishReason { get; init; }

    /// <summary>Normalised prompt tokens (<c>tokens_prompt</c>).</summary>
    [JsonPropertyName("tokens_prompt")]
    public int? TokensPrompt { get; init; }

    /// <summary>Normalised completion tokens (<c>tokens_completion</c>).</summary>
    [JsonPropertyName("tokens_completion")]
    public int? TokensCompletion { get; init; }

    /// <summary>Native prompt tokens (billing basis) (<c>native_tokens_prompt</c>).</summary>
    [JsonPropertyName("native_tokens_prompt")]
    public int? NativeTokensPrompt { get; init; }

    /// <summary>Native completion tokens (billing basis) (<c>native_tokens_completion</c>).</summary>
    [JsonPropertyName("native_tokens_completion")]
    public int? NativeTokensCompletion { get; init; }

    /// <summary>Native image output tokens (<c>native_tokens_completion_images</c>).</summary>
    [JsonPropertyName("native_tokens_completion_images")]
    public int? NativeTokensCompletionImages { get; init; }

    /// <summary>Native reasoning tokens (<c>native_tokens_reasoning</c>).</summary>
    [JsonPropertyName("native_tokens_reasoning")]
    public int? NativeTokensReasoning { get; init; }

    /// <summary>Native cached prompt tokens (<c>native_tokens_cached</c>).</summary>
    [JsonPropertyName("native_tokens_cached")]
    public int? NativeTokensCached { get; init; }

    /// <summary>Media items in the prompt (<c>num_media_prompt</c>).</summary>
    [JsonPropertyName("num_media_prompt")]
    public int? NumMediaPrompt { get; init; }

    /// <summary>Media items in the completion (<c>num_media_completion</c>).</summary>
    [JsonPropertyName("num_media_completion")]
    public int? NumMediaCompletion { get; init; }

    /// <summary>Audio inputs in the prompt (<c>num_input_audio_prompt</c>).</summary>
    [JsonPropertyName("num_input_audio_prompt")]
    public int? NumInputAudioPrompt { get; init; }

    /// <summary>Web search results used (<c>num_search_results</c>).</summary>
    [JsonPropertyName("num_search_results")]
    public int? NumSearchResults { get; init; }

    /// <summary>Web fetches made (<c>num_fetches</c>).</summary>
    [JsonPropertyName("num_fetches")]
    public int? NumFetches { get; init; }

    /// <summary>The request origin (<c>origin</c>).</summary>
    [JsonPropertyName("origin")]
    public string? Origin { get; init; }

    /// <summary>Whether the caller's own provider key was used (<c>is_byok</c>).</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; init; }

    /// <summary>The API type: <c>completions</c>, <c>embeddings</c>, ... (<c>api_type</c>).</summary>
    [JsonPropertyName("api_type")]
    public string? ApiType { get; init; }

    /// <summary>The router used, if any (<c>router</c>).</summary>
    [JsonPropertyName("router")]
    public string? Router { get; init; }

    /// <summary>Every provider attempt (<c>provider_responses</c>).</summary>
    [JsonPropertyName("provider_responses")]
    public IReadOnlyList<GenerationProviderResponse>? ProviderResponses { get; init; }

    /// <summary>The request's <c>user</c> (<c>external_user</c>).</summary>
    [JsonPropertyName("external_user")]
    public string? ExternalUser { get; init; }

    /// <summary>The app URL sent as HTTP-Referer (<c>http_referer</c>).</summary>
    [JsonPropertyName("http_referer")]
    public string? HttpReferer { get; init; }

    /// <summary>The user agent (<c>user_agent</c>).</summary>
    [JsonPropertyName("user_agent")]
    public string? UserAgent { get; init; }

    /// <summary>The preset used (<c>preset_id</c>).</summary>
    [JsonPropertyName("preset_id")]
    public string? PresetId { get; init; }

    /// <summary>The session id (<c>session_id</c>).</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>The request id (<c>request_id</c>).</summary>
    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    /// <summary>The generation the response cache answered from (<c>response_cache_source_id</c>).</summary>
    [JsonPropertyName("response_cache_source_id")]
    public string? ResponseCacheSourceId { get; init; }

    /// <summary>The service tier (<c>service_tier</c>).</summary>
    [JsonPropertyName("service_tier")]
    public string? ServiceTier { get; init; }

    /// <summary>The web search engine used (<c>web_search_engine</c>).</summary>
    [JsonPropertyName("web_search_engine")]
    public string? WebSearchEngine { get; init; }

    /// <summary>The workspace id (<c>workspace_id</c>).</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; init; }

    /// <summary>The data region: <c>global</c>, <c>europe</c>, <c>us</c> (<c>data_region</c>).</summary>
    [JsonPropertyName("data_region")]
    public string? DataRegion { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One provider attempt of a generation (<c>provider_responses[]</c>).</summary>
public sealed class GenerationProviderResponse
{
    /// <summary>The attempt id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The endpoint id (<c>endpoint_id</c>).</summary>
    [JsonPropertyName("endpoint_id")]
    public string? EndpointId { get; init; }

    /// <summary>The model permaslug (<c>model_permaslug</c>).</summary>
    [JsonPropertyName("model_permaslug")]
    public string? ModelPermaslug { get; init; }

    /// <summary>The provider (<c>provider_name</c>).</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; init; }

    /// <summary>The HTTP status of the attempt (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }

    /// <summary>The latency in milliseconds (<c>latency</c>).</summary>
    [JsonPropertyName("latency")]
    public double? Latency { get; init; }

    /// <summary>Whether the caller's own key was used (<c>is_byok</c>).</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; init; }

    /// <summary>The service tier routed to (<c>routed_service_tier</c>).</summary>
    [JsonPropertyName("routed_service_tier")]
    public string? RoutedServiceTier { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>{"data": ...}</c> envelope most GET endpoints use.</summary>
internal sealed class DataEnvelope<T>
{
    [JsonPropertyName("data")]
    public T? Data { get; init; }
}
