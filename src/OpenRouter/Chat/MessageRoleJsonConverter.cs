// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

internal sealed class MessageRoleJsonConverter : OpenStringJsonConverter<MessageRole>
{
    protected override MessageRole Create(string value) => new(value);

    protected override string? GetValue(MessageRole value) => value.Value;
}
