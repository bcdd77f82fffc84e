// Open value sets: string-backed structs that accept any value the API sends.
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class ImageAspectRatioJsonConverter : OpenStringJsonConverter<ImageAspectRatio>
{
    protected override ImageAspectRatio Create(string value) => new(value);

    protected override string? GetValue(ImageAspectRatio value) => value.Value;
}
