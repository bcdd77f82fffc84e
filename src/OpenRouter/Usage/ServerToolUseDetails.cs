using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Usage of OpenRouter server tools (<c>usage.server_tool_use_details</c> or <c>usage.server_tool_use</c>).</summary>
public sealed class ServerToolUseDetails
{
    /// <summary>Web searches run (<c>web_search_requests</c>).</summary>
    [JsonPropertyName("web_search_requests")]
    public int? WebSearchRequests { get; init; }

    /// <summary>Server tool calls the model requested (<c>tool_calls_requested</c>).</summary>
    [JsonPropertyName("tool_calls_requested")]
    public int? ToolCallsRequested { get; init; }

    /// <summary>Server tool calls OpenRouter executed (<c>tool_calls_executed</c>).</summary>
    [JsonPropertyName("tool_calls_executed")]
    public int? ToolCallsExecuted { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
