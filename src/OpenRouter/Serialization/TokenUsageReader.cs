using System.Collections.Generic;
using System.Text.Json;
using OpenRouter.Serialization;
using static OpenRouter.Serialization.JsonReading;

namespace OpenRouter.Serialization;

/// <summary>Reads <c>usage</c> (<see cref="TokenUsage"/> and its detail objects) with the reader the answer is already being read with.</summary>
/// <remarks>
/// The serializer builds these init-only types through its parameterized-constructor path, which cost about as much as
/// reading the whole rest of a non-streamed answer. Numbers and booleans are read by the context's own lenient
/// converters, with the serializer's null rules (a null leaves a nullable member unset and makes a non-nullable count
/// 0); unknown members land in <c>AdditionalProperties</c>. <c>TokenUsageReaderEquivalenceTests</c> compares the result
/// with the serializer's.
/// </remarks>
internal static class TokenUsageReader
{
    private static readonly LenientDecimalJsonConverter s_decimal = new();
    private static readonly LenientBooleanJsonConverter s_boolean = new();

    /// <summary>Reads the value at the reader: null for a JSON null, otherwise the usage object.</summary>
    public static TokenUsage? Read(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, nameof(TokenUsage)))
        {
            return null;
        }

        var usage = default(UsageFields);
        while (NextProperty(ref reader))
        {
            if (!TryReadTotals(ref reader, ref usage) && !TryReadDetails(ref reader, ref usage))
            {
                ReadExtra(ref reader, ref usage.Extra);
            }
        }

        return usage.ToUsage();
    }

    /// <summary>Reads one of the totals: the three token counts, the cost and <c>is_byok</c>.</summary>
    /// <returns>True when the current property was one of them and has been read.</returns>
    private static bool TryReadTotals(ref Utf8JsonReader reader, ref UsageFields usage)
    {
        if (MatchProperty(ref reader, "prompt_tokens"u8))
        {
            usage.Prompt = Int32(ref reader);
        }
        else if (MatchProperty(ref reader, "completion_tokens"u8))
        {
            usage.Completion = Int32(ref reader);
        }
        else if (MatchProperty(ref reader, "total_tokens"u8))
        {
            usage.Total = Int32(ref reader);
        }
        else if (MatchProperty(ref reader, "cost"u8))
        {
            usage.Cost = NullableDecimal(ref reader);
        }
        else if (MatchProperty(ref reader, "is_byok"u8))
        {
            usage.Byok = reader.TokenType == JsonTokenType.Null ? null : s_boolean.Read(ref reader, typeof(bool), OpenRouterJsonContext.Default.Options);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads one of the detail objects: prompt, completion, cost and server tool use.</summary>
    /// <returns>True when the current property was one of them and has been read.</returns>
    private static bool TryReadDetails(ref Utf8JsonReader reader, ref UsageFields usage)
    {
        if (MatchProperty(ref reader, "prompt_tokens_details"u8))
        {
            usage.PromptDetails = ReadPromptDetails(ref reader);
        }
        else if (MatchProperty(ref reader, "completion_tokens_details"u8))
        {
            usage.CompletionDetails = ReadCompletionDetails(ref reader);
        }
        else if (MatchProperty(ref reader, "cost_details"u8))
        {
            usage.CostDetails = ReadCostDetails(ref reader);
        }
        else if (MatchProperty(ref reader, "server_tool_use_details"u8))
        {
            usage.ToolUseDetails = ReadToolUse(ref reader);
        }
        else if (MatchProperty(ref reader, "server_tool_use"u8))
        {
            usage.ToolUse = ReadToolUse(ref reader);
        }
        else
        {
            return false;
        }

        return true;
    }

    private static PromptTokensDetails? ReadPromptDetails(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, nameof(PromptTokensDetails)))
        {
            return null;
        }

        int? cached = null, cacheWrite = null, audio = null, video = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, "cached_tokens"u8))
            {
                cached = NullableInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "cache_write_tokens"u8))
            {
                cacheWrite = NullableInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "audio_tokens"u8))
            {
                audio = NullableInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "video_tokens"u8))
            {
                video = NullableInt32(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new PromptTokensDetails { CachedTokens = cached, CacheWriteTokens = cacheWrite, AudioTokens = audio, VideoTokens = video, AdditionalProperties = extra };
    }

    private static CompletionTokensDetails? ReadCompletionDetails(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, nameof(CompletionTokensDetails)))
        {
            return null;
        }

        int? reasoning = null, audio = null, image = null, accepted = null, rejected = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, "reasoning_tokens"u8))
            {
                reasoning = NullableInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "audio_tokens"u8))
            {
                audio = NullableInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "image_tokens"u8))
            {
                image = NullableInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "accepted_prediction_tokens"u8))
            {
                accepted = NullableInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "rejected_prediction_tokens"u8))
            {
                rejected = NullableInt32(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new CompletionTokensDetails
        {
            ReasoningTokens = reasoning,
            AudioTokens = audio,
            ImageTokens = image,
            AcceptedPredictionTokens = accepted,
            RejectedPredictionTokens = rejected,
            AdditionalProperties = extra,
        };
    }

    private static UsageCostDetails? ReadCostDetails(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, nameof(UsageCostDetails)))
        {
            return null;
        }

        decimal? upstream = null, upstreamPrompt = null, upstreamCompletions = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, "upstream_inference_cost"u8))
            {
                upstream = NullableDecimal(ref reader);
            }
            else if (MatchProperty(ref reader, "upstream_inference_prompt_cost"u8))
            {
                upstreamPrompt = NullableDecimal(ref reader);
            }
            else if (MatchProperty(ref reader, "upstream_inference_completions_cost"u8))
            {
                upstreamCompletions = NullableDecimal(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new UsageCostDetails
        {
            UpstreamInferenceCost = upstream,
            UpstreamInferencePromptCost = upstreamPrompt,
            UpstreamInferenceCompletionsCost = upstreamCompletions,
            AdditionalProperties = extra,
        };
    }

    private static ServerToolUseDetails? ReadToolUse(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, nameof(ServerToolUseDetails)))
        {
            return null;
        }

        int? webSearch = null, requested = null, executed = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, "web_search_requests"u8))
            {
                webSearch = NullableInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "tool_calls_requested"u8))
            {
                requested = NullableInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "tool_calls_executed"u8))
            {
                executed = NullableInt32(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new ServerToolUseDetails { WebSearchRequests = webSearch, ToolCallsRequested = requested, ToolCallsExecuted = executed, AdditionalProperties = extra };
    }

    /// <summary>True at the start of an object, false at a null; anything else is not the expected object.</summary>
    private static bool StartObject(ref Utf8JsonReader reader, string typeName) => reader.TokenType switch
    {
        JsonTokenType.StartObject => true,
        JsonTokenType.Null => false,
        _ => throw new JsonException($"The JSON value could not be converted to {typeName}: expected an object or null, got {reader.TokenType}."),
    };

    /// <summary>A non-nullable count: the lenient converter sees nulls too (read as 0).</summary>
    private static int Int32(ref Utf8JsonReader reader) => LenientNumbers.ReadInt32(ref reader);

    /// <summary>A nullable count: a JSON null leaves it unset, anything else goes to the lenient converter.</summary>
    private static int? NullableInt32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : LenientNumbers.ReadInt32(ref reader);

    private static decimal? NullableDecimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : s_decimal.Read(ref reader, typeof(decimal), OpenRouterJsonContext.Default.Options);

    /// <summary>The members of <c>usage</c> as they are read, before the object is built.</summary>
    private struct UsageFields
    {
        public int Prompt;
        public int Completion;
        public int Total;
        public decimal? Cost;
        public bool? Byok;
        public PromptTokensDetails? PromptDetails;
        public CompletionTokensDetails? CompletionDetails;
        public UsageCostDetails? CostDetails;
        public ServerToolUseDetails? ToolUseDetails;
        public ServerToolUseDetails? ToolUse;
        public Dictionary<string, JsonElement>? Extra;

        public readonly TokenUsage ToUsage() => new()
        {
            PromptTokens = Prompt,
            CompletionTokens = Completion,
            TotalTokens = Total,
            PromptTokensDetails = PromptDetails,
            CompletionTokensDetails = CompletionDetails,
            Cost = Cost,
            IsByok = Byok,
            CostDetails = CostDetails,
            ServerToolUseDetails = ToolUseDetails,
            ServerToolUse = ToolUse,
            AdditionalProperties = Extra,
        };
    }
}
