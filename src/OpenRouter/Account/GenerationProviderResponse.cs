using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>One provider attempt of a generation (<c>provider_responses[]</c>).</summary>
public sealed class GenerationProviderResponse
{
    /// <summary>The attempt id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The endpoint id (<c>endpoint_id</c>).</summary>
    [JsonPropertyName("endpoint_id")]
    public string? EndpointId { get; init; }

    /// <summary>The model permaslug (<c>model_permaslug</c>).</summary>
    [JsonPropertyName("model_permaslug")]
    public string? ModelPermaslug { get; init; }

    /// <summary>The provider (<c>provider_name</c>).</summary>
    [JsonPropertyName("provider_name")]
    public string? ProviderName { get; init; }

    /// <summary>The HTTP status of the attempt (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }

    /// <summary>The latency in milliseconds (<c>latency</c>).</summary>
    [JsonPropertyName("latency")]
    public double? Latency { get; init; }

    /// <summary>Whether the caller's own key was used (<c>is_byok</c>).</summary>
    [JsonPropertyName("is_byok")]
    public bool? IsByok { get; init; }

    /// <summary>The service tier routed to (<c>routed_service_tier</c>).</summary>
    [JsonPropertyName("routed_service_tier")]
    public string? RoutedServiceTier { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
