using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A part of a voice-cloning reference (an item of <c>input_references</c>): the voice sample, or its transcript.</summary>
public sealed class SpeechInputReference
{
    /// <summary>The part type (<c>type</c>): <c>input_audio</c> or <c>text</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The voice sample of an <c>input_audio</c> part (<c>input_audio</c>).</summary>
    [JsonPropertyName("input_audio")]
    public SpeechReferenceAudio? InputAudio { get; init; }

    /// <summary>The transcript of a <c>text</c> part (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A voice sample part from audio bytes (sent as base64).</summary>
    /// <param name="audio">The audio bytes.</param>
    /// <param name="format">The audio format, e.g. <c>wav</c>; optional, most providers detect it.</param>
    /// <returns>The part.</returns>
    public static SpeechInputReference CreateAudio(ReadOnlySpan<byte> audio, string? format = null) =>
        new() { Type = "input_audio", InputAudio = new SpeechReferenceAudio { Data = Serialization.Base64Text.Encode(audio), Format = format } };

    /// <summary>A transcript part: the words spoken in the voice sample.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <returns>The part.</returns>
    public static SpeechInputReference CreateTranscript(string transcript) => new() { Type = "text", Text = transcript };
}
