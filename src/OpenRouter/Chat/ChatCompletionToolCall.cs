using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// A tool call made by the model (<c>tool_calls[]</c>), in a message or as a streamed fragment. In a stream only
/// <see cref="Index"/> is always present; concatenate <c>arguments</c> fragments by index.
/// </summary>
public sealed class ChatCompletionToolCall
{
    /// <summary>The position of the call in a streamed delta (<c>index</c>).</summary>
    [JsonPropertyName("index")]
    public int? Index { get; init; }

    /// <summary>The call id (<c>id</c>), echoed as <c>tool_call_id</c> in the tool result.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The call type (<c>type</c>), <c>function</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The called function (<c>function</c>).</summary>
    [JsonPropertyName("function")]
    public ChatFunctionCall? Function { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a complete function call (for assistant messages sent back).</summary>
    /// <param name="id">The call id.</param>
    /// <param name="name">The function name.</param>
    /// <param name="arguments">The arguments as JSON text.</param>
    /// <returns>The call.</returns>
    public static ChatCompletionToolCall CreateFunctionCall(string id, string name, string arguments) =>
        new() { Id = id, Type = "function", Function = new ChatFunctionCall { Name = name, Arguments = arguments } };
}
