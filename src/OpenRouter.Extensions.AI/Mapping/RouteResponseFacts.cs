using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Cost;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>
/// Usage and OpenRouter facts of an embeddings, images or transcription answer, in the shapes the chat client gives them:
/// token counts in <see cref="UsageDetails"/> with the cost in picodollars, and the same <c>AdditionalProperties</c> keys.
/// </summary>
internal static class RouteResponseFacts
{
    /// <summary>The usage, with the cost under <see cref="OpenRouterPropertyNames.CostPicoUsd"/> so that sums and <c>GetOpenRouterCost()</c> see it.</summary>
    public static UsageDetails Usage(long? inputTokens, long? outputTokens, long? totalTokens, decimal? cost, bool? isByok, decimal? upstreamCost)
    {
        var details = new UsageDetails
        {
            InputTokenCount = inputTokens,
            OutputTokenCount = outputTokens,
            TotalTokenCount = totalTokens ?? (inputTokens is null && outputTokens is null ? null : (inputTokens ?? 0) + (outputTokens ?? 0)),
        };

        UsageCostCounts.Add(details, cost, isByok, upstreamCost);
        return details;
    }

    /// <summary>
    /// <c>generation_id</c>, <c>provider</c>, <c>cost</c>, <c>is_byok</c> and <c>upstream_inference_cost</c> where known,
    /// or null when none is.
    /// </summary>
    public static AdditionalPropertiesDictionary? Properties(string? generationId, string? provider, decimal? cost, bool? isByok, decimal? upstreamCost)
    {
        AdditionalPropertiesDictionary? properties = null;
        Set(ref properties, OpenRouterPropertyNames.GenerationId, generationId);
        Set(ref properties, OpenRouterPropertyNames.Provider, provider);
        Set(ref properties, OpenRouterPropertyNames.Cost, cost);
        Set(ref properties, OpenRouterPropertyNames.IsByok, isByok);
        Set(ref properties, OpenRouterPropertyNames.UpstreamInferenceCost, upstreamCost);
        return properties;
    }

    /// <summary>The string value of the unmodelled member <paramref name="name"/> (such as <c>provider</c>), or null.</summary>
    public static string? Text(IDictionary<string, JsonElement>? members, string name) =>
        members is not null && members.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Set(ref AdditionalPropertiesDictionary? properties, string key, object? value)
    {
        if (value is not null)
        {
            (properties ??= [])[key] = value;
        }
    }
}
