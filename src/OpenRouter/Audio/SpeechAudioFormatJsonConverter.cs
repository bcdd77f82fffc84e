// Open value sets: string-backed structs that accept any value the API sends.
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class SpeechAudioFormatJsonConverter : OpenStringJsonConverter<SpeechAudioFormat>
{
    protected override SpeechAudioFormat Create(string value) => new(value);

    protected override string? GetValue(SpeechAudioFormat value) => value.Value;
}
