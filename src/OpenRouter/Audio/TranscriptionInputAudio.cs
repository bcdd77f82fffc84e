using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The audio of a JSON transcription request (<c>input_audio</c>): base64 bytes and their format.</summary>
public sealed class TranscriptionInputAudio
{
    /// <summary>The audio bytes in base64, not a data URI (<c>data</c>).</summary>
    [JsonPropertyName("data")]
    public string? Data { get; init; }

    /// <summary>The audio format (<c>format</c>), e.g. <c>wav</c>, <c>mp3</c>, <c>flac</c>, <c>m4a</c>, <c>ogg</c>, <c>webm</c>.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Audio from its bytes (encoded as base64).</summary>
    /// <param name="audio">The audio bytes.</param>
    /// <param name="format">The audio format, e.g. <c>wav</c>.</param>
    /// <returns>The audio.</returns>
    public static TranscriptionInputAudio FromBytes(ReadOnlySpan<byte> audio, string format) =>
        new() { Data = Serialization.Base64Text.Encode(audio), Format = format };
}
