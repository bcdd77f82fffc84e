using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The <c>image_url</c> object of a content part or generated image.</summary>
public sealed class ContentImageUrl
{
    /// <summary>The URL or base64 data URL (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string Url { get; init; } = string.Empty;

    /// <summary>The detail level (<c>detail</c>).</summary>
    [JsonPropertyName("detail")]
    public ImageDetailLevel? Detail { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
