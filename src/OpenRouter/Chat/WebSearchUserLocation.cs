using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The approximate location of the user for web search (<c>user_location</c>); every field is optional.</summary>
public sealed class WebSearchUserLocation
{
    /// <summary>The location type (<c>type</c>), <c>approximate</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "approximate";

    /// <summary>The city (<c>city</c>), e.g. <c>San Francisco</c>.</summary>
    [JsonPropertyName("city")]
    public string? City { get; init; }

    /// <summary>The region (<c>region</c>), e.g. <c>California</c>.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>The country as an ISO 3166-1 alpha-2 code (<c>country</c>), e.g. <c>US</c>.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>The IANA time zone (<c>timezone</c>), e.g. <c>America/Los_Angeles</c>.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
