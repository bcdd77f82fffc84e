using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Native web search settings (<c>web_search_options</c>).</summary>
public sealed class WebSearchOptions
{
    /// <summary>How much search context to use (<c>search_context_size</c>): <c>low</c>, <c>medium</c>, <c>high</c>.</summary>
    [JsonPropertyName("search_context_size")]
    public string? SearchContextSize { get; init; }

    /// <summary>Other fields to send (e.g. <c>max_results</c>, <c>engine</c>; unconfirmed by the spec).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
