using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A key's requests to free (<c>:free</c>) models today, per UTC day (<c>free_model_daily_requests</c> of <c>GET key</c>).</summary>
public sealed class FreeModelDailyRequests
{
    /// <summary>Requests made today (<c>used</c>).</summary>
    [JsonPropertyName("used")]
    public long? Used { get; init; }

    /// <summary>Requests allowed per day (<c>limit</c>): 50, or 1000 once 10 credits were ever bought.</summary>
    [JsonPropertyName("limit")]
    public long? Limit { get; init; }

    /// <summary>Requests left today (<c>remaining</c>).</summary>
    [JsonPropertyName("remaining")]
    public long? Remaining { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
