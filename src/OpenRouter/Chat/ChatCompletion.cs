using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>A non-streamed chat completion (the body answered by <c>POST chat/completions</c>).</summary>
public sealed class ChatCompletion : IOpenRouterResponse
{
    /// <summary>The generation id (<c>id</c>), usable with <c>GET generation</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The provider that served the request, as a display name (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>The model actually used (<c>model</c>); may differ from the request.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The object type (<c>object</c>), <c>chat.completion</c>.</summary>
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

    /// <summary>The service tier the provider reported (<c>service_tier</c>).</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTierLevel? ServiceTier { get; init; }

    /// <summary>The choices (<c>choices</c>); normally one, may be empty or missing on error-shaped answers.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ChatCompletionChoice>? Choices { get; init; }

    /// <summary>Token usage and cost (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public TokenUsage? Usage { get; init; }

    /// <summary>An error OpenRouter reported with HTTP 200 (<c>error</c>).</summary>
    [JsonPropertyName("error")]
    public OpenRouterError? Error { get; init; }

    /// <summary>The user id (<c>user_id</c>), sent with some errors.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary>Routing information, only with <c>X-OpenRouter-Metadata: enabled</c> (<c>openrouter_metadata</c>).</summary>
    [JsonPropertyName("openrouter_metadata")]
    public JsonElement? OpenRouterMetadata { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    string? IOpenRouterResponse.GenerationId => Id;

    bool IOpenRouterResponse.HasChoices => Choices is { Count: > 0 };

    OpenRouterError? IOpenRouterResponse.GetError() => Error ?? ChoiceChecks.FirstError(Choices);
}
