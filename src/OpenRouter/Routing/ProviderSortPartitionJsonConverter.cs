// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class ProviderSortPartitionJsonConverter : OpenStringJsonConverter<ProviderSortPartition>
{
    protected override ProviderSortPartition Create(string value) => new(value);

    protected override string? GetValue(ProviderSortPartition value) => value.Value;
}
