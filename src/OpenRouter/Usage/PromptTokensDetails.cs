using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Breakdown of prompt tokens (<c>usage.prompt_tokens_details</c>).</summary>
public sealed class PromptTokensDetails
{
    /// <summary>Tokens read from the prompt cache (<c>cached_tokens</c>).</summary>
    [JsonPropertyName("cached_tokens")]
    public int? CachedTokens { get; init; }

    /// <summary>Tokens written to the prompt cache (<c>cache_write_tokens</c>).</summary>
    [JsonPropertyName("cache_write_tokens")]
    public int? CacheWriteTokens { get; init; }

    /// <summary>Audio input tokens (<c>audio_tokens</c>).</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; init; }

    /// <summary>Video input tokens (<c>video_tokens</c>).</summary>
    [JsonPropertyName("video_tokens")]
    public int? VideoTokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
