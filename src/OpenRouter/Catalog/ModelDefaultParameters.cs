using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A model's default sampling parameters (<c>default_parameters</c>).</summary>
public sealed class ModelDefaultParameters
{
    /// <summary>Default temperature (<c>temperature</c>).</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>Default top-p (<c>top_p</c>).</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; init; }

    /// <summary>Default top-k (<c>top_k</c>).</summary>
    [JsonPropertyName("top_k")]
    public int? TopK { get; init; }

    /// <summary>Default frequency penalty (<c>frequency_penalty</c>).</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; init; }

    /// <summary>Default presence penalty (<c>presence_penalty</c>).</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; init; }

    /// <summary>Default repetition penalty (<c>repetition_penalty</c>).</summary>
    [JsonPropertyName("repetition_penalty")]
    public double? RepetitionPenalty { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
