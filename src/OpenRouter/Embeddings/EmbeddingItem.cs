using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>One vector of an embedding answer (an item of <c>data</c>).</summary>
public sealed class EmbeddingItem
{
    /// <summary>The object type (<c>object</c>), <c>embedding</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>The position of the input this vector belongs to (<c>index</c>).</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>The vector (<c>embedding</c>), read from a JSON number array or decoded from base64 float32 straight into the array.</summary>
    /// <remarks>
    /// Both encodings give identical values. The array is this object's own (not shared), so a caller may keep it.
    /// Base64 is read as little-endian float32, as the API sends it, on any host.
    /// </remarks>
    [JsonPropertyName("embedding")]
    [JsonConverter(typeof(EmbeddingVectorJsonConverter))]
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "The vector is handed to the caller as the array it was decoded into, with no copy.")]
    public float[]? Vector { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
