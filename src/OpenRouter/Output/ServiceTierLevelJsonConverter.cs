// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class ServiceTierLevelJsonConverter : OpenStringJsonConverter<ServiceTierLevel>
{
    protected override ServiceTierLevel Create(string value) => new(value);

    protected override string? GetValue(ServiceTierLevel value) => value.Value;
}
