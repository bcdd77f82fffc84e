using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The modalities of an image model (<c>architecture</c> in <c>GET images/models</c>).</summary>
public sealed class ImageModelArchitecture
{
    /// <summary>Input modalities (<c>input_modalities</c>): <c>text</c>, <c>image</c>, <c>file</c>, <c>audio</c>, <c>video</c>.</summary>
    [JsonPropertyName("input_modalities")]
    public IReadOnlyList<string>? InputModalities { get; init; }

    /// <summary>Output modalities (<c>output_modalities</c>), e.g. <c>image</c>.</summary>
    [JsonPropertyName("output_modalities")]
    public IReadOnlyList<string>? OutputModalities { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
