using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Information about an API key (the <c>data</c> of <c>GET key</c>).</summary>
public sealed class KeyInfo
{
    /// <summary>The key label, a masked key (<c>label</c>).</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>The key name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The key hash (<c>hash</c>).</summary>
    [JsonPropertyName("hash")]
    public string? Hash { get; init; }

    /// <summary>Whether the key is disabled (<c>disabled</c>).</summary>
    [JsonPropertyName("disabled")]
    public bool? Disabled { get; init; }

    /// <summary>The credit limit in USD; null means unlimited (<c>limit</c>).</summary>
    [JsonPropertyName("limit")]
    public decimal? Limit { get; init; }

    /// <summary>The remaining limit in USD; null means unlimited (<c>limit_remaining</c>).</summary>
    [JsonPropertyName("limit_remaining")]
    public decimal? LimitRemaining { get; init; }

    /// <summary>When the limit resets: <c>daily</c>, <c>weekly</c>, <c>monthly</c>, or null (<c>limit_reset</c>).</summary>
    [JsonPropertyName("limit_reset")]
    public string? LimitReset { get; init; }

    /// <summary>Whether BYOK usage counts toward the limit (<c>include_byok_in_limit</c>).</summary>
    [JsonPropertyName("include_byok_in_limit")]
    public bool? IncludeByokInLimit { get; init; }

    /// <summary>All-time usage in USD (<c>usage</c>).</summary>
    [JsonPropertyName("usage")]
    public decimal? Usage { get; init; }

    /// <summary>Usage today (UTC) in USD (<c>usage_daily</c>).</summary>
    [JsonPropertyName("usage_daily")]
    public decimal? UsageDaily { get; init; }

    /// <summary>Usage this week (Monday-based, UTC) in USD (<c>usage_weekly</c>).</summary>
    [JsonPropertyName("usage_weekly")]
    public decimal? UsageWeekly { get; init; }

    /// <summary>Usage this month in USD (<c>usage_monthly</c>).</summary>
    [JsonPropertyName("usage_monthly")]
    public decimal? UsageMonthly { get; init; }

    /// <summary>All-time BYOK usage in USD (<c>byok_usage</c>).</summary>
    [JsonPropertyName("byok_usage")]
    public decimal? ByokUsage { get; init; }

    /// <summary>BYOK usage today in USD (<c>byok_usage_daily</c>).</summary>
    [JsonPropertyName("byok_usage_daily")]
    public decimal? ByokUsageDaily { get; init; }

    /// <summary>BYOK usage this week in USD (<c>byok_usage_weekly</c>).</summary>
    [JsonPropertyName("byok_usage_weekly")]
    public decimal? ByokUsageWeekly { get; init; }

    /// <summary>BYOK usage this month in USD (<c>byok_usage_monthly</c>).</summary>
    [JsonPropertyName("byok_usage_monthly")]
    public decimal? ByokUsageMonthly { get; init; }

    /// <summary>Whether the user never purchased credits (<c>is_free_tier</c>).</summary>
    [JsonPropertyName("is_free_tier")]
    public bool? IsFreeTier { get; init; }

    /// <summary>Whether this is a management key (<c>is_management_key</c>).</summary>
    [JsonPropertyName("is_management_key")]
    public bool? IsManagementKey { get; init; }

    /// <summary>Deprecated duplicate of <c>is_management_key</c> (<c>is_provisioning_key</c>).</summary>
    [JsonPropertyName("is_provisioning_key")]
    public bool? IsProvisioningKey { get; init; }

    /// <summary>The user who created the key (<c>creator_user_id</c>).</summary>
    [JsonPropertyName("creator_user_id")]
    public string? CreatorUserId { get; init; }

    /// <summary>When the key was created (ISO 8601) (<c>created_at</c>).</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; init; }

    /// <summary>When the key was last updated (ISO 8601) (<c>updated_at</c>).</summary>
    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; init; }

    /// <summary>When the key expires (ISO 8601), or null (<c>expires_at</c>).</summary>
    [JsonPropertyName("expires_at")]
    public string? ExpiresAt { get; init; }

    /// <summary>The workspace id (<c>workspace_id</c>).</summary>
    [JsonPropertyName("workspace_id")]
    public string? WorkspaceId { get; init; }

    /// <summary>The deprecated legacy rate limit (<c>rate_limit</c>).</summary>
    [JsonPropertyName("rate_limit")]
    public KeyRateLimit? RateLimit { get; init; }

    /// <summary>Today's (UTC) requests to free models: used, allowed and left (<c>free_model_daily_requests</c>); null when not reported.</summary>
    [JsonPropertyName("free_model_daily_requests")]
    public FreeModelDailyRequests? FreeModelDailyRequests { get; init; }

    /// <summary>What the key may still spend under the tightest limit that applies to it (<c>effective_budget</c>); null when not reported.</summary>
    [JsonPropertyName("effective_budget")]
    public EffectiveBudget? EffectiveBudget { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
