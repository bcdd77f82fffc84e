using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The <c>file</c> object of a content part.</summary>
public sealed class ContentFile
{
    /// <summary>The file name (<c>filename</c>).</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; init; }

    /// <summary>A public URL or data URL (<c>file_data</c>).</summary>
    [JsonPropertyName("file_data")]
    public string? FileData { get; init; }

    /// <summary>An uploaded file id (<c>file_id</c>).</summary>
    [JsonPropertyName("file_id")]
    public string? FileId { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
