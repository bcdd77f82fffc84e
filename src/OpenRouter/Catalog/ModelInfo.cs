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

/// <summary>A model's architecture (<c>architecture</c>).</summary>
public sealed class ModelArchitecture
{
    /// <summary>The modality summary, e.g. <c>text+image-&gt;text</c> (<c>modality</c>).</summary>
    [JsonPropertyName("modality")]
    public string? Modality { get; init; }

    /// <summary>Input modalities (<c>input_modalities</c>).</summary>
    [JsonPropertyName("input_modalities")]
    public IReadOnlyList<string>? InputModalities { get; init; }

    /// <summary>Output modalities (<c>output_modalities</c>).</summary>
    [JsonPropertyName("output_modalities")]
    public IReadOnlyList<string>? OutputModalities { get; init; }

    /// <summary>The tokenizer (<c>tokenizer</c>).</summary>
    [JsonPropertyName("tokenizer")]
    public string? Tokenizer { get; init; }

    /// <summary>The instruct format (<c>instruct_type</c>).</summary>
    [JsonPropertyName("instruct_type")]
    public string? InstructType { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Prices of a model or endpoint (<c>pricing</c>), in USD per token or per unit. See <see cref="ModelPrice"/> for the dynamic sentinel.</summary>
public sealed class ModelPricing
{
    /// <summary>Per prompt token (<c>prompt</c>).</summary>
    [JsonPropertyName("prompt")]
    public ModelPrice? Prompt { get; init; }

    /// <summary>Per completion token (<c>completion</c>).</summary>
    [JsonPropertyName("completion")]
    public ModelPrice? Completion { get; init; }

    /// <summary>Per request (<c>request</c>).</summary>
    [JsonPropertyName("request")]
    public ModelPrice? Request { get; init; }

    /// <summary>Per input image (<c>image</c>).</summary>
    [JsonPropertyName("image")]
    public ModelPrice? Image { get; init; }

    /// <summary>Per image token (<c>image_token</c>).</summary>
    [JsonPropertyName("image_token")]
    public ModelPrice? ImageToken { get; init; }

    /// <summary>Per output image (<c>image_output</c>).</summary>
    [JsonPropertyName("image_output")]
    public ModelPrice? ImageOutput { get; init; }

    /// <summary>Per audio input unit (<c>audio</c>).</summary>
    [JsonPropertyName("audio")]
    public ModelPrice? Audio { get; init; }

    /// <summary>Per audio output unit (<c>audio_output</c>).</summary>
    [JsonPropertyName("audio_output")]
    public ModelPrice? AudioOutput { get; init; }

    /// <summary>Per cached audio input unit (<c>input_audio_cache</c>).</summary>
    [JsonPropertyName("input_audio_cache")]
    public ModelPrice? InputAudioCache { get; init; }

    /// <summary>Per web search (<c>web_search</c>).</summary>
    [JsonPropertyName("web_search")]
    public ModelPrice? WebSearch { get; init; }

    /// <summary>Per internal reasoning token (<c>internal_reasoning</c>).</summary>
    [JsonPropertyName("internal_reasoning")]
    public ModelPrice? InternalReasoning { get; init; }

    /// <summary>Per cache-read token (<c>input_cache_read</c>).</summary>
    [JsonPropertyName("input_cache_read")]
    public ModelPrice? InputCacheRead { get; init; }

    /// <summary>Per cache-write token (<c>input_cache_write</c>).</summary>
    [JsonPropertyName("input_cache_write")]
    public ModelPrice? InputCacheWrite { get; init; }

    /// <summary>Per cache-write token with a one-hour TTL (<c>input_cache_write_1h</c>).</summary>
    [JsonPropertyName("input_cache_write_1h")]
    public ModelPrice? InputCacheWrite1h { get; init; }

    /// <summary>The discount, 0 to 1 (<c>discount</c>).</summary>
    [JsonPropertyName("discount")]
    public decimal? Discount { get; init; }

    /// <summary>Conditional price overrides (<c>overrides</c>), as sent.</summary>
    [JsonPropertyName("overrides")]
    public IReadOnlyList<JsonElement>? Overrides { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Limits of a model's top provider (<c>top_provider</c>).</summary>
public sealed class TopProviderInfo
{
    /// <summary>The context length (<c>context_length</c>).</summary>
    [JsonPropertyName("context_length")]
    public long? ContextLength { get; init; }

    /// <summary>The maximum completion tokens (<c>max_completion_tokens</c>).</summary>
    [JsonPropertyName("max_completion_tokens")]
    public long? MaxCompletionTokens { get; init; }

    /// <summary>Whether the provider moderates content (<c>is_moderated</c>).</summary>
    [JsonPropertyName("is_moderated")]
    public bool? IsModerated { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Per-request token limits (<c>per_request_limits</c>).</summary>
public sealed class PerRequestLimits
{
    /// <summary>Maximum prompt tokens (<c>prompt_tokens</c>).</summary>
    [JsonPropertyName("prompt_tokens")]
    public double? PromptTokens { get; init; }

    /// <summary>Maximum completion tokens (<c>completion_tokens</c>).</summary>
    [JsonPropertyName("completion_tokens")]
    public double? CompletionTokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A model's default sampling parameters (<c>default_parameters</c>).</summary>
public sealed class ModelDefaultParameters
{
    /// <summary>Default temperature (<c>temperature</c>).</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>Default top-p (<c>top_p</c>).</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; init; }

    /// <summary>Default top-k (<c>top_k</c>).</summary>
    [JsonPropertyName("top_k")]
    public int? TopK { get; init; }

    /// <summary>Default frequency penalty (<c>frequency_penalty</c>).</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; init; }

    /// <summary>Default presence penalty (<c>presence_penalty</c>).</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; init; }

    /// <summary>Default repetition penalty (<c>repetition_penalty</c>).</summary>
    [JsonPropertyName("repetition_penalty")]
    public double? RepetitionPenalty { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A model's reasoning capabilities (<c>reasoning</c>).</summary>
public sealed class ModelReasoningCapabilities
{
    /// <summary>Supported efforts (<c>supported_efforts</c>).</summary>
    [JsonPropertyName("supported_efforts")]
    public IReadOnlyList<ReasoningEffortLevel>? SupportedEfforts { get; init; }

    /// <summary>The default effort (<c>default_effort</c>).</summary>
    [JsonPropertyName("default_effort")]
    public ReasoningEffortLevel? DefaultEffort { get; init; }

    /// <summary>Whether reasoning is on by default (<c>default_enabled</c>).</summary>
    [JsonPropertyName("default_enabled")]
    public bool? DefaultEnabled { get; init; }

    /// <summary>Whether reasoning cannot be turned off (<c>mandatory</c>).</summary>
    [JsonPropertyName("mandatory")]
    public bool? Mandatory { get; init; }

    /// <summary>Whether <c>reasoning.max_tokens</c> is supported (<c>supports_max_tokens</c>).</summary>
    [JsonPropertyName("supports_max_tokens")]
    public bool? SupportsMaxTokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Links of a model (<c>links</c>).</summary>
public sealed class ModelLinks
{
    /// <summary>The endpoints path, e.g. <c>/api/v1/models/openai/gpt-4o/endpoints</c> (<c>details</c>).</summary>
    [JsonPropertyName("details")]
    public string? Details { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The target of a <c>~</c> model alias (<c>alias_target</c>).</summary>
public sealed class ModelAliasTarget
{
    /// <summary>The target slug (<c>slug</c>).</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    /// <summary>The target name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

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
