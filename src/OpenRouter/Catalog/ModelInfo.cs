using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>STUB (wire-types owner completes): one model of <c>GET /models</c>.</summary>
public sealed class ModelInfo
{
    /// <summary>The routable slug.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}

/// <summary>STUB: query filters of <c>GET /models</c>.</summary>
public sealed class ModelListQuery
{
    /// <summary>Output modalities to include (the API defaults to text only).</summary>
    public IReadOnlyList<string>? OutputModalities { get; init; }

    /// <summary>The query string, starting with <c>?</c>, or empty when no filter is set.</summary>
    internal string ToQueryString() => OutputModalities is { Count: > 0 } ? "?output_modalities=" + string.Join(",", OutputModalities) : string.Empty;
}

/// <summary>STUB: the body of <c>GET /models</c>.</summary>
internal sealed class ModelListResponse
{
    [JsonPropertyName("data")]
    public IReadOnlyList<ModelInfo>? Data { get; init; }
}

/// <summary>STUB: the <c>data</c> of <c>GET /models/{author}/{slug}/endpoints</c>.</summary>
public sealed class ModelEndpoints
{
    /// <summary>The model id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
