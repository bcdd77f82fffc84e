using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using OpenRouter;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>Combines two chat requests field by field: the first one's set fields win; lists of messages and tools are concatenated.</summary>
internal static class RequestMerge
{
    public static ChatCompletionRequest Combine(ChatCompletionRequest first, ChatCompletionRequest second) => new()
    {
        Model = first.Model ?? second.Model,
        Models = first.Models ?? second.Models,
        Messages = Concat(first.Messages, second.Messages),
        MaxTokens = first.MaxTokens ?? second.MaxTokens,
        MaxCompletionTokens = first.MaxCompletionTokens ?? second.MaxCompletionTokens,
        Temperature = first.Temperature ?? second.Temperature,
        TopP = first.TopP ?? second.TopP,
        TopK = first.TopK ?? second.TopK,
        FrequencyPenalty = first.FrequencyPenalty ?? second.FrequencyPenalty,
        PresencePenalty = first.PresencePenalty ?? second.PresencePenalty,
        RepetitionPenalty = first.RepetitionPenalty ?? second.RepetitionPenalty,
        MinP = first.MinP ?? second.MinP,
        TopA = first.TopA ?? second.TopA,
        Seed = first.Seed ?? second.Seed,
        LogitBias = first.LogitBias ?? second.LogitBias,
        Logprobs = first.Logprobs ?? second.Logprobs,
        TopLogprobs = first.TopLogprobs ?? second.TopLogprobs,
        Stop = first.Stop ?? second.Stop,
        ResponseFormat = first.ResponseFormat ?? second.ResponseFormat,
        Tools = Concat(first.Tools, second.Tools),
        ToolChoice = first.ToolChoice ?? second.ToolChoice,
        ParallelToolCalls = first.ParallelToolCalls ?? second.ParallelToolCalls,
        Prediction = first.Prediction ?? second.Prediction,
        Reasoning = first.Reasoning ?? second.Reasoning,
        ReasoningEffort = first.ReasoningEffort ?? second.ReasoningEffort,
        IncludeReasoning = first.IncludeReasoning ?? second.IncludeReasoning,
        Verbosity = first.Verbosity ?? second.Verbosity,
        Provider = first.Provider ?? second.Provider,
        Plugins = Concat(first.Plugins, second.Plugins),
        Transforms = first.Transforms ?? second.Transforms,
        WebSearchOptions = first.WebSearchOptions ?? second.WebSearchOptions,
        Modalities = first.Modalities ?? second.Modalities,
        ImageConfig = first.ImageConfig ?? second.ImageConfig,
        Audio = first.Audio ?? second.Audio,
        Usage = first.Usage ?? second.Usage,
        User = first.User ?? second.User,
        SessionId = first.SessionId ?? second.SessionId,
        PromptCacheKey = first.PromptCacheKey ?? second.PromptCacheKey,
        CacheControl = first.CacheControl ?? second.CacheControl,
        Metadata = first.Metadata ?? second.Metadata,
        Trace = first.Trace ?? second.Trace,
        ServiceTier = first.ServiceTier ?? second.ServiceTier,
        Route = first.Route ?? second.Route,
        Debug = first.Debug ?? second.Debug,
        Preset = first.Preset ?? second.Preset,
        AdditionalProperties = Union(first.AdditionalProperties, second.AdditionalProperties),
    };

    private static IReadOnlyList<T>? Concat<T>(IReadOnlyList<T>? first, IReadOnlyList<T>? second)
    {
        if (first is not { Count: > 0 })
        {
            return second;
        }

        if (second is not { Count: > 0 })
        {
            return first;
        }

        return first.Concat(second).ToList();
    }

    private static IDictionary<string, JsonElement>? Union(IDictionary<string, JsonElement>? first, IDictionary<string, JsonElement>? second)
    {
        if (first is not { Count: > 0 })
        {
            return second is { Count: > 0 } ? new Dictionary<string, JsonElement>(second) : null;
        }

        var result = new Dictionary<string, JsonElement>(first);
        if (second is not null)
        {
            foreach (var pair in second)
            {
                if (!result.ContainsKey(pair.Key))
                {
                    result[pair.Key] = pair.Value;
                }
            }
        }

        return result;
    }
}
