using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Prices of a model or endpoint (<c>pricing</c>), in USD per token or per unit. See <see cref="ModelPrice"/> for the dynamic sentinel.</summary>
public sealed class ModelPricing
{
    /// <summary>Per prompt token (<c>prompt</c>).</summary>
    [JsonPropertyName("prompt")]
    public ModelPrice? Prompt { get; init; }

    /// <summary>Per completion token (<c>completion</c>).</summary>
    [JsonPropertyName("completion")]
    public ModelPrice? Completion { get; init; }

    /// <summary>Per request (<c>request</c>).</summary>
    [JsonPropertyName("request")]
    public ModelPrice? Request { get; init; }

    /// <summary>Per input image (<c>image</c>).</summary>
    [JsonPropertyName("image")]
    public ModelPrice? Image { get; init; }

    /// <summary>Per image token (<c>image_token</c>).</summary>
    [JsonPropertyName("image_token")]
    public ModelPrice? ImageToken { get; init; }

    /// <summary>Per output image (<c>image_output</c>).</summary>
    [JsonPropertyName("image_output")]
    public ModelPrice? ImageOutput { get; init; }

    /// <summary>Per audio input unit (<c>audio</c>).</summary>
    [JsonPropertyName("audio")]
    public ModelPrice? Audio { get; init; }

    /// <summary>Per audio output unit (<c>audio_output</c>).</summary>
    [JsonPropertyName("audio_output")]
    public ModelPrice? AudioOutput { get; init; }

    /// <summary>Per cached audio input unit (<c>input_audio_cache</c>).</summary>
    [JsonPropertyName("input_audio_cache")]
    public ModelPrice? InputAudioCache { get; init; }

    /// <summary>Per web search (<c>web_search</c>).</summary>
    [JsonPropertyName("web_search")]
    public ModelPrice? WebSearch { get; init; }

    /// <summary>Per internal reasoning token (<c>internal_reasoning</c>).</summary>
    [JsonPropertyName("internal_reasoning")]
    public ModelPrice? InternalReasoning { get; init; }

    /// <summary>Per cache-read token (<c>input_cache_read</c>).</summary>
    [JsonPropertyName("input_cache_read")]
    public ModelPrice? InputCacheRead { get; init; }

    /// <summary>Per cache-write token (<c>input_cache_write</c>).</summary>
    [JsonPropertyName("input_cache_write")]
    public ModelPrice? InputCacheWrite { get; init; }

    /// <summary>Per cache-write token with a one-hour TTL (<c>input_cache_write_1h</c>).</summary>
    [JsonPropertyName("input_cache_write_1h")]
    public ModelPrice? InputCacheWrite1h { get; init; }

    /// <summary>The discount, 0 to 1 (<c>discount</c>).</summary>
    [JsonPropertyName("discount")]
    public decimal? Discount { get; init; }

    /// <summary>Conditional price overrides (<c>overrides</c>), as sent.</summary>
    [JsonPropertyName("overrides")]
    public IReadOnlyList<JsonElement>? Overrides { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
