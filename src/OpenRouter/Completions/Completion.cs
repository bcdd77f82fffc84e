using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Internal;

namespace OpenRouter;

/// <summary>A legacy text completion (the body answered by <c>POST completions</c>).</summary>
public sealed class Completion : IOpenRouterResponse
{
    /// <summary>The generation id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The provider that served the request (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>The model actually used (<c>model</c>).</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The object type (<c>object</c>), <c>text_completion</c>.</summary>
    [JsonPropertyName("object")]
    public string? ObjectType { get; init; }

    /// <summary>Creation time in unix seconds (<c>created</c>); see <see cref="CreatedAt"/>.</summary>
    [JsonPropertyName("created")]
    public long Created { get; init; }

    /// <summary><see cref="Created"/> as a <see cref="DateTimeOffset"/> (UTC).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeSeconds(Created);

    /// <summary>The backend fingerprint (<c>system_fingerprint</c>).</summary>
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; init; }

    /// <summary>The choices (<c>choices</c>).</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<CompletionChoice>? Choices { get; init; }

    /// <summary>Token usage and cost (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public TokenUsage? Usage { get; init; }

    /// <summary>An error reported with HTTP 200 (<c>error</c>).</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    string? IOpenRouterResponse.GenerationId => Id;

    bool IOpenRouterResponse.HasChoices => Choices is { Count: > 0 };

    OpenRouterError? IOpenRouterResponse.GetError() => Error ?? ChoiceChecks.FirstError(Choices);
}

/// <summary>One choice of a legacy text completion or chunk.</summary>
public sealed class CompletionChoice : IOpenRouterChoice
{
    /// <summary>The choice index (<c>index</c>).</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>The generated text, or a fragment in a stream (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The finish reason (<c>finish_reason</c>).</summary>
    [JsonPropertyName("finish_reason")]
    public CompletionFinishReason? FinishReason { get; init; }

    /// <summary>The provider's raw finish reason (<c>native_finish_reason</c>).</summary>
    [JsonPropertyName("native_finish_reason")]
    public string? NativeFinishReason { get; init; }

    /// <summary>Plain-text reasoning (<c>reasoning</c>).</summary>
    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; init; }

    /// <summary>Structured reasoning (<c>reasoning_details</c>), kept verbatim.</summary>
    [JsonPropertyName("reasoning_details")]
    public IReadOnlyList<ReasoningDetail>? ReasoningDetails { get; init; }

    /// <summary>Log probabilities in the legacy shape (<c>logprobs</c>).</summary>
    [JsonPropertyName("logprobs")]
    public LegacyLogprobs? Logprobs { get; init; }

    /// <summary>A provider error on this choice (<c>error</c>).</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

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

/// <summary>One streamed chunk of a legacy text completion.</summary>
public sealed class CompletionChunk : IOpenRouterStreamChunk
{
    /// <summary>The generation id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The provider that served the request (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>The model actually used (<c>model</c>).</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The object type (<c>object</c>).</summary>
    [JsonPropertyName("object")]
    public string? ObjectType { get; init; }

    /// <summary>Creation time in unix seconds (<c>created</c>); see <see cref="CreatedAt"/>.</summary>
    [JsonPropertyName("created")]
    public long Created { get; init; }

    /// <summary><see cref="Created"/> as a <see cref="DateTimeOffset"/> (UTC).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeSeconds(Created);

    /// <summary>The backend fingerprint (<c>system_fingerprint</c>).</summary>
    [JsonPropertyName("system_fingerprint")]
    public string? SystemFingerprint { get; init; }

    /// <summary>The choices (<c>choices</c>).</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<CompletionChoice>? Choices { get; init; }

    /// <summary>Token usage and cost, on the last chunk (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public TokenUsage? Usage { get; init; }

    /// <summary>A mid-stream error (<c>error</c>).</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    string? IOpenRouterResponse.GenerationId => Id;

    bool IOpenRouterResponse.HasChoices => Choices is { Count: > 0 };

    bool IOpenRouterStreamChunk.HasFinishReason => ChoiceChecks.AnyFinishReason(Choices);

    OpenRouterError? IOpenRouterResponse.GetError() => Error ?? ChoiceChecks.FirstError(Choices);
}
