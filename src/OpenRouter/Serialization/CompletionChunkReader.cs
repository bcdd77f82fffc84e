using System;
using System.Collections.Generic;
using System.Text.Json;
using static OpenRouter.Serialization.ChatCompletionChunkReader;
using static OpenRouter.Serialization.JsonReading;

namespace OpenRouter.Serialization;

/// <summary>The legacy completions twin of <see cref="ChatCompletionChunkReader"/>: reads one streamed text-completion chunk.</summary>
/// <remarks>
/// One <see cref="Utf8JsonReader"/> pass, repeated strings from the per-stream cache, rare members through the
/// source-generated serializer (a test compares the result with the serializer's on every shape).
/// </remarks>
internal static class CompletionChunkReader
{
    public static CompletionChunk Read(ReadOnlySpan<byte> json, StreamStringCache cache)
    {
        var reader = new Utf8JsonReader(json, Options);
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "a completion chunk");

        var common = default(CommonFields);
        List<CompletionChoice>? choices = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, "choices"u8))
            {
                choices = ReadList(ref reader, cache, "choices", ReadChoice);
            }
            else if (!TryReadCommon(ref reader, ref common, cache, hasServiceTier: false))
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new CompletionChunk
        {
            Id = common.Id,
            Provider = common.Provider,
            Model = common.Model,
            ObjectType = common.ObjectType,
            Created = common.Created,
            SystemFingerprint = common.SystemFingerprint,
            Choices = choices,
            Usage = common.Usage,
            Error = common.Error,
            AdditionalProperties = extra,
        };
    }

    private static CompletionChoice ReadChoice(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        Expect(ref reader, JsonTokenType.StartObject, "choice");
        var common = default(ChoiceFields);
        string? text = null, reasoning = null;
        IReadOnlyList<ReasoningDetail>? reasoningDetails = null;
        LegacyLogprobs? logprobs = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, "text"u8))
            {
                text = ReadString(ref reader);
            }
            else if (MatchProperty(ref reader, "reasoning"u8))
            {
                reasoning = ReadString(ref reader);
            }
            else if (MatchProperty(ref reader, "reasoning_details"u8))
            {
                reasoningDetails = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.IReadOnlyListReasoningDetail);
            }
            else if (MatchProperty(ref reader, "logprobs"u8))
            {
                logprobs = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.LegacyLogprobs);
            }
            else if (!TryReadChoiceCommon(ref reader, ref common, cache))
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new CompletionChoice
        {
            Index = common.Index,
            Text = text,
            FinishReason = common.FinishReason,
            NativeFinishReason = common.NativeFinishReason,
            Reasoning = reasoning,
            ReasoningDetails = reasoningDetails,
            Logprobs = logprobs,
            Error = common.Error,
            AdditionalProperties = extra,
        };
    }
}
