using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>One multimodal input of an embedding request: content parts (text, image, audio, video, file) embedded together as one vector.</summary>
public sealed class EmbeddingMultimodalInput
{
    /// <summary>The parts (<c>content</c>), built with <see cref="EmbeddingContentPart.CreateText"/>, <see cref="EmbeddingContentPart.CreateImageUrl"/> and the other factories; at least one.</summary>
    [JsonPropertyName("content")]
    public IReadOnlyList<EmbeddingContentPart>? Content { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
