// Open value sets: string-backed structs that accept any value the API sends.
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class ImageOutputFormatJsonConverter : OpenStringJsonConverter<ImageOutputFormat>
{
    protected override ImageOutputFormat Create(string value) => new(value);

    protected override string? GetValue(ImageOutputFormat value) => value.Value;
}
