using System;
using System.Collections.Generic;
using System.Text.Json;
using OpenRouter.Serialization;
using static OpenRouter.Serialization.ChatCompletionChunkReader;

namespace OpenRouter.Serialization;

/// <summary>
/// Reads a whole (non-streamed) chat completion the way <see cref="ChatCompletionChunkReader"/> reads a chunk: one
/// <see cref="Utf8JsonReader"/> pass for the common members (the message shares the delta's reader), the
/// source-generated serializer for rare ones, the same object as the serializer would build (tested).
/// </summary>
internal static class ChatCompletionReader
{
    public static ChatCompletion Read(ReadOnlySpan<byte> json)
    {
        var cache = StreamStringCache.None;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "a chat completion");

        var common = default(CommonFields);
        string? userId = null;
        List<ChatCompletionChoice>? choices = null;
        JsonElement? metadata = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                Next(ref reader);
                choices = ReadChoices(ref reader, cache);
            }
            else if (TryReadCommon(ref reader, ref common, cache))
            {
                continue;
            }
            else if (reader.ValueTextEquals("user_id"u8))
            {
                Next(ref reader);
                userId = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("openrouter_metadata"u8))
            {
                Next(ref reader);
                metadata = ReadOptionalElement(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new ChatCompletion
        {
            Id = common.Id,
            Provider = common.Provider,
            Model = common.Model,
            ObjectType = common.ObjectType,
            Created = common.Created,
            SystemFingerprint = common.SystemFingerprint,
            ServiceTier = common.ServiceTier,
            Choices = choices,
            Usage = common.Usage,
            Error = common.Error,
            UserId = userId,
            OpenRouterMetadata = metadata,
            AdditionalProperties = extra,
        };
    }

    private static List<ChatCompletionChoice>? ReadChoices(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, "choices");
        var list = new List<ChatCompletionChoice>(1);
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            Expect(ref reader, JsonTokenType.StartObject, "choice");
            var common = default(ChoiceFields);
            ChatCompletionMessage? message = null;
            ChatLogprobs? logprobs = null;
            Dictionary<string, JsonElement>? extra = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("message"u8))
                {
                    Next(ref reader);
                    message = reader.TokenType == JsonTokenType.Null ? null : ReadDelta(ref reader, cache);
                }
                else if (reader.ValueTextEquals("logprobs"u8))
                {
                    Next(ref reader);
                    logprobs = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.ChatLogprobs);
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

            list.Add(new ChatCompletionChoice
            {
                Index = common.Index,
                Message = message,
                FinishReason = common.FinishReason,
                NativeFinishReason = common.NativeFinishReason,
                Logprobs = logprobs,
                Error = common.Error,
                AdditionalProperties = extra,
            });
        }
    }
}
