using System;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Mapping;

namespace OpenRouter.Extensions.AI.Embeddings;

/// <summary>Maps an OpenRouter <see cref="EmbeddingResponse"/> to Microsoft.Extensions.AI's <see cref="GeneratedEmbeddings{TEmbedding}"/>.</summary>
internal static class FromEmbeddingResponse
{
    /// <summary>One embedding per input, in input order (by each item's <c>index</c>), each with the model that made it; usage with the cost.</summary>
    /// <exception cref="OpenRouterException">The answer does not hold exactly one vector per input.</exception>
    public static GeneratedEmbeddings<Embedding<float>> ToGeneratedEmbeddings(EmbeddingResponse response, int inputCount)
    {
        var ordered = new Embedding<float>[inputCount];
        foreach (var item in response.Data!)
        {
            if (item.Index < 0 || item.Index >= inputCount || ordered[item.Index] is not null || item.Vector is null)
            {
                throw Mismatch(response, inputCount, $"an item with index {item.Index}{(item.Vector is null ? " and no vector" : string.Empty)}");
            }

            ordered[item.Index] = new Embedding<float>(item.Vector) { ModelId = response.Model };
        }

        var missing = Array.IndexOf(ordered, null);
        if (missing >= 0)
        {
            throw Mismatch(response, inputCount, $"no vector for input {missing}");
        }

        var usage = response.Usage;
        return new GeneratedEmbeddings<Embedding<float>>(ordered)
        {
            Usage = usage is null ? null : RouteResponseFacts.Usage(usage.PromptTokens, null, usage.TotalTokens, usage.Cost, usage.IsByok, usage.CostDetails?.UpstreamInferenceCost),
            AdditionalProperties = RouteResponseFacts.Properties(
                response.Id, RouteResponseFacts.Text(response.AdditionalProperties, "provider"), usage?.Cost, usage?.IsByok, usage?.CostDetails?.UpstreamInferenceCost),
        };
    }

    private static OpenRouterException Mismatch(EmbeddingResponse response, int inputCount, string problem) =>
        new($"OpenRouter answered POST embeddings for {inputCount} input(s) with {response.Data!.Count} vector(s) and {problem} (generation {response.Id ?? "unknown"}); one vector per input was expected.");
}
