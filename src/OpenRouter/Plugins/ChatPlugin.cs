using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// A plugin of a request (<c>plugins[]</c>), identified by <see cref="Id"/>. The common options are typed; any other
/// option goes in <see cref="AdditionalProperties"/>. Factories cover the known plugins.
/// </summary>
public sealed class ChatPlugin
{
    /// <summary>The plugin id (<c>id</c>): <c>web</c>, <c>file-parser</c>, <c>response-healing</c>, <c>context-compression</c>, <c>moderation</c>, <c>auto-router</c>, ...</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>False turns off an account-default plugin for this request (<c>enabled</c>).</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>The engine (<c>engine</c>): for <c>web</c> <c>native</c>, <c>exa</c>, ...; for <c>context-compression</c> <c>middle-out</c>.</summary>
    [JsonPropertyName("engine")]
    public string? Engine { get; init; }

    /// <summary>Web plugin: maximum results (<c>max_results</c>).</summary>
    [JsonPropertyName("max_results")]
    public int? MaxResults { get; init; }

    /// <summary>Web plugin: the prompt that introduces the search results (<c>search_prompt</c>).</summary>
    [JsonPropertyName("search_prompt")]
    public string? SearchPrompt { get; init; }

    /// <summary>Web plugin: domains to search only (<c>include_domains</c>).</summary>
    [JsonPropertyName("include_domains")]
    public IReadOnlyList<string>? IncludeDomains { get; init; }

    /// <summary>Web plugin: domains to exclude (<c>exclude_domains</c>).</summary>
    [JsonPropertyName("exclude_domains")]
    public IReadOnlyList<string>? ExcludeDomains { get; init; }

    /// <summary>File-parser plugin: PDF options (<c>pdf</c>).</summary>
    [JsonPropertyName("pdf")]
    public PdfParserOptions? Pdf { get; init; }

    /// <summary>Auto-router plugin: models the router may pick (<c>allowed_models</c>, wildcards allowed).</summary>
    [JsonPropertyName("allowed_models")]
    public IReadOnlyList<string>? AllowedModels { get; init; }

    /// <summary>Auto-router plugin: models the router must not pick (<c>excluded_models</c>).</summary>
    [JsonPropertyName("excluded_models")]
    public IReadOnlyList<string>? ExcludedModels { get; init; }

    /// <summary>Other plugin options (e.g. <c>mode</c>, <c>max_uses</c>, <c>user_location</c>, <c>cost_tier</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// The <c>web</c> plugin (web search results added to the prompt), deprecated by OpenRouter in favour of the web search
    /// server tool (<see cref="ChatCompletionTool.CreateWebSearch"/>); it still works.
    /// </summary>
    /// <param name="maxResults">Maximum results, or null for the default (5).</param>
    /// <param name="engine">The engine, or null for the default.</param>
    /// <returns>The plugin.</returns>
    public static ChatPlugin Web(int? maxResults = null, string? engine = null) => new() { Id = "web", MaxResults = maxResults, Engine = engine };

    /// <summary>The <c>file-parser</c> plugin.</summary>
    /// <param name="pdfEngine">The PDF engine: <c>mistral-ocr</c>, <c>cloudflare-ai</c>, <c>native</c>; null for the default.</param>
    /// <returns>The plugin.</returns>
    public static ChatPlugin FileParser(string? pdfEngine = null) => new() { Id = "file-parser", Pdf = pdfEngine is null ? null : new PdfParserOptions { Engine = pdfEngine } };

    /// <summary>The <c>response-healing</c> plugin (repairs malformed JSON output of non-streamed requests).</summary>
    /// <returns>The plugin.</returns>
    public static ChatPlugin ResponseHealing() => new() { Id = "response-healing" };

    /// <summary>The <c>context-compression</c> plugin (middle-out).</summary>
    /// <param name="enabled">False turns it off.</param>
    /// <returns>The plugin.</returns>
    public static ChatPlugin ContextCompression(bool enabled = true) => new() { Id = "context-compression", Engine = enabled ? "middle-out" : null, Enabled = enabled ? null : false };

    /// <summary>The <c>moderation</c> plugin.</summary>
    /// <returns>The plugin.</returns>
    public static ChatPlugin Moderation() => new() { Id = "moderation" };

    /// <summary>The <c>auto-router</c> plugin.</summary>
    /// <param name="allowedModels">Models the router may pick, or null for any.</param>
    /// <returns>The plugin.</returns>
    public static ChatPlugin AutoRouter(IReadOnlyList<string>? allowedModels = null) => new() { Id = "auto-router", AllowedModels = allowedModels };
}
