using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Cost;

/// <summary>What the emulator billed, read back the way a user would check a bill, and the pieces the cost tests share.</summary>
internal static class Billing
{
    /// <summary>
    /// The emulator's bill: the key's <c>usage</c> (the sum of every generation's cost), checked against the sum of
    /// <c>GET /generation</c>'s <c>total_cost</c> over the chat requests it served.
    /// </summary>
    public static async Task<decimal> BilledAsync(OpenRouterClient client, OpenRouterEmulator emulator)
    {
        var perGeneration = 0m;
        foreach (var request in emulator.ChatRequests())
        {
            var generation = await client.GetGenerationAsync(request.GenerationId!);
            perGeneration += generation.TotalCost!.Value;
        }

        var key = await client.GetKeyAsync();
        Assert.Equal(perGeneration, key.Usage);
        Assert.True(perGeneration > 0, "the emulator should bill something");
        return perGeneration;
    }

    /// <summary>The weather tool the quick start offers; the emulator calls it when the prompt asks about the weather.</summary>
    public static AIFunction WeatherTool() => AIFunctionFactory.Create((string city) => $"Sunny in {city}", "get_weather");

    /// <summary>The per-call <c>cost</c> property of the last OpenRouter call in the response (what callers read before).</summary>
    public static decimal LastCallCost(ChatResponse response) =>
        (decimal)(response.AdditionalProperties?.GetValueOrDefault(OpenRouterPropertyNames.Cost)
            ?? response.Messages.Last(m => m.AdditionalProperties?.ContainsKey(OpenRouterPropertyNames.Cost) == true).AdditionalProperties![OpenRouterPropertyNames.Cost])!;
}
