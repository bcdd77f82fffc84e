using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

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
