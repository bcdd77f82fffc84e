using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>STUB (wire-types owner completes): one message of a chat request or response.</summary>
public sealed class ChatCompletionMessage
{
    /// <summary>The role.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>The text content.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }
}
