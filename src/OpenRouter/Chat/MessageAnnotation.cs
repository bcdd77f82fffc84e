using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>An annotation on an assistant message (<c>annotations[]</c>): <c>url_citation</c>, <c>file</c>, or legacy <c>file_annotation</c>.</summary>
public sealed class MessageAnnotation
{
    /// <summary>The annotation type (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The citation of a <c>url_citation</c> annotation (<c>url_citation</c>).</summary>
    [JsonPropertyName("url_citation")]
    public UrlCitation? UrlCitation { get; init; }

    /// <summary>The parsed file of a <c>file</c> annotation (<c>file</c>); send it back to skip re-parsing.</summary>
    [JsonPropertyName("file")]
    public FileAnnotation? File { get; init; }

    /// <summary>The file id of a legacy <c>file_annotation</c> (<c>file_id</c>).</summary>
    [JsonPropertyName("file_id")]
    public string? FileId { get; init; }

    /// <summary>The quote of a legacy <c>file_annotation</c> (<c>quote</c>).</summary>
    [JsonPropertyName("quote")]
    public string? Quote { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
