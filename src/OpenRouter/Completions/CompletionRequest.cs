using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>STUB (wire-types owner completes): the body of the legacy <c>POST /completions</c>.</summary>
public sealed class CompletionRequest
{
    private bool? _stream;

    /// <summary>The model slug.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The prompt.</summary>
    [JsonPropertyName("prompt")]
    public string? Prompt { get; init; }

    /// <summary>Set by <see cref="OpenRouterClient.StreamCompletionAsync(CompletionRequest, System.Threading.CancellationToken)"/>; leave unset when calling the non-streaming method.</summary>
    [JsonPropertyName("stream")]
    public bool? Stream { get => _stream; init => _stream = value; }

    /// <summary>A shallow copy with <c>stream: true</c>; the caller's object is never changed.</summary>
    internal CompletionRequest WithStreamEnabled()
    {
        var copy = (CompletionRequest)MemberwiseClone();
        copy._stream = true;
        return copy;
    }
}
