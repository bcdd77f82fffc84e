// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class OutputVerbosityJsonConverter : OpenStringJsonConverter<OutputVerbosity>
{
    protected override OutputVerbosity Create(string value) => new(value);

    protected override string? GetValue(OutputVerbosity value) => value.Value;
}
