using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The body of <c>POST audio/speech</c>: the text to speak, the voice and the audio format. Unset properties are not written.</summary>
/// <remarks>Fields not modelled here can be sent through <see cref="AdditionalProperties"/>.</remarks>
public sealed class SpeechRequest
{
    /// <summary>The text-to-speech model id (<c>model</c>), e.g. <c>openai/gpt-4o-mini-tts</c>; required.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The text to speak (<c>input</c>); required.</summary>
    [JsonPropertyName("input")]
    public string? Input { get; init; }

    /// <summary>The voice (<c>voice</c>), provider-specific; a model's voices are in <see cref="ModelInfo.SupportedVoices"/>.</summary>
    [JsonPropertyName("voice")]
    public string? Voice { get; init; }

    /// <summary>The audio format (<c>response_format</c>): <c>mp3</c> or <c>pcm</c> (the API's default).</summary>
    [JsonPropertyName("response_format")]
    public SpeechAudioFormat? ResponseFormat { get; init; }

    /// <summary>The playback speed multiplier (<c>speed</c>), for models that support it.</summary>
    [JsonPropertyName("speed")]
    public double? Speed { get; init; }

    /// <summary>A voice sample to clone (<c>input_references</c>): one audio part, optionally one text part with its transcript.</summary>
    [JsonPropertyName("input_references")]
    public IReadOnlyList<SpeechInputReference>? InputReferences { get; init; }

    /// <summary>Provider-specific options (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public ProviderPassthroughOptions? Provider { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
