using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A model's architecture (<c>architecture</c>).</summary>
public sealed class ModelArchitecture
{
    /// <summary>The modality summary, e.g. <c>text+image-&gt;text</c> (<c>modality</c>).</summary>
    [JsonPropertyName("modality")]
    public string? Modality { get; init; }

    /// <summary>Input modalities (<c>input_modalities</c>).</summary>
    [JsonPropertyName("input_modalities")]
    public IReadOnlyList<string>? InputModalities { get; init; }

    /// <summary>Output modalities (<c>output_modalities</c>).</summary>
    [JsonPropertyName("output_modalities")]
    public IReadOnlyList<string>? OutputModalities { get; init; }

    /// <summary>The tokenizer (<c>tokenizer</c>).</summary>
    [JsonPropertyName("tokenizer")]
    public string? Tokenizer { get; init; }

    /// <summary>The instruct format (<c>instruct_type</c>).</summary>
    [JsonPropertyName("instruct_type")]
    public string? InstructType { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
