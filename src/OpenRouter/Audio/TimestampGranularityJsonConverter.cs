// Open value sets: string-backed structs that accept any value the API sends.
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class TimestampGranularityJsonConverter : OpenStringJsonConverter<TimestampGranularity>
{
    protected override TimestampGranularity Create(string value) => new(value);

    protected override string? GetValue(TimestampGranularity value) => value.Value;
}
