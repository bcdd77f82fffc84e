using System;
using System.Linq;
using Microsoft.SemanticKernel;
using OpenRouter.Serialization;

#pragma warning disable SKEXP0001 // AudioContent is experimental in Semantic Kernel.

namespace OpenRouter.SemanticKernel;

/// <summary>Maps an <see cref="AudioContent"/> and <see cref="OpenRouterAudioToTextExecutionSettings"/> to a JSON <c>audio/transcriptions</c> request.</summary>
internal static class TranscriptionRequestMapper
{
    public static TranscriptionRequest Create(AudioContent content, OpenRouterAudioToTextExecutionSettings settings, string defaultModelId)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        if (content.Data is not { IsEmpty: false } audio)
        {
            throw new ArgumentException("OpenRouter transcribes the audio sent with the request: give the AudioContent its bytes or a data: URI (a URL is not fetched).", nameof(content));
        }

        var format = settings.AudioFormat ?? AudioMediaTypes.FormatOf(content.MimeType)
            ?? throw new ArgumentException($"The audio format is unknown (MIME type \"{content.MimeType}\"): give the AudioContent an audio MIME type such as audio/wav, or set OpenRouterAudioToTextExecutionSettings.AudioFormat.", nameof(content));

        var request = new TranscriptionRequest
        {
            Model = SettingsModel.For(settings, defaultModelId),
            InputAudio = TranscriptionInputAudio.FromBytes(audio.Span, format),
            Language = settings.Language,
            ResponseFormat = settings.ResponseFormat is null ? default(TranscriptionFormat?) : new TranscriptionFormat(settings.ResponseFormat),
            Temperature = settings.Temperature,
            TimestampGranularities = settings.TimestampGranularities?.Select(g => new TimestampGranularity(g)).ToList(),
            Provider = settings.Provider,
        };

        return WireExtensionData.Apply(request, settings.ExtensionData, OpenRouterJsonContext.Default.TranscriptionRequest, "input_audio");
    }
}
