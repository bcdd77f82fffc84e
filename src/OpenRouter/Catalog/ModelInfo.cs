using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>One model of the catalogue (<c>GET models</c>, <c>GET model/{author}/{slug}</c>).</summary>
public sealed class ModelInfo
{
    /// <summary>The routable slug, e.g. <c>openai/gpt-4o</c> (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The dated permaslug (<c>canonical_slug</c>).</summary>
    [JsonPropertyName("canonical_slug")]
    public string? CanonicalSlug { get; init; }

    /// <summary>The display name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>When the model was added, in unix seconds (<c>created</c>).</summary>
    [JsonPropertyName("created")]
    public long Created { get; init; }

    /// <summary><see cref="Created"/> as a <see cref="DateTimeOffset"/> (UTC).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeSeconds(Created);

    /// <summary>The description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The context length in tokens (<c>context_length</c>).</summary>
    [JsonPropertyName("context_length")]
    public long? ContextLength { get; init; }

    /// <summary>Modalities, tokenizer and instruct type (<c>architecture</c>).</summary>
    [JsonPropertyName("architecture")]
    public ModelArchitecture? Architecture { get; init; }

    /// <summary>Prices (<c>pricing</c>).</summary>
    [JsonPropertyName("pricing")]
    public ModelPricing? Pricing { get; init; }

    /// <summary>Limits of the top provider (<c>top_provider</c>).</summary>
    [JsonPropertyName("top_provider")]
    public TopProviderInfo? TopProvider { get; init; }

    /// <summary>Per-request token limits (<c>per_request_limits</c>).</summary>
    [JsonPropertyName("per_request_limits")]
    public PerRequestLimits? PerRequestLimits { get; init; }

    /// <summary>Parameters supported by at least one provider (<c>supported_parameters</c>).</summary>
    [JsonPropertyName("supported_parameters")]
    public IReadOnlyList<string>? SupportedParameters { get; init; }

    /// <summary>Default sampling parameters (<c>default_parameters</c>).</summary>
    [JsonPropertyName("default_parameters")]
    public ModelDefaultParameters? DefaultParameters { get; init; }

    /// <summary>The Hugging Face id (<c>hugging_face_id</c>).</summary>
    [JsonPropertyName("hugging_face_id")]
    public string? HuggingFaceId { get; init; }

    /// <summary>The deprecation date, <c>YYYY-MM-DD</c> (<c>expiration_date</c>).</summary>
    [JsonPropertyName("expiration_date")]
    public string? ExpirationDate { get; init; }

    /// <summary>The knowledge cutoff (<c>knowledge_cutoff</c>).</summary>
    [JsonPropertyName("knowledge_cutoff")]
    public string? KnowledgeCutoff { get; init; }

    /// <summary>Reasoning capabilities (<c>reasoning</c>); absent for non-reasoning models.</summary>
    [JsonPropertyName("reasoning")]
    public ModelReasoningCapabilities? Reasoning { get; init; }

    /// <summary>Voices of text-to-speech models (<c>supported_voices</c>).</summary>
    [JsonPropertyName("supported_voices")]
    public IReadOnlyList<string>? SupportedVoices { get; init; }

    /// <summary>Related links (<c>links</c>).</summary>
    [JsonPropertyName("links")]
    public ModelLinks? Links { get; init; }

    /// <summary>Benchmark scores (<c>benchmarks</c>), as sent.</summary>
    [JsonPropertyName("benchmarks")]
    public JsonElement? Benchmarks { get; init; }

    /// <summary>The target of a <c>~</c> alias (<c>alias_target</c>).</summary>
    [JsonPropertyName("alias_target")]
    public ModelAliasTarget? AliasTarget { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The body of <c>GET models</c>.</summary>
internal sealed class ModelListResponse
{
    [JsonPropertyName("data")]
    public IReadOnlyList<ModelInfo>? Data { get; init; }

    [JsonPropertyName("links")]
    public ModelListLinks? Links { get; init; }

    [JsonPropertyName("total_count")]
    public int? TotalCount { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Pagination links of <c>GET models</c>.</summary>
internal sealed class ModelListLinks
{
    [JsonPropertyName("next")]
    public string? Next { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
