using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>A parsed file (<c>file</c> annotation).</summary>
public sealed class FileAnnotation
{
    /// <summary>The file hash (<c>hash</c>).</summary>
    [JsonPropertyName("hash")]
    public string? Hash { get; init; }

    /// <summary>The file name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The parsed content (<c>content</c>): text and image parts.</summary>
    [JsonPropertyName("content")]
    public IReadOnlyList<ChatContentPart>? Content { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
