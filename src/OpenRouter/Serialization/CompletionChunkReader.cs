using System;
using System.Collections.Generic;
using System.Text.Json;
using OpenRouter.Serialization;
using static OpenRouter.Serialization.ChatCompletionChunkReader;

namespace OpenRouter.Serialization;

/// <summary>
/// The legacy completions twin of <see cref="ChatCompletionChunkReader"/>: reads one streamed text-completion chunk
/// with a <see cref="Utf8JsonReader"/>, repeated strings from the per-stream cache, rare members through the
/// source-generated serializer (a test compares the result with the serializer's on every shape).
/// </summary>
internal static class CompletionChunkReader
{
    public static CompletionChunk Read(ReadOnlySpan<byte> json, StreamStringCache cache)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "a completion chunk");

        var common = default(CommonFields);
        List<CompletionChoice>? choices = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                Next(ref reader);
                choices = ReadChoices(ref reader, cache);
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

    private static List<CompletionChoice>? ReadChoices(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, "choices");
        var list = new List<CompletionChoice>(1);
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            Expect(ref reader, JsonTokenType.StartObject, "choice");
            var common = default(ChoiceFields);
            string? text = null, reasoning = null;
            IReadOnlyList<ReasoningDetail>? reasoningDetails = null;
            LegacyLogprobs? logprobs = null;
            Dictionary<string, JsonElement>? extra = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("text"u8))
                {
                    Next(ref reader);
                    text = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("reasoning"u8))
                {
                    Next(ref reader);
                    reasoning = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("reasoning_details"u8))
                {
                    Next(ref reader);
                    reasoningDetails = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.IReadOnlyListReasoningDetail);
                }
                else if (reader.ValueTextEquals("logprobs"u8))
                {
                    Next(ref reader);
                    logprobs = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.LegacyLogprobs);
                }
                else if (TryReadChoiceCommon(ref reader, ref common, cache))
                {
                    continue;
                }
                else
                {
                    ReadExtra(ref reader, ref extra);
                }
            }

            list.Add(new CompletionChoice
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
            });
        }
    }
}
