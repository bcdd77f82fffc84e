// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class ProviderSortByJsonConverter : OpenStringJsonConverter<ProviderSortBy>
{
    protected override ProviderSortBy Create(string value) => new(value);

    protected override string? GetValue(ProviderSortBy value) => value.Value;
}
