using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The <c>availability</c> part of a model-availability error: why no endpoint could serve the model.</summary>
public sealed class ModelAvailabilityError
{
    /// <summary>The availability <c>code</c>, e.g. <c>capacity_exhausted</c>, <c>no_endpoints</c>, <c>model_not_found</c>.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Whether OpenRouter says that retrying can succeed.</summary>
    [JsonPropertyName("retryable")]
    public bool? Retryable { get; init; }

    /// <summary>Seconds after which a retry may succeed, when OpenRouter knows.</summary>
    [JsonPropertyName("retry_after")]
    public double? RetryAfterSeconds { get; init; }

    /// <summary>The models the request asked for.</summary>
    [JsonPropertyName("requested_models")]
    public IReadOnlyList<string>? RequestedModels { get; init; }

    /// <summary>The providers affected.</summary>
    [JsonPropertyName("affected_providers")]
    public IReadOnlyList<string>? AffectedProviders { get; init; }

    /// <summary>Which request constraints excluded endpoints (<c>geo</c>, <c>max_price</c>, ...).</summary>
    [JsonPropertyName("excluded_by")]
    public IReadOnlyList<string>? ExcludedBy { get; init; }

    /// <summary>Models OpenRouter suggests instead.</summary>
    [JsonPropertyName("fallback_models")]
    public IReadOnlyList<string>? FallbackModels { get; init; }

    /// <summary>Link to the documentation of this code.</summary>
    [JsonPropertyName("docs_url")]
    public string? DocsUrl { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
