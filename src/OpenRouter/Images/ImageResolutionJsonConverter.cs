// Open value sets: string-backed structs that accept any value the API sends.
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class ImageResolutionJsonConverter : OpenStringJsonConverter<ImageResolution>
{
    protected override ImageResolution Create(string value) => new(value);

    protected override string? GetValue(ImageResolution value) => value.Value;
}
