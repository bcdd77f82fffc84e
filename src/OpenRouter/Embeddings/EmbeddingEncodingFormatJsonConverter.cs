// Open value sets: string-backed structs that accept any value the API sends.
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class EmbeddingEncodingFormatJsonConverter : OpenStringJsonConverter<EmbeddingEncodingFormat>
{
    protected override EmbeddingEncodingFormat Create(string value) => new(value);

    protected override string? GetValue(EmbeddingEncodingFormat value) => value.Value;
}
