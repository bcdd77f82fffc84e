using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Provider routing of an image request (<c>provider</c>): the subset of <see cref="ProviderPreferences"/> the image route takes, plus provider options.</summary>
public sealed class ImageProviderPreferences
{
    /// <summary>Provider slugs to try in order (<c>order</c>).</summary>
    [JsonPropertyName("order")]
    public IReadOnlyList<string>? Order { get; init; }

    /// <summary>Whether other providers may serve the request when those named are unavailable (<c>allow_fallbacks</c>).</summary>
    [JsonPropertyName("allow_fallbacks")]
    public bool? AllowFallbacks { get; init; }

    /// <summary>Provider slugs allowed (<c>only</c>).</summary>
    [JsonPropertyName("only")]
    public IReadOnlyList<string>? Only { get; init; }

    /// <summary>Provider slugs never used (<c>ignore</c>).</summary>
    [JsonPropertyName("ignore")]
    public IReadOnlyList<string>? Ignore { get; init; }

    /// <summary>The sorting strategy when no order is given (<c>sort</c>).</summary>
    [JsonPropertyName("sort")]
    public ProviderSort? Sort { get; init; }

    /// <summary>Provider-specific options keyed by provider slug (<c>options</c>), e.g. <c>{"black-forest-labs": {"steps": 40}}</c>.</summary>
    [JsonPropertyName("options")]
    public IDictionary<string, JsonElement>? Options { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
