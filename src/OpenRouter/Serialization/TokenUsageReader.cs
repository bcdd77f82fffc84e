using System.Collections.Generic;
using System.Text.Json;
using OpenRouter.Serialization;
using static OpenRouter.Serialization.ChatCompletionChunkReader;

namespace OpenRouter.Serialization;

/// <summary>
/// Reads <c>usage</c> (<see cref="TokenUsage"/> and its detail objects) with the reader the answer is already being read
/// with. The serializer builds these init-only types through its parameterized-constructor path, which cost about as
/// much as reading the whole rest of a non-streamed answer. Numbers and booleans are read by the context's own lenient
/// converters, with the serializer's null rules (a null leaves a nullable member unset and makes a non-nullable count
/// 0); unknown members land in <c>AdditionalProperties</c>. <c>TokenUsageReaderEquivalenceTests</c> compares the result
/// with the serializer's.
/// </summary>
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

        int prompt = 0, completion = 0, total = 0;
        PromptTokensDetails? promptDetails = null;
        CompletionTokensDetails? completionDetails = null;
        decimal? cost = null;
        bool? byok = null;
        UsageCostDetails? costDetails = null;
        ServerToolUseDetails? toolUseDetails = null, toolUse = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("prompt_tokens"u8))
            {
                Next(ref reader);
                prompt = Int32(ref reader);
            }
            else if (reader.ValueTextEquals("completion_tokens"u8))
            {
                Next(ref reader);
                completion = Int32(ref reader);
            }
            else if (reader.ValueTextEquals("total_tokens"u8))
            {
                Next(ref reader);
                total = Int32(ref reader);
            }
            else if (reader.ValueTextEquals("cost"u8))
            {
                Next(ref reader);
                cost = NullableDecimal(ref reader);
            }
            else if (reader.ValueTextEquals("is_byok"u8))
            {
                Next(ref reader);
                byok = reader.TokenType == JsonTokenType.Null ? null : s_boolean.Read(ref reader, typeof(bool), OpenRouterJsonContext.Default.Options);
            }
            else if (reader.ValueTextEquals("prompt_tokens_details"u8))
            {
                Next(ref reader);
                promptDetails = ReadPromptDetails(ref reader);
            }
            else if (reader.ValueTextEquals("completion_tokens_details"u8))
            {
                Next(ref reader);
                completionDetails = ReadCompletionDetails(ref reader);
            }
            else if (reader.ValueTextEquals("cost_details"u8))
            {
                Next(ref reader);
                costDetails = ReadCostDetails(ref reader);
            }
            else if (reader.ValueTextEquals("server_tool_use_details"u8))
            {
                Next(ref reader);
                toolUseDetails = ReadToolUse(ref reader);
            }
            else if (reader.ValueTextEquals("server_tool_use"u8))
            {
                Next(ref reader);
                toolUse = ReadToolUse(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new TokenUsage
        {
            PromptTokens = prompt,
            CompletionTokens = completion,
            TotalTokens = total,
            PromptTokensDetails = promptDetails,
            CompletionTokensDetails = completionDetails,
            Cost = cost,
            IsByok = byok,
            CostDetails = costDetails,
            ServerToolUseDetails = toolUseDetails,
            ServerToolUse = toolUse,
            AdditionalProperties = extra,
        };
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
            if (reader.ValueTextEquals("cached_tokens"u8))
            {
                Next(ref reader);
                cached = NullableInt32(ref reader);
            }
            else if (reader.ValueTextEquals("cache_write_tokens"u8))
            {
                Next(ref reader);
                cacheWrite = NullableInt32(ref reader);
            }
            else if (reader.ValueTextEquals("audio_tokens"u8))
            {
                Next(ref reader);
                audio = NullableInt32(ref reader);
            }
            else if (reader.ValueTextEquals("video_tokens"u8))
            {
                Next(ref reader);
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
            if (reader.ValueTextEquals("reasoning_tokens"u8))
            {
                Next(ref reader);
                reasoning = NullableInt32(ref reader);
            }
            else if (reader.ValueTextEquals("audio_tokens"u8))
            {
                Next(ref reader);
                audio = NullableInt32(ref reader);
            }
            else if (reader.ValueTextEquals("image_tokens"u8))
            {
                Next(ref reader);
                image = NullableInt32(ref reader);
            }
            else if (reader.ValueTextEquals("accepted_prediction_tokens"u8))
            {
                Next(ref reader);
                accepted = NullableInt32(ref reader);
            }
            else if (reader.ValueTextEquals("rejected_prediction_tokens"u8))
            {
                Next(ref reader);
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
            if (reader.ValueTextEquals("upstream_inference_cost"u8))
            {
                Next(ref reader);
                upstream = NullableDecimal(ref reader);
            }
            else if (reader.ValueTextEquals("upstream_inference_prompt_cost"u8))
            {
                Next(ref reader);
                upstreamPrompt = NullableDecimal(ref reader);
            }
            else if (reader.ValueTextEquals("upstream_inference_completions_cost"u8))
            {
                Next(ref reader);
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
            if (reader.ValueTextEquals("web_search_requests"u8))
            {
                Next(ref reader);
                webSearch = NullableInt32(ref reader);
            }
            else if (reader.ValueTextEquals("tool_calls_requested"u8))
            {
                Next(ref reader);
                requested = NullableInt32(ref reader);
            }
            else if (reader.ValueTextEquals("tool_calls_executed"u8))
            {
                Next(ref reader);
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
}
