// Open value sets: string-backed structs that accept any value the API sends.
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class ImageBackgroundJsonConverter : OpenStringJsonConverter<ImageBackground>
{
    protected override ImageBackground Create(string value) => new(value);

    protected override string? GetValue(ImageBackground value) => value.Value;
}
