using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Price ceilings (<c>provider.max_price</c>), in USD per million tokens for prompt and completion, per unit otherwise. Read from numbers or strings.</summary>
public sealed class MaxPrice
{
    /// <summary>Maximum prompt price per million tokens (<c>prompt</c>).</summary>
    [JsonPropertyName("prompt")]
    public decimal? Prompt { get; init; }

    /// <summary>Maximum completion price per million tokens (<c>completion</c>).</summary>
    [JsonPropertyName("completion")]
    public decimal? Completion { get; init; }

    /// <summary>Maximum price per request (<c>request</c>).</summary>
    [JsonPropertyName("request")]
    public decimal? Request { get; init; }

    /// <summary>Maximum price per image (<c>image</c>).</summary>
    [JsonPropertyName("image")]
    public decimal? Image { get; init; }

    /// <summary>Maximum price per audio unit (<c>audio</c>).</summary>
    [JsonPropertyName("audio")]
    public decimal? Audio { get; init; }
}
