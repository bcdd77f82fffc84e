using System;
using System.Text.Json;
using OpenRouter;
using OpenRouter.Serialization;

namespace Microsoft.Extensions.AI;

/// <summary>OpenRouter settings on single message contents: prompt-caching breakpoints.</summary>
public static class OpenRouterContentExtensions
{
    /// <summary>
    /// Marks <paramref name="content"/> as a prompt-caching breakpoint: its text part is sent with
    /// <c>cache_control: {"type":"ephemeral"}</c> (and the <c>ttl</c>), in system, developer, user and assistant messages.
    /// The provider caches the prompt up to and including it.
    /// </summary>
    /// <param name="content">The text to mark; it is changed and returned.</param>
    /// <param name="ttl">The time to live, <c>5m</c> or <c>1h</c>; null for the provider's default (5 minutes).</param>
    /// <returns><paramref name="content"/>.</returns>
    /// <remarks>
    /// The mark is <c>AdditionalProperties["cache_control"]</c> holding the wire object as JSON, so it survives a chat
    /// history saved as JSON; a <see cref="CacheControl"/> or a dictionary under that key works as well. Anthropic takes
    /// at most four breakpoints; Gemini uses the last one. OpenRouter takes breakpoints on text parts only: to cache an
    /// image or a file, mark a text after it. Cache reads and writes come back as <see cref="UsageDetails.CachedInputTokenCount"/>
    /// and <see cref="OpenRouter.Extensions.AI.OpenRouterUsageKeys.CacheWriteInputTokens"/>.
    /// </remarks>
    public static TextContent WithCacheBreakpoint(this TextContent content, string? ttl = null)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        (content.AdditionalProperties ??= [])["cache_control"] = JsonSerializer.SerializeToElement(new CacheControl { Ttl = ttl }, OpenRouterJsonContext.Default.CacheControl);
        return content;
    }
}
