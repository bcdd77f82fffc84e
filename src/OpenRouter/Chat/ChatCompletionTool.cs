using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// A tool offered to the model (<c>tools[]</c>): a function tool (<c>{"type":"function","function":{...}}</c>) or an
/// OpenRouter server tool (<c>{"type":"openrouter:web_search","parameters":{...}}</c>). Use the factories.
/// </summary>
public sealed class ChatCompletionTool
{
    /// <summary>The tool type (<c>type</c>): <c>function</c> or a server tool type such as <c>openrouter:web_search</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "function";

    /// <summary>The function of a function tool (<c>function</c>).</summary>
    [JsonPropertyName("function")]
    public ChatFunctionDefinition? Function { get; init; }

    /// <summary>The options of a server tool (<c>parameters</c>).</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; init; }

    /// <summary>A prompt-caching marker (<c>cache_control</c>).</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a function tool.</summary>
    /// <param name="name">The function name (a-z, A-Z, 0-9, <c>_</c>, <c>-</c>; at most 64 characters).</param>
    /// <param name="description">What the function does.</param>
    /// <param name="parameters">The JSON schema of the arguments.</param>
    /// <param name="strict">Whether the schema is enforced strictly.</param>
    /// <returns>The tool.</returns>
    public static ChatCompletionTool CreateFunction(string name, string? description = null, JsonElement? parameters = null, bool? strict = null) =>
        new() { Type = "function", Function = new ChatFunctionDefinition { Name = name, Description = description, Parameters = parameters, Strict = strict } };

    /// <summary>Creates an OpenRouter server tool, e.g. <c>openrouter:web_search</c>.</summary>
    /// <param name="type">The server tool type.</param>
    /// <param name="parameters">The tool options, if any.</param>
    /// <returns>The tool.</returns>
    public static ChatCompletionTool CreateServerTool(string type, JsonElement? parameters = null) => new() { Type = type, Parameters = parameters };

    /// <summary>The type of OpenRouter's web search server tool, <c>openrouter:web_search</c>.</summary>
    public const string WebSearchType = "openrouter:web_search";

    /// <summary>
    /// Creates OpenRouter's web search server tool (<c>{"type":"openrouter:web_search","parameters":{...}}</c>), the
    /// successor of the deprecated <c>web</c> plugin.
    /// </summary>
    /// <param name="parameters">The search options, or null for OpenRouter's defaults (no <c>parameters</c> sent).</param>
    /// <returns>The tool.</returns>
    public static ChatCompletionTool CreateWebSearch(WebSearchToolParameters? parameters = null) =>
        CreateServerTool(
            WebSearchType,
            parameters is null ? null : JsonSerializer.SerializeToElement(parameters, OpenRouter.Serialization.OpenRouterJsonContext.Default.WebSearchToolParameters));
}
