using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// The options of OpenRouter's web search server tool (<c>{"type":"openrouter:web_search","parameters":{...}}</c>);
/// pass an instance to <see cref="ChatCompletionTool.CreateWebSearch"/>.
/// </summary>
/// <remarks>
/// Unset options are not sent, so OpenRouter's defaults apply; options not modelled here go in
/// <see cref="AdditionalProperties"/>. The server tool replaces the deprecated <c>web</c> plugin (<see cref="ChatPlugin.Web"/>). Sources come back as
/// <c>url_citation</c> annotations (<see cref="ChatCompletionMessage.Annotations"/>), and
/// <c>usage.server_tool_use_details.web_search_requests</c> counts the searches (<see cref="TokenUsage.GetServerToolUse"/>).
/// </remarks>
public sealed class WebSearchToolParameters
{
    /// <summary>
    /// The search engine (<c>engine</c>): <c>auto</c> (native search where the provider has it, else Exa), <c>native</c>,
    /// <c>exa</c>, <c>parallel</c>, <c>firecrawl</c> (bring your own key) or <c>perplexity</c>.
    /// </summary>
    [JsonPropertyName("engine")]
    public string? Engine { get; init; }

    /// <summary>
    /// The engine's search mode (<c>mode</c>): Exa <c>instant</c>, <c>fast</c>, <c>auto</c>, <c>deep-lite</c>,
    /// <c>deep</c>, <c>deep-reasoning</c>; Parallel <c>turbo</c>, <c>fast</c>, <c>basic</c>, <c>advanced</c>.
    /// </summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; init; }

    /// <summary>Results per search call (<c>max_results</c>, OpenRouter's default 5); ignored by native provider search.</summary>
    [JsonPropertyName("max_results")]
    public int? MaxResults { get; init; }

    /// <summary>Results across all search calls of the request (<c>max_total_results</c>, default 50).</summary>
    [JsonPropertyName("max_total_results")]
    public int? MaxTotalResults { get; init; }

    /// <summary>Characters of content per result (<c>max_characters</c>); Exa, Parallel and Perplexity only.</summary>
    [JsonPropertyName("max_characters")]
    public int? MaxCharacters { get; init; }

    /// <summary>Searches the model may run in one request (<c>max_uses</c>).</summary>
    [JsonPropertyName("max_uses")]
    public int? MaxUses { get; init; }

    /// <summary>How much context to take per result (<c>search_context_size</c>): <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    [JsonPropertyName("search_context_size")]
    public string? SearchContextSize { get; init; }

    /// <summary>Search only these domains (<c>allowed_domains</c>); not together with <see cref="ExcludedDomains"/>.</summary>
    [JsonPropertyName("allowed_domains")]
    public IReadOnlyList<string>? AllowedDomains { get; init; }

    /// <summary>Never search these domains (<c>excluded_domains</c>); not together with <see cref="AllowedDomains"/>.</summary>
    [JsonPropertyName("excluded_domains")]
    public IReadOnlyList<string>? ExcludedDomains { get; init; }

    /// <summary>The user's approximate location, for location-biased results (<c>user_location</c>).</summary>
    [JsonPropertyName("user_location")]
    public WebSearchUserLocation? UserLocation { get; init; }

    /// <summary>Other options to send, by wire name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
