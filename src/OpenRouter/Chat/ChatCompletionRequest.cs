using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>STUB (wire-types owner completes): the body of <c>POST /chat/completions</c>.</summary>
public sealed class ChatCompletionRequest
{
    private bool? _stream;

    /// <summary>The model slug, e.g. <c>openai/gpt-4o</c>.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The conversation.</summary>
    [JsonPropertyName("messages")]
    public IReadOnlyList<ChatCompletionMessage>? Messages { get; init; }

    /// <summary>Set by <see cref="OpenRouterClient.StreamChatCompletionAsync(ChatCompletionRequest, System.Threading.CancellationToken)"/>; leave unset when calling the non-streaming method.</summary>
    [JsonPropertyName("stream")]
    public bool? Stream { get => _stream; init => _stream = value; }

    /// <summary>A shallow copy with <c>stream: true</c>; the caller's object is never changed.</summary>
    internal ChatCompletionRequest WithStreamEnabled()
    {
        var copy = (ChatCompletionRequest)MemberwiseClone();
        copy._stream = true;
        return copy;
    }
}
