using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>
/// The body of <c>POST chat/completions</c>. Unset properties are not written. Fields not modelled here can be sent
/// through <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class ChatCompletionRequest
{
    private bool? _stream;

    /// <summary>The model slug, e.g. <c>openai/gpt-4o</c> (<c>model</c>); the account default when unset.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Fallback models tried in order when the previous one fails (<c>models</c>).</summary>
    [JsonPropertyName("models")]
    public IReadOnlyList<string>? Models { get; init; }

    /// <summary>The conversation (<c>messages</c>).</summary>
    [JsonPropertyName("messages")]
    public IReadOnlyList<ChatCompletionMessage>? Messages { get; init; }

    /// <summary>Set by <see cref="OpenRouterClient.StreamChatCompletionAsync(ChatCompletionRequest, System.Threading.CancellationToken)"/>; leave unset when calling the non-streaming method.</summary>
    [JsonPropertyName("stream")]
    public bool? Stream { get => _stream; init => _stream = value; }

    /// <summary>Maximum tokens to generate (<c>max_tokens</c>; deprecated by the spec in favour of <see cref="MaxCompletionTokens"/>).</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; init; }

    /// <summary>Maximum tokens to generate (<c>max_completion_tokens</c>).</summary>
    [JsonPropertyName("max_completion_tokens")]
    public int? MaxCompletionTokens { get; init; }

    /// <summary>Sampling temperature, 0 to 2 (<c>temperature</c>).</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>Nucleus sampling, 0 to 1 (<c>top_p</c>).</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; init; }

    /// <summary>Top-k sampling; 0 disables (<c>top_k</c>).</summary>
    [JsonPropertyName("top_k")]
    public int? TopK { get; init; }

    /// <summary>Frequency penalty, -2 to 2 (<c>frequency_penalty</c>).</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; init; }

    /// <summary>Presence penalty, -2 to 2 (<c>presence_penalty</c>).</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; init; }

    /// <summary>Repetition penalty, 0 to 2; 1 means none (<c>repetition_penalty</c>).</summary>
    [JsonPropertyName("repetition_penalty")]
    public double? RepetitionPenalty { get; init; }

    /// <summary>Minimum probability relative to the top token, 0 to 1 (<c>min_p</c>).</summary>
    [JsonPropertyName("min_p")]
    public double? MinP { get; init; }

    /// <summary>Top-a sampling, 0 to 1 (<c>top_a</c>).</summary>
    [JsonPropertyName("top_a")]
    public double? TopA { get; init; }

    /// <summary>Seed for best-effort determinism (<c>seed</c>).</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; init; }

    /// <summary>Token id (as a string) to bias, -100 to 100 (<c>logit_bias</c>).</summary>
    [JsonPropertyName("logit_bias")]
    public IReadOnlyDictionary<string, double>? LogitBias { get; init; }

    /// <summary>Whether to return per-token log probabilities (<c>logprobs</c>).</summary>
    [JsonPropertyName("logprobs")]
    public bool? Logprobs { get; init; }

    /// <summary>How many alternatives per token, 0 to 20; needs <see cref="Logprobs"/> (<c>top_logprobs</c>).</summary>
    [JsonPropertyName("top_logprobs")]
    public int? TopLogprobs { get; init; }

    /// <summary>Stop sequences, at most 4 (<c>stop</c>); always written as an array.</summary>
    [JsonPropertyName("stop")]
    [JsonConverter(typeof(StringOrListJsonConverter))]
    public IReadOnlyList<string>? Stop { get; init; }

    /// <summary>The output format (<c>response_format</c>).</summary>
    [JsonPropertyName("response_format")]
    public ResponseFormat? ResponseFormat { get; init; }

    /// <summary>Tools the model may call (<c>tools</c>); send them on every request of a tool loop.</summary>
    [JsonPropertyName("tools")]
    public IReadOnlyList<ChatCompletionTool>? Tools { get; init; }

    /// <summary>Which tool the model must use (<c>tool_choice</c>).</summary>
    [JsonPropertyName("tool_choice")]
    public ToolChoice? ToolChoice { get; init; }

    /// <summary>Whether the model may call several tools at once (<c>parallel_tool_calls</c>, default true).</summary>
    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls { get; init; }

    /// <summary>Predicted output (<c>prediction</c>).</summary>
    [JsonPropertyName("prediction")]
    public PredictedOutput? Prediction { get; init; }

    /// <summary>Reasoning settings (<c>reasoning</c>).</summary>
    [JsonPropertyName("reasoning")]
    public ReasoningConfig? Reasoning { get; init; }

    /// <summary>Shorthand for <c>reasoning.effort</c> (<c>reasoning_effort</c>); must not disagree with it.</summary>
    [JsonPropertyName("reasoning_effort")]
    public ReasoningEffortLevel? ReasoningEffort { get; init; }

    /// <summary>Legacy switch: true is like <c>reasoning: {}</c>, false like <c>reasoning: {exclude: true}</c> (<c>include_reasoning</c>).</summary>
    [JsonPropertyName("include_reasoning")]
    public bool? IncludeReasoning { get; init; }

    /// <summary>Output verbosity (<c>verbosity</c>).</summary>
    [JsonPropertyName("verbosity")]
    public OutputVerbosity? Verbosity { get; init; }

    /// <summary>Provider routing preferences (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; init; }

    /// <summary>Plugins (<c>plugins</c>).</summary>
    [JsonPropertyName("plugins")]
    public IReadOnlyList<ChatPlugin>? Plugins { get; init; }

    /// <summary>Legacy prompt transforms, e.g. <c>["middle-out"]</c> (<c>transforms</c>).</summary>
    [JsonPropertyName("transforms")]
    public IReadOnlyList<string>? Transforms { get; init; }

    /// <summary>Native web search settings (<c>web_search_options</c>).</summary>
    [JsonPropertyName("web_search_options")]
    public WebSearchOptions? WebSearchOptions { get; init; }

    /// <summary>Output modalities, e.g. <c>["image","text"]</c> (<c>modalities</c>).</summary>
    [JsonPropertyName("modalities")]
    public IReadOnlyList<string>? Modalities { get; init; }

    /// <summary>Image generation options (<c>image_config</c>).</summary>
    [JsonPropertyName("image_config")]
    public ImageGenerationConfig? ImageConfig { get; init; }

    /// <summary>Audio output settings (<c>audio</c>).</summary>
    [JsonPropertyName("audio")]
    public AudioOutputOptions? Audio { get; init; }

    /// <summary>Deprecated usage switch (<c>usage</c>), written <c>{"include": ...}</c>.</summary>
    [JsonPropertyName("usage")]
    public UsageAccountingOptions? Usage { get; init; }

    /// <summary>Stable end-user id for abuse isolation (<c>user</c>).</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>Sticky-routing and grouping key, at most 256 characters (<c>session_id</c>).</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>OpenAI-style prompt cache key (<c>prompt_cache_key</c>).</summary>
    [JsonPropertyName("prompt_cache_key")]
    public string? PromptCacheKey { get; init; }

    /// <summary>Automatic prompt caching for the whole request (<c>cache_control</c>).</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; init; }

    /// <summary>Key-value metadata, at most 16 pairs (<c>metadata</c>).</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Observability trace data (<c>trace</c>).</summary>
    [JsonPropertyName("trace")]
    public TraceOptions? Trace { get; init; }

    /// <summary>The requested service tier (<c>service_tier</c>).</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTierLevel? ServiceTier { get; init; }

    /// <summary>Deprecated alias of <c>provider.sort.partition</c>: <c>fallback</c> or <c>sort</c> (<c>route</c>).</summary>
    [JsonPropertyName("route")]
    public string? Route { get; init; }

    /// <summary>Debug options, streaming only (<c>debug</c>).</summary>
    [JsonPropertyName("debug")]
    public DebugOptions? Debug { get; init; }

    /// <summary>A saved preset slug to apply (<c>preset</c>).</summary>
    [JsonPropertyName("preset")]
    public string? Preset { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A shallow copy with <c>stream: true</c>; the caller's object is never changed.</summary>
    internal ChatCompletionRequest WithStreamEnabled()
    {
        var copy = (ChatCompletionRequest)MemberwiseClone();
        copy._stream = true;
        return copy;
    }
}
