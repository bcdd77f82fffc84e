using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>STUB (wire-types owner completes): <c>GET /key</c> data.</summary>
public sealed class KeyInfo
{
    /// <summary>The key label.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }
}

/// <summary>STUB: <c>GET /credits</c> data.</summary>
public sealed class Credits
{
    /// <summary>Total credits purchased.</summary>
    [JsonPropertyName("total_credits")]
    public decimal TotalCredits { get; init; }
}

/// <summary>STUB: <c>GET /generation</c> data.</summary>
public sealed class GenerationInfo
{
    /// <summary>The generation id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}

/// <summary>The <c>{"data": ...}</c> envelope most GET endpoints use.</summary>
internal sealed class DataEnvelope<T>
{
    [JsonPropertyName("data")]
    public T? Data { get; init; }
}
