using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>A web citation (<c>url_citation</c>).</summary>
public sealed class UrlCitation
{
    /// <summary>The cited URL (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>The page title (<c>title</c>).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The cited content (<c>content</c>).</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Start of the cited span in the message text (<c>start_index</c>).</summary>
    [JsonPropertyName("start_index")]
    public int? StartIndex { get; init; }

    /// <summary>End of the cited span in the message text (<c>end_index</c>).</summary>
    [JsonPropertyName("end_index")]
    public int? EndIndex { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
