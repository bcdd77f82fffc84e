using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A provider as <c>GET providers</c> lists it: its slug for routing, where it runs, and its policies.</summary>
public sealed class ProviderInfo
{
    /// <summary>The display name (<c>name</c>), e.g. <c>OpenAI</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The slug to use in <see cref="ProviderPreferences.Order"/>, <c>only</c> and <c>ignore</c> (<c>slug</c>).</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    /// <summary>The headquarters country as ISO 3166-1 alpha-2 (<c>headquarters</c>).</summary>
    [JsonPropertyName("headquarters")]
    public string? Headquarters { get; init; }

    /// <summary>The datacenter countries as ISO 3166-1 alpha-2 (<c>datacenters</c>).</summary>
    [JsonPropertyName("datacenters")]
    public IReadOnlyList<string>? Datacenters { get; init; }

    /// <summary>The privacy policy URL (<c>privacy_policy_url</c>).</summary>
    [JsonPropertyName("privacy_policy_url")]
    public string? PrivacyPolicyUrl { get; init; }

    /// <summary>The terms of service URL (<c>terms_of_service_url</c>).</summary>
    [JsonPropertyName("terms_of_service_url")]
    public string? TermsOfServiceUrl { get; init; }

    /// <summary>The status page URL (<c>status_page_url</c>).</summary>
    [JsonPropertyName("status_page_url")]
    public string? StatusPageUrl { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
