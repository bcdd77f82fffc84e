using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

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
