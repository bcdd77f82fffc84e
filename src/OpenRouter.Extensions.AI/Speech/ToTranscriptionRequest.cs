using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Mapping;
using OpenRouter.Serialization;

namespace OpenRouter.Extensions.AI.Speech;

/// <summary>Maps <see cref="SpeechToTextOptions"/> to an OpenRouter <see cref="TranscriptionRequest"/> without its audio. Never changes its inputs.</summary>
[Experimental("MEAI001")]
internal static class ToTranscriptionRequest
{
    private static readonly RouteOptionsShape s_shape = new(
        nameof(SpeechToTextOptions),
        " (for example \"openai/whisper-large-v3\"), or pass a default model to AsISpeechToTextClient(defaultModelId) or the OpenRouter:DefaultSpeechToTextModel setting",
        ("input_audio", $"the audio is the stream passed to GetTextAsync; name its format with AdditionalProperties[\"{TranscriptionAudio.FormatKey}\"]."));

    /// <summary>The same shape without refusals, for adding the audio itself.</summary>
    private static readonly RouteOptionsShape s_audioShape = new(nameof(SpeechToTextOptions), s_shape.ModelHint);

    /// <summary>Builds the request without audio.</summary>
    /// <remarks>
    /// Typed fields: <see cref="SpeechToTextOptions.ModelId"/> (else the default model) and the <c>language</c>, from
    /// <see cref="SpeechToTextOptions.SpeechLanguage"/> or else <see cref="SpeechToTextOptions.TextLanguage"/>, as its
    /// ISO-639-1 part (<c>en-US</c> is <c>en</c>). OpenRouter transcribes and does not translate: a text language other
    /// than the speech language is refused. <see cref="SpeechToTextOptions.SpeechSampleRate"/> has no OpenRouter field.
    /// </remarks>
    public static TranscriptionRequest Create(SpeechToTextOptions? options, string? defaultModelId, ISpeechToTextClient client)
    {
        var typed = new TranscriptionRequest
        {
            Model = RouteModel.Choose(options?.ModelId, defaultModelId),
            Language = Language(options),
        };

        var raw = options?.RawRepresentationFactory?.Invoke(client) as TranscriptionRequest;
        if (raw?.InputAudio is not null)
        {
            s_shape.ThrowIfRefused("input_audio", "The request SpeechToTextOptions.RawRepresentationFactory returned (\"input_audio\")");
        }

        return RouteModel.Build(typed, options?.AdditionalProperties, raw, defaultModelId, OpenRouterJsonContext.Default.TranscriptionRequest, s_shape, static r => r.Model);
    }

    /// <summary><paramref name="request"/> with the audio as base64 <c>input_audio</c>.</summary>
    public static TranscriptionRequest WithAudio(TranscriptionRequest request, byte[] audio, string format) =>
        RouteRequestMerge.Merge(
            request,
            new AdditionalPropertiesDictionary { ["input_audio"] = TranscriptionInputAudio.FromBytes(audio, format) },
            null,
            OpenRouterJsonContext.Default.TranscriptionRequest,
            s_audioShape);

    private static string? Language(SpeechToTextOptions? options)
    {
        var speech = Primary(options?.SpeechLanguage);
        var text = Primary(options?.TextLanguage);
        if (speech is not null && text is not null && !string.Equals(speech, text, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException(
                $"SpeechToTextOptions asks for {options!.TextLanguage} text from {options.SpeechLanguage} speech, a translation; OpenRouter's audio/transcriptions route only transcribes. Leave TextLanguage unset, or translate the transcript with a chat model.");
        }

        return speech ?? text;
    }

    /// <summary>The primary language subtag of a BCP 47 tag, lower-cased (<c>en-US</c> is <c>en</c>); null for none.</summary>
    private static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var trimmed = tag!.Trim();
        var dash = trimmed.IndexOfAny(['-', '_']);
        return (dash > 0 ? trimmed.Substring(0, dash) : trimmed).ToLowerInvariant();
    }
}
