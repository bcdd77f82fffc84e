using Microsoft.SemanticKernel;
using OpenRouter.Serialization;

namespace OpenRouter.SemanticKernel;

/// <summary>Maps a text and <see cref="OpenRouterTextToAudioExecutionSettings"/> to an <c>audio/speech</c> request.</summary>
internal static class SpeechRequestMapper
{
    public static SpeechRequest Create(string text, OpenRouterTextToAudioExecutionSettings settings, string defaultModelId)
    {
        var request = new SpeechRequest
        {
            Model = SettingsModel.For(settings, defaultModelId),
            Input = text,
            Voice = settings.Voice,
            ResponseFormat = settings.ResponseFormat is null ? default(SpeechAudioFormat?) : new SpeechAudioFormat(settings.ResponseFormat),
            Speed = settings.Speed,
            Provider = settings.Provider,
        };

        return WireExtensionData.Apply(request, settings.ExtensionData, OpenRouterJsonContext.Default.SpeechRequest, "input");
    }
}
