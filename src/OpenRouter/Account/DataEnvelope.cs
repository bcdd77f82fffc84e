using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The <c>{"data": ...}</c> envelope most GET endpoints use.</summary>
internal sealed class DataEnvelope<T>
{
    [JsonPropertyName("data")]
    public T? Data { get; init; }
}
