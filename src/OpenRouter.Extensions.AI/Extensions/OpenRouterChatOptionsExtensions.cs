using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using OpenRouter;
using OpenRouter.Serialization;

namespace Microsoft.Extensions.AI;

/// <summary>
/// Typed helpers that put OpenRouter-only settings (provider routing, fallback models, reasoning, plugins, web
/// search) into <see cref="ChatOptions.AdditionalProperties"/> under their wire names, as JSON values, so they survive
/// cloning and JSON round trips and take part in cache keys. Each helper changes and returns the options it is given.
/// </summary>
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

    /// <summary>Turns on OpenRouter's web search plugin (<c>{"id":"web"}</c>) for this request.</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="maxResults">How many results to add to the prompt (OpenRouter's default is 5).</param>
    /// <param name="engine">The engine: <c>native</c>, <c>exa</c>, ... (omitted: native where the provider has it).</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ChatOptions WithWebSearch(this ChatOptions options, int? maxResults = null, string? engine = null) =>
        options.WithPlugins(ChatPlugin.Web(maxResults, engine));

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
