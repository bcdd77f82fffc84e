using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>One streamed chunk of a chat completion (<c>chat.completion.chunk</c>).</summary>
public sealed class ChatCompletionChunk : IOpenRouterStreamChunk
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

    /// <summary>The object type (<c>object</c>), <c>chat.completion.chunk</c>.</summary>
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

    /// <summary>The service tier (<c>service_tier</c>).</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTierLevel? ServiceTier { get; init; }

    /// <summary>The choices (<c>choices</c>); empty on the usage chunk and the debug chunk.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatCompletionChunkChoice>? Choices { get; init; }

    /// <summary>Token usage and cost, on the last chunk only (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public TokenUsage? Usage { get; init; }

    /// <summary>A mid-stream error (<c>error</c>).</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    /// <summary>Routing information, on the last chunk when opted in (<c>openrouter_metadata</c>).</summary>
    [JsonPropertyName("openrouter_metadata")]
    public JsonElement? OpenRouterMetadata { get; init; }

    /// <summary>The debug echo, e.g. <c>{"echo_upstream_body": {...}}</c>, on the first chunk when requested (<c>debug</c>).</summary>
    [JsonPropertyName("debug")]
    public JsonElement? Debug { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    string? IOpenRouterResponse.GenerationId => Id;

    bool IOpenRouterResponse.HasChoices => Choices is { Count: > 0 };

    bool IOpenRouterStreamChunk.HasFinishReason => ChoiceChecks.AnyFinishReason(Choices);

    OpenRouterError? IOpenRouterResponse.GetError() => Error ?? ChoiceChecks.FirstError(Choices);
}
