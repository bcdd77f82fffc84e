// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class QuantizationJsonConverter : OpenStringJsonConverter<Quantization>
{
    protected override Quantization Create(string value) => new(value);

    protected override string? GetValue(Quantization value) => value.Value;
}
