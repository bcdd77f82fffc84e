using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The deprecated usage-accounting switch (<c>usage</c>), written <c>{"include": true}</c>. Usage is always returned today.</summary>
public sealed class UsageAccountingOptions
{
    /// <summary>Whether to include usage (<c>include</c>).</summary>
    [JsonPropertyName("include")]
    public bool? Include { get; init; }
}
