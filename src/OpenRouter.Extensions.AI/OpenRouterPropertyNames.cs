namespace OpenRouter.Extensions.AI;

/// <summary>
/// The keys under which OpenRouter facts with no typed home in Microsoft.Extensions.AI appear in the
/// <c>AdditionalProperties</c> of responses, messages and updates.
/// </summary>
/// <remarks>
/// Cost also appears in <c>UsageDetails.AdditionalCounts</c>. Property values are strings, booleans or decimals as
/// received, and <see cref="System.Text.Json.JsonElement"/> after a JSON round trip (for example through a cache).
/// </remarks>
public static class OpenRouterPropertyNames
{
    /// <summary>The provider that served the request (<c>provider</c>), e.g. <c>Anthropic</c>.</summary>
    public const string Provider = "provider";

    /// <summary>The provider's own finish reason (<c>native_finish_reason</c>), e.g. <c>end_turn</c>.</summary>
    public const string NativeFinishReason = "native_finish_reason";

    /// <summary>The generation id (<c>gen-...</c>), for <c>OpenRouterClient.GetGenerationAsync</c>.</summary>
    public const string GenerationId = "generation_id";

    /// <summary>What the request cost, in credits (USD) (<c>usage.cost</c>).</summary>
    public const string Cost = "cost";

    /// <summary>Whether the request used your own provider key (<c>usage.is_byok</c>).</summary>
    public const string IsByok = "is_byok";

    /// <summary>The upstream provider's charge, meaningful for BYOK (<c>usage.cost_details.upstream_inference_cost</c>).</summary>
    public const string UpstreamInferenceCost = "upstream_inference_cost";

    /// <summary>
    /// The key in <see cref="Microsoft.Extensions.AI.UsageDetails.AdditionalCounts"/> of what OpenRouter charged
    /// (<c>usage.cost</c>), in whole picodollars (10^-12 USD; divide by 10^12 for dollars), so that every aggregation of
    /// usage sums it. Read it in dollars with <c>GetOpenRouterCost()</c>.
    /// </summary>
    /// <remarks>
    /// Picodollars hold every OpenRouter price exactly (per-token prices have at most 11 decimals: $0.02 per million
    /// tokens is 20,000 picodollars per token) and a <see cref="long"/> of them reaches about $9.2 million.
    /// </remarks>
    public const string CostPicoUsd = "OpenRouter.CostPicoUsd";

    /// <summary>
    /// The key in <see cref="Microsoft.Extensions.AI.UsageDetails.AdditionalCounts"/> of what the provider charged your
    /// own key (<c>usage.cost_details.upstream_inference_cost</c>), in whole picodollars.
    /// </summary>
    /// <remarks>
    /// Recorded only for BYOK calls (<c>is_byok: true</c>): without BYOK that cost is already part of
    /// <see cref="CostPicoUsd"/>. <c>GetOpenRouterSpend()</c> adds the two.
    /// </remarks>
    public const string ByokUpstreamCostPicoUsd = "OpenRouter.ByokUpstreamCostPicoUsd";

    /// <summary>The backend fingerprint (<c>system_fingerprint</c>).</summary>
    public const string SystemFingerprint = "system_fingerprint";

    /// <summary>The service tier that served the request (<c>service_tier</c>).</summary>
    public const string ServiceTier = "service_tier";

    /// <summary>The language of transcribed speech (<c>language</c>), as a <c>verbose_json</c> transcription reports it, e.g. <c>english</c>.</summary>
    public const string Language = "language";

    /// <summary>The length of transcribed audio in seconds (<c>duration</c>), as a <c>verbose_json</c> transcription reports it.</summary>
    public const string Duration = "duration";
}
