using System;
using System.Collections.Generic;
using System.Text.Json;
using static OpenRouter.Serialization.ChatCompletionChunkReader;
using static OpenRouter.Serialization.JsonReading;

namespace OpenRouter.Serialization;

/// <summary>Reads a whole (non-streamed) chat completion the way <see cref="ChatCompletionChunkReader"/> reads a chunk.</summary>
/// <remarks>
/// One <see cref="Utf8JsonReader"/> pass for the common members (the message shares the delta's reader), the
/// source-generated serializer for rare ones, the same object as the serializer would build (tested).
/// </remarks>
internal static class ChatCompletionReader
{
    public static ChatCompletion Read(ReadOnlySpan<byte> json)
    {
        var cache = StreamStringCache.None;
        var reader = new Utf8JsonReader(json, Options);
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "a chat completion");

        var common = default(CommonFields);
        string? userId = null;
        List<ChatCompletionChoice>? choices = null;
        JsonElement? metadata = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, "choices"u8))
            {
                choices = ReadList(ref reader, cache, "choices", ReadChoice);
            }
            else if (TryReadCommon(ref reader, ref common, cache))
            {
                continue;
            }
            else if (MatchProperty(ref reader, "user_id"u8))
            {
                userId = ReadString(ref reader);
            }
            else if (MatchProperty(ref reader, "openrouter_metadata"u8))
            {
                metadata = ReadOptionalElement(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return ToCompletion(common, choices, userId, metadata, extra);
    }

    private static ChatCompletion ToCompletion(in CommonFields common, List<ChatCompletionChoice>? choices, string? userId, JsonElement? metadata, Dictionary<string, JsonElement>? extra) =>
        new()
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

    private static ChatCompletionChoice ReadChoice(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        var choice = ReadChatChoice(ref reader, cache, "message"u8);
        return new ChatCompletionChoice
        {
            Index = choice.Common.Index,
            Message = choice.Message,
            FinishReason = choice.Common.FinishReason,
            NativeFinishReason = choice.Common.NativeFinishReason,
            Logprobs = choice.Logprobs,
            Error = choice.Common.Error,
            AdditionalProperties = choice.Extra,
        };
    }
}
