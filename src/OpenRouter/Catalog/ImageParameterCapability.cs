using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>What an image model accepts for one request parameter: a set of values (<c>enum</c>), a numeric range (<c>range</c>) or just support (<c>boolean</c>).</summary>
public sealed class ImageParameterCapability
{
    /// <summary>The kind (<c>type</c>): <c>enum</c>, <c>range</c> or <c>boolean</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The accepted values of an <c>enum</c> parameter (<c>values</c>).</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>The smallest accepted value of a <c>range</c> parameter (<c>min</c>).</summary>
    [JsonPropertyName("min")]
    public double? Min { get; init; }

    /// <summary>The largest accepted value of a <c>range</c> parameter (<c>max</c>).</summary>
    [JsonPropertyName("max")]
    public double? Max { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
