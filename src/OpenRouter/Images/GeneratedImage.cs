using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>One generated image (an item of <c>data</c>): its base64 bytes and media type.</summary>
public sealed class GeneratedImage
{
    /// <summary>The image bytes in base64 (<c>b64_json</c>); SVG markup is UTF-8 in base64.</summary>
    [JsonPropertyName("b64_json")]
    public string? B64Json { get; init; }

    /// <summary>The media type (<c>media_type</c>), e.g. <c>image/png</c>; may be missing when the format is unknown.</summary>
    [JsonPropertyName("media_type")]
    public string? MediaType { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Decodes <see cref="B64Json"/> into the image bytes.</summary>
    /// <returns>The bytes; empty when there is no data.</returns>
    /// <exception cref="FormatException">The data is not valid base64.</exception>
    public byte[] GetBytes() => B64Json is null ? Array.Empty<byte>() : Convert.FromBase64String(B64Json);
}
