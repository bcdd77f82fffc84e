using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>Audio output of an assistant message or delta (<c>audio</c>).</summary>
public sealed class MessageAudio
{
    /// <summary>The audio id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The base64 audio (<c>data</c>); a fragment in a stream.</summary>
    [JsonPropertyName("data")]
    public string? Data { get; init; }

    /// <summary>The transcript (<c>transcript</c>); a fragment in a stream.</summary>
    [JsonPropertyName("transcript")]
    public string? Transcript { get; init; }

    /// <summary>When the audio expires, in unix seconds (<c>expires_at</c>).</summary>
    [JsonPropertyName("expires_at")]
    public long? ExpiresAt { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
