// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class CompletionFinishReasonJsonConverter : OpenStringJsonConverter<CompletionFinishReason>
{
    protected override CompletionFinishReason Create(string value) => new(value);

    protected override string? GetValue(CompletionFinishReason value) => value.Value;
}
