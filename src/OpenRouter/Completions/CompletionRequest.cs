using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>The body of the legacy <c>POST completions</c> (text in, text out); unset properties are not written.</summary>
/// <remarks>
/// The OpenRouter extras (provider, reasoning, transforms, top_k, min_p, top_a, repetition_penalty, usage) are accepted
/// in practice but not confirmed by the spec. Fields not modelled here can be sent through
/// <see cref="AdditionalProperties"/>.
/// </remarks>
public sealed class CompletionRequest
{
    private bool? _stream;

    /// <summary>The model slug (<c>model</c>).</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Fallback models (<c>models</c>).</summary>
    [JsonPropertyName("models")]
    public IReadOnlyList<string>? Models { get; init; }

    /// <summary>The prompt (<c>prompt</c>). For token-array or multi-prompt forms use <see cref="AdditionalProperties"/>.</summary>
    [JsonPropertyName("prompt")]
    public string? Prompt { get; init; }

    /// <summary>Set by <see cref="OpenRouterClient.StreamCompletionAsync(CompletionRequest, System.Threading.CancellationToken)"/>; leave unset when calling the non-streaming method.</summary>
    [JsonPropertyName("stream")]
    public bool? Stream { get => _stream; init => _stream = value; }

    /// <summary>Maximum tokens to generate (<c>max_tokens</c>).</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; init; }

    /// <summary>Sampling temperature, 0 to 2 (<c>temperature</c>).</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>Nucleus sampling (<c>top_p</c>).</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; init; }

    /// <summary>Top-k sampling (<c>top_k</c>).</summary>
    [JsonPropertyName("top_k")]
    public int? TopK { get; init; }

    /// <summary>Frequency penalty (<c>frequency_penalty</c>).</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; init; }

    /// <summary>Presence penalty (<c>presence_penalty</c>).</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; init; }

    /// <summary>Repetition penalty (<c>repetition_penalty</c>).</summary>
    [JsonPropertyName("repetition_penalty")]
    public double? RepetitionPenalty { get; init; }

    /// <summary>Min-p sampling (<c>min_p</c>).</summary>
    [JsonPropertyName("min_p")]
    public double? MinP { get; init; }

    /// <summary>Top-a sampling (<c>top_a</c>).</summary>
    [JsonPropertyName("top_a")]
    public double? TopA { get; init; }

    /// <summary>Seed (<c>seed</c>).</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; init; }

    /// <summary>Token biases (<c>logit_bias</c>).</summary>
    [JsonPropertyName("logit_bias")]
    public IReadOnlyDictionary<string, double>? LogitBias { get; init; }

    /// <summary>How many top log probabilities to return per token, 0 to 5 (<c>logprobs</c>). An integer on this legacy endpoint, not a boolean.</summary>
    [JsonPropertyName("logprobs")]
    public int? Logprobs { get; init; }

    /// <summary>Top log probabilities (<c>top_logprobs</c>); accepted by some providers.</summary>
    [JsonPropertyName("top_logprobs")]
    public int? TopLogprobs { get; init; }

    /// <summary>Stop sequences (<c>stop</c>); always written as an array.</summary>
    [JsonPropertyName("stop")]
    [JsonConverter(typeof(StringOrListJsonConverter))]
    public IReadOnlyList<string>? Stop { get; init; }

    /// <summary>Echo the prompt in the output (<c>echo</c>).</summary>
    [JsonPropertyName("echo")]
    public bool? Echo { get; init; }

    /// <summary>Text after the completion (<c>suffix</c>).</summary>
    [JsonPropertyName("suffix")]
    public string? Suffix { get; init; }

    /// <summary>Number of completions (<c>n</c>).</summary>
    [JsonPropertyName("n")]
    public int? N { get; init; }

    /// <summary>Candidates generated server-side (<c>best_of</c>).</summary>
    [JsonPropertyName("best_of")]
    public int? BestOf { get; init; }

    /// <summary>The output format (<c>response_format</c>).</summary>
    [JsonPropertyName("response_format")]
    public ResponseFormat? ResponseFormat { get; init; }

    /// <summary>Provider routing preferences (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; init; }

    /// <summary>Reasoning settings (<c>reasoning</c>).</summary>
    [JsonPropertyName("reasoning")]
    public ReasoningConfig? Reasoning { get; init; }

    /// <summary>Legacy reasoning switch (<c>include_reasoning</c>).</summary>
    [JsonPropertyName("include_reasoning")]
    public bool? IncludeReasoning { get; init; }

    /// <summary>Legacy prompt transforms (<c>transforms</c>).</summary>
    [JsonPropertyName("transforms")]
    public IReadOnlyList<string>? Transforms { get; init; }

    /// <summary>Plugins (<c>plugins</c>).</summary>
    [JsonPropertyName("plugins")]
    public IReadOnlyList<ChatPlugin>? Plugins { get; init; }

    /// <summary>Deprecated usage switch (<c>usage</c>), written <c>{"include": ...}</c>.</summary>
    [JsonPropertyName("usage")]
    public UsageAccountingOptions? Usage { get; init; }

    /// <summary>Stable end-user id (<c>user</c>).</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>Sticky-routing and grouping key (<c>session_id</c>).</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    /// <summary>Key-value metadata (<c>metadata</c>).</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Observability trace data (<c>trace</c>).</summary>
    [JsonPropertyName("trace")]
    public TraceOptions? Trace { get; init; }

    /// <summary>A saved preset slug (<c>preset</c>).</summary>
    [JsonPropertyName("preset")]
    public string? Preset { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A shallow copy with <c>stream: true</c>; the caller's object is never changed.</summary>
    internal CompletionRequest WithStreamEnabled()
    {
        var copy = (CompletionRequest)MemberwiseClone();
        copy._stream = true;
        return copy;
    }
}
