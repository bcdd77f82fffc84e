// Open value sets: string-backed structs that accept any value the API sends.
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class ImageQualityJsonConverter : OpenStringJsonConverter<ImageQuality>
{
    protected override ImageQuality Create(string value) => new(value);

    protected override string? GetValue(ImageQuality value) => value.Value;
}
