using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using OpenRouter;
using OpenRouter.Serialization;

namespace Microsoft.Extensions.AI;

/// <summary>
/// Typed helpers that put OpenRouter-only settings (provider routing, fallback models, reasoning, plugins, web search,
/// strict schemas, prompt caching) into <see cref="ChatOptions.AdditionalProperties"/>.
/// </summary>
/// <remarks>
/// Each setting goes under its wire name as a JSON value, so it survives cloning and JSON round trips and takes part in
/// cache keys. Each helper changes and returns the options it is given.
/// </remarks>
public static class OpenRouterChatOptionsExtensions
{
    /// <summary>Sets OpenRouter's provider routing preferences (<c>provider</c>): order, only, ignore, sort, max price, data policy...</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="provider">The preferences.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithProviderPreferences(this ChatOptions options, ProviderPreferences provider)
    {
        Require(options, provider);
        return Set(options, "provider", JsonSerializer.SerializeToElement(provider, OpenRouterJsonContext.Default.ProviderPreferences));
    }

    /// <summary>Sets the fallback models (<c>models</c>), tried in order when the primary model fails (errors, rate limits, moderation, context length).</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="models">Model slugs such as <c>anthropic/claude-sonnet-4.5</c>.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithFallbackModels(this ChatOptions options, params string[] models)
    {
        Require(options, models);
        if (models.Length == 0 || models.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Give at least one fallback model slug, none of them empty (for example \"openai/gpt-4o-mini\").", nameof(models));
        }

        IReadOnlyList<string> list = models;
        return Set(options, "models", JsonSerializer.SerializeToElement(list, OpenRouterJsonContext.Default.IReadOnlyListString));
    }

    /// <summary>Sets OpenRouter's <c>reasoning</c> object (effort, token budget, exclude, enabled); it takes precedence over <see cref="ChatOptions.Reasoning"/>.</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="reasoning">The reasoning settings.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithReasoning(this ChatOptions options, ReasoningConfig reasoning)
    {
        Require(options, reasoning);
        return Set(options, "reasoning", JsonSerializer.SerializeToElement(reasoning, OpenRouterJsonContext.Default.ReasoningConfig));
    }

    /// <summary>Adds OpenRouter plugins (<c>plugins</c>) after any already set: web, file-parser, response-healing, context-compression...</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="plugins">The plugins to add.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithPlugins(this ChatOptions options, params ChatPlugin[] plugins)
    {
        Require(options, plugins);
        var all = new List<ChatPlugin>();
        if (options.AdditionalProperties?.TryGetValue("plugins", out var existing) == true && existing is not null)
        {
            var node = OpenRouter.Extensions.AI.Mapping.AdditionalPropertiesReader.ToJsonNode(existing);
            all.AddRange(node.Deserialize(OpenRouterJsonContext.Default.IReadOnlyListChatPlugin) ?? []);
        }

        all.AddRange(plugins);
        IReadOnlyList<ChatPlugin> list = all;
        return Set(options, "plugins", JsonSerializer.SerializeToElement(list, OpenRouterJsonContext.Default.IReadOnlyListChatPlugin));
    }

    /// <summary>
    /// Adds OpenRouter server tools (<c>tools</c> entries that OpenRouter runs itself, such as
    /// <see cref="ChatCompletionTool.CreateWebSearch"/>) after any already set; the request's function tools follow them.
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <param name="tools">The server tools to add.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithServerTools(this ChatOptions options, params ChatCompletionTool[] tools)
    {
        Require(options, tools);
        var all = new List<ChatCompletionTool>();
        if (options.AdditionalProperties?.TryGetValue("tools", out var existing) == true && existing is not null)
        {
            var node = OpenRouter.Extensions.AI.Mapping.AdditionalPropertiesReader.ToJsonNode(existing);
            all.AddRange(node.Deserialize(OpenRouterJsonContext.Default.IReadOnlyListChatCompletionTool) ?? []);
        }

        all.AddRange(tools);
        IReadOnlyList<ChatCompletionTool> list = all;
        return Set(options, "tools", JsonSerializer.SerializeToElement(list, OpenRouterJsonContext.Default.IReadOnlyListChatCompletionTool));
    }

    /// <summary>
    /// Turns on OpenRouter's web search server tool for this request, as a <see cref="HostedWebSearchTool"/> in
    /// <see cref="ChatOptions.Tools"/> does.
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <param name="parameters">The search options (engine, mode, result limits, domains...), or null for OpenRouter's defaults.</param>
    /// <returns><paramref name="options"/>.</returns>
    /// <remarks>
    /// <para>
    /// It is sent as <c>{"type":"openrouter:web_search","parameters":{...}}</c>. Sources come back as
    /// <see cref="CitationAnnotation"/>s on the answer's text, and the number of searches as
    /// <see cref="OpenRouter.Extensions.AI.OpenRouterUsageKeys.WebSearchRequests"/> in
    /// <see cref="UsageDetails.AdditionalCounts"/>.
    /// </para>
    /// <para>The deprecated <c>web</c> plugin is still available: <c>WithPlugins(ChatPlugin.Web(...))</c>.</para>
    /// </remarks>
    public static ChatOptions WithWebSearch(this ChatOptions options, WebSearchToolParameters? parameters = null) =>
        options.WithServerTools(ChatCompletionTool.CreateWebSearch(parameters));

    /// <summary>
    /// Adds OpenRouter's <c>response-healing</c> plugin, which repairs malformed JSON in structured answers
    /// (<see cref="ChatOptions.ResponseFormat"/> JSON, <c>GetResponseAsync&lt;T&gt;</c>). OpenRouter applies it to non-streamed requests only.
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithResponseHealing(this ChatOptions options) =>
        options.WithPlugins(ChatPlugin.ResponseHealing());

    /// <summary>
    /// Asks for strict schema adherence (<c>strict: true</c> on the <c>json_schema</c> response format and on function
    /// tools that do not say otherwise), as <c>AdditionalProperties["strict"]</c> does.
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <param name="strict">True to send <c>strict: true</c>; false to send <c>strict: false</c>.</param>
    /// <returns><paramref name="options"/>.</returns>
    /// <remarks>
    /// Without it no <c>strict</c> is sent, also not by <c>GetResponseAsync&lt;T&gt;</c>: strict schemas limit routing
    /// to the endpoints that support them, and OpenRouter answers a model with none of those with a 404 ("No endpoints
    /// available matching your guardrail restrictions and data policy"), whose exception then carries a hint
    /// (<see cref="OpenRouterException.Hint"/>) that names the strict schema.
    /// </remarks>
    public static ChatOptions WithStrictSchemas(this ChatOptions options, bool strict = true)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        (options.AdditionalProperties ??= [])["strict"] = strict;
        return options;
    }

    /// <summary>
    /// Turns on automatic prompt caching (top-level <c>cache_control</c>): the provider caches the prompt up to its last
    /// cacheable block (Anthropic, and Claude on Vertex, Azure and Bedrock). For explicit breakpoints on chosen message
    /// parts, see <see cref="OpenRouterContentExtensions.WithCacheBreakpoint"/>.
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <param name="ttl">The time to live, <c>5m</c> or <c>1h</c>; null for the provider's default (5 minutes).</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithAutomaticPromptCaching(this ChatOptions options, string? ttl = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        return Set(options, "cache_control", JsonSerializer.SerializeToElement(new CacheControl { Ttl = ttl }, OpenRouterJsonContext.Default.CacheControl));
    }

    /// <summary>Sets any OpenRouter top-level request field by its wire name, e.g. <c>("session_id", "chat-42")</c> or <c>("min_p", 0.05)</c>.</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="wireName">The field's name on the wire.</param>
    /// <param name="value">The value: a primitive, a dictionary, a list, a <see cref="JsonElement"/> or an OpenRouter type.</param>
    /// <returns><paramref name="options"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="wireName"/> is not an OpenRouter request field.</exception>
    public static ChatOptions WithOpenRouterField(this ChatOptions options, string wireName, object? value)
    {
        Require(options, wireName);
        var name = OpenRouter.Extensions.AI.Mapping.AdditionalPropertiesReader.WireName(wireName)
            ?? throw new ArgumentException($"\"{wireName}\" is not an OpenRouter chat request field; see the ChatCompletionRequest properties for the wire names.", nameof(wireName));
        var node = OpenRouter.Extensions.AI.Mapping.AdditionalPropertiesReader.ToJsonNode(value);
        return Set(options, name, node is null ? default : JsonSerializer.SerializeToElement(node, OpenRouterJsonContext.Default.JsonNode));
    }

    private static ChatOptions Set(ChatOptions options, string key, JsonElement value)
    {
        (options.AdditionalProperties ??= [])[key] = value;
        return options;
    }

    private static void Require(ChatOptions options, object? value)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }
    }
}
