using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A prompt-caching marker (<c>cache_control</c>) on a text part, a tool, or the whole request.</summary>
public sealed class CacheControl
{
    /// <summary>A marker of type <c>ephemeral</c> with the provider's default TTL.</summary>
    public static CacheControl Ephemeral => new() { Type = "ephemeral" };

    /// <summary>The marker type (<c>type</c>), <c>ephemeral</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "ephemeral";

    /// <summary>The time to live (<c>ttl</c>), e.g. <c>5m</c> or <c>1h</c>.</summary>
    [JsonPropertyName("ttl")]
    public string? Ttl { get; init; }

    /// <summary>Fields to send or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
