using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Mapping;
using OpenRouter.Extensions.AI.Media;
using OpenRouter.Serialization;

namespace OpenRouter.Extensions.AI.Speech;

/// <summary>Maps a text and its <see cref="TextToSpeechOptions"/> to an OpenRouter <see cref="SpeechRequest"/>. Never changes its inputs.</summary>
[Experimental("MEAI001")]
internal static class ToSpeechRequest
{
    private static readonly RouteOptionsShape s_shape = new(
        nameof(TextToSpeechOptions),
        " (for example \"openai/gpt-4o-mini-tts\"), or pass a default model to AsITextToSpeechClient(defaultModelId) or the OpenRouter:DefaultTextToSpeechModel setting",
        ("input", "the text to speak is the text passed to GetAudioAsync."));

    /// <summary>Builds the request.</summary>
    /// <remarks>
    /// Typed fields: <see cref="TextToSpeechOptions.ModelId"/> (else the default model), <see cref="TextToSpeechOptions.VoiceId"/>
    /// as <c>voice</c>, <see cref="TextToSpeechOptions.AudioFormat"/> (a format name or a media type: <c>mp3</c> or
    /// <c>audio/mpeg</c>, <c>pcm</c>, <c>wav</c>) as <c>response_format</c>, <see cref="TextToSpeechOptions.Speed"/>.
    /// Language, pitch and volume have no OpenRouter field: the voice decides them.
    /// </remarks>
    public static SpeechRequest Create(string text, TextToSpeechOptions? options, string? defaultModelId, ITextToSpeechClient client)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var typed = new SpeechRequest
        {
            Model = RouteModel.Choose(options?.ModelId, defaultModelId),
            Input = text,
            Voice = string.IsNullOrWhiteSpace(options?.VoiceId) ? null : options!.VoiceId,
            ResponseFormat = string.IsNullOrWhiteSpace(options?.AudioFormat) ? (SpeechAudioFormat?)null : new SpeechAudioFormat(MediaFormats.AudioFormat(options!.AudioFormat!)),
            Speed = options?.Speed is { } speed ? AdditionalPropertiesReader.ToDouble(speed) : null,
        };

        var raw = options?.RawRepresentationFactory?.Invoke(client) as SpeechRequest;
        return RouteModel.Build(typed, options?.AdditionalProperties, raw, defaultModelId, OpenRouterJsonContext.Default.SpeechRequest, s_shape, static r => r.Model);
    }

    /// <summary>
    /// The media type of the audio: the answer's <c>Content-Type</c> when it names audio, else the one of the format
    /// asked for, else <c>audio/pcm</c> (OpenRouter's default format: 16-bit little-endian samples).
    /// </summary>
    public static string MediaType(string? contentType, SpeechRequest request)
    {
        if (contentType is { Length: > 0 } && contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase))
        {
            return contentType;
        }

        return MediaFormats.AudioMediaType(request.ResponseFormat?.Value ?? "pcm");
    }
}
