// Open value sets: string-backed structs that accept any value the API sends.
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class TranscriptionFormatJsonConverter : OpenStringJsonConverter<TranscriptionFormat>
{
    protected override TranscriptionFormat Create(string value) => new(value);

    protected override string? GetValue(TranscriptionFormat value) => value.Value;
}
