using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>An OpenAI-style explicit cache breakpoint on a text part (<c>prompt_cache_breakpoint</c>).</summary>
public sealed class PromptCacheBreakpoint
{
    /// <summary>The breakpoint mode (<c>mode</c>), <c>explicit</c>.</summary>
    [JsonPropertyName("mode")]
    public string Mode { get; init; } = "explicit";

    /// <summary>Fields to send or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
