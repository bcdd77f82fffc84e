using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The <c>provider</c> object of the audio routes: provider-specific options passed through to the provider that serves the request.</summary>
public sealed class ProviderPassthroughOptions
{
    /// <summary>Options keyed by provider slug (<c>options</c>), e.g. <c>{"openai": {"instructions": "..."}}</c>; only the serving provider's are forwarded.</summary>
    [JsonPropertyName("options")]
    public IDictionary<string, JsonElement>? Options { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
