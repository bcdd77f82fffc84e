using System;
using System.Collections.Generic;
using System.Text.Json;
using static OpenRouter.Serialization.JsonReading;

namespace OpenRouter.Serialization;

/// <summary>The streaming hot path: reads one <c>chat.completion.chunk</c> with a <see cref="Utf8JsonReader"/> instead of the serializer.</summary>
/// <remarks>
/// The strings that repeat on every chunk of a stream (id, provider, model, object, fingerprint, role, finish reasons,
/// tool-call ids and names) come from a per-stream cache, so a typical text chunk allocates little more than its text.
/// Usage has a reader of its own (<see cref="TokenUsageReader"/>). Rare members (errors, logprobs, reasoning details,
/// images, annotations, audio, unknown fields) go through the source-generated serializer, so the result is the same
/// object the serializer would build (a test compares the two on every fixture).
/// </remarks>
internal static class ChatCompletionChunkReader
{
    public static ChatCompletionChunk Read(ReadOnlySpan<byte> json, StreamStringCache cache)
    {
        var reader = new Utf8JsonReader(json, Options);
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A chat completion chunk must be a JSON object, not {reader.TokenType}.");
        }

        var common = default(CommonFields);
        List<ChatCompletionChunkChoice>? choices = null;
        JsonElement? metadata = null, debug = null;
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
            else if (MatchProperty(ref reader, "openrouter_metadata"u8))
            {
                metadata = ReadOptionalElement(ref reader);
            }
            else if (MatchProperty(ref reader, "debug"u8))
            {
                debug = ReadOptionalElement(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return ToChunk(common, choices, metadata, debug, extra);
    }

    /// <summary>
    /// Reads one of the members every answer object shares (id, provider, model, object, created,
    /// system_fingerprint, service_tier when the type has it, usage, error) into <paramref name="fields"/>.
    /// </summary>
    /// <returns>True when the current property was one of them and has been read.</returns>
    internal static bool TryReadCommon(ref Utf8JsonReader reader, ref CommonFields fields, StreamStringCache cache, bool hasServiceTier = true)
    {
        if (MatchProperty(ref reader, "id"u8))
        {
            fields.Id = cache.Read(ref reader);
        }
        else if (MatchProperty(ref reader, "provider"u8))
        {
            fields.Provider = cache.Read(ref reader);
        }
        else if (MatchProperty(ref reader, "model"u8))
        {
            fields.Model = cache.Read(ref reader);
        }
        else if (MatchProperty(ref reader, "object"u8))
        {
            fields.ObjectType = cache.Read(ref reader);
        }
        else if (MatchProperty(ref reader, "created"u8))
        {
            fields.Created = LenientNumbers.ReadInt64(ref reader);
        }
        else if (MatchProperty(ref reader, "system_fingerprint"u8))
        {
            fields.SystemFingerprint = cache.Read(ref reader);
        }
        else if (hasServiceTier && MatchProperty(ref reader, "service_tier"u8))
        {
            fields.ServiceTier = cache.Read(ref reader) is { } tier ? new ServiceTierLevel(tier) : (ServiceTierLevel?)null;
        }
        else if (MatchProperty(ref reader, "usage"u8))
        {
            fields.Usage = TokenUsageReader.Read(ref reader);
        }
        else if (MatchProperty(ref reader, "error"u8))
        {
            fields.Error = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.OpenRouterError);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads one of the members every choice shares (index, finish_reason, native_finish_reason, error) into
    /// <paramref name="fields"/>.
    /// </summary>
    /// <returns>True when the current property was one of them and has been read.</returns>
    internal static bool TryReadChoiceCommon(ref Utf8JsonReader reader, ref ChoiceFields fields, StreamStringCache cache)
    {
        if (MatchProperty(ref reader, "index"u8))
        {
            fields.Index = LenientNumbers.ReadInt32(ref reader);
        }
        else if (MatchProperty(ref reader, "finish_reason"u8))
        {
            fields.FinishReason = cache.Read(ref reader) is { } finish ? new CompletionFinishReason(finish) : (CompletionFinishReason?)null;
        }
        else if (MatchProperty(ref reader, "native_finish_reason"u8))
        {
            fields.NativeFinishReason = cache.Read(ref reader);
        }
        else if (MatchProperty(ref reader, "error"u8))
        {
            fields.Error = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.OpenRouterError);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads a message: the <c>delta</c> of a chunk's choice, or the <c>message</c> of a whole completion's.</summary>
    internal static ChatCompletionMessage ReadDelta(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        Expect(ref reader, JsonTokenType.StartObject, "delta");
        var delta = default(DeltaFields);
        while (NextProperty(ref reader))
        {
            if (!TryReadHotMember(ref reader, ref delta, cache) && !TryReadRareMember(ref reader, ref delta))
            {
                ReadExtra(ref reader, ref delta.Extra);
            }
        }

        return delta.ToMessage();
    }

    private static ChatCompletionChunk ToChunk(in CommonFields common, List<ChatCompletionChunkChoice>? choices, JsonElement? metadata, JsonElement? debug, Dictionary<string, JsonElement>? extra) =>
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
            OpenRouterMetadata = metadata,
            Debug = debug,
            AdditionalProperties = extra,
        };

    /// <summary>
    /// Reads a choice of a chat answer: its message (under <paramref name="messageName"/>: <c>delta</c> in a chunk,
    /// <c>message</c> in a whole completion), logprobs, the members every choice shares, and unknown members.
    /// </summary>
    internal static ChatChoiceFields ReadChatChoice(ref Utf8JsonReader reader, StreamStringCache cache, ReadOnlySpan<byte> messageName)
    {
        Expect(ref reader, JsonTokenType.StartObject, "choice");
        var choice = default(ChatChoiceFields);
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, messageName))
            {
                choice.Message = reader.TokenType == JsonTokenType.Null ? null : ReadDelta(ref reader, cache);
            }
            else if (MatchProperty(ref reader, "logprobs"u8))
            {
                choice.Logprobs = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.ChatLogprobs);
            }
            else if (!TryReadChoiceCommon(ref reader, ref choice.Common, cache))
            {
                ReadExtra(ref reader, ref choice.Extra);
            }
        }

        return choice;
    }

    private static ChatCompletionChunkChoice ReadChoice(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException("A choice of a chat completion chunk is null.");
        }

        var choice = ReadChatChoice(ref reader, cache, "delta"u8);
        return new ChatCompletionChunkChoice
        {
            Index = choice.Common.Index,
            Delta = choice.Message,
            FinishReason = choice.Common.FinishReason,
            NativeFinishReason = choice.Common.NativeFinishReason,
            Logprobs = choice.Logprobs,
            Error = choice.Common.Error,
            AdditionalProperties = choice.Extra,
        };
    }

    /// <summary>Reads one of the members a stream sends on most deltas: content, role, reasoning and tool calls.</summary>
    /// <returns>True when the current property was one of them and has been read.</returns>
    private static bool TryReadHotMember(ref Utf8JsonReader reader, ref DeltaFields delta, StreamStringCache cache)
    {
        if (MatchProperty(ref reader, "content"u8))
        {
            var value = MessageContentValueJsonConverter.ReadValue(ref reader, OpenRouterJsonContext.Default.Options);
            delta.Content = value.Text;
            delta.Parts = value.Parts;
        }
        else if (MatchProperty(ref reader, "role"u8))
        {
            delta.Role = cache.Read(ref reader) is { } value ? new MessageRole(value) : default;
        }
        else if (MatchProperty(ref reader, "reasoning"u8))
        {
            delta.Reasoning = ReadString(ref reader);
        }
        else if (MatchProperty(ref reader, "reasoning_details"u8))
        {
            delta.ReasoningDetails = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.IReadOnlyListReasoningDetail);
        }
        else if (MatchProperty(ref reader, "tool_calls"u8))
        {
            delta.ToolCalls = ReadList(ref reader, cache, "tool_calls", ReadToolCall);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads one of the rarer message members: refusal, images, annotations, audio, name and tool_call_id.</summary>
    /// <returns>True when the current property was one of them and has been read.</returns>
    private static bool TryReadRareMember(ref Utf8JsonReader reader, ref DeltaFields delta)
    {
        if (MatchProperty(ref reader, "refusal"u8))
        {
            delta.Refusal = ReadString(ref reader);
        }
        else if (MatchProperty(ref reader, "images"u8))
        {
            delta.Images = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.IReadOnlyListChatContentPart);
        }
        else if (MatchProperty(ref reader, "annotations"u8))
        {
            delta.Annotations = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.IReadOnlyListMessageAnnotation);
        }
        else if (MatchProperty(ref reader, "audio"u8))
        {
            delta.Audio = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.MessageAudio);
        }
        else if (MatchProperty(ref reader, "name"u8))
        {
            delta.Name = ReadString(ref reader);
        }
        else if (MatchProperty(ref reader, "tool_call_id"u8))
        {
            delta.ToolCallId = ReadString(ref reader);
        }
        else
        {
            return false;
        }

        return true;
    }

    private static ChatCompletionToolCall ReadToolCall(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        Expect(ref reader, JsonTokenType.StartObject, "tool call");
        int? index = null;
        string? id = null, type = null;
        ChatFunctionCall? function = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, "function"u8))
            {
                function = reader.TokenType == JsonTokenType.Null ? null : ReadFunction(ref reader, cache);
            }
            else if (MatchProperty(ref reader, "index"u8))
            {
                index = reader.TokenType == JsonTokenType.Null ? null : LenientNumbers.ReadInt32(ref reader);
            }
            else if (MatchProperty(ref reader, "id"u8))
            {
                id = cache.Read(ref reader);
            }
            else if (MatchProperty(ref reader, "type"u8))
            {
                type = cache.Read(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new ChatCompletionToolCall { Index = index, Id = id, Type = type, Function = function, AdditionalProperties = extra };
    }

    private static ChatFunctionCall ReadFunction(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        Expect(ref reader, JsonTokenType.StartObject, "function");
        string? name = null, arguments = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (MatchProperty(ref reader, "arguments"u8))
            {
                arguments = ReadString(ref reader);
            }
            else if (MatchProperty(ref reader, "name"u8))
            {
                name = cache.Read(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new ChatFunctionCall { Name = name, Arguments = arguments, AdditionalProperties = extra };
    }

    /// <summary>The members of a message as they are read, before the message is built.</summary>
    private struct DeltaFields
    {
        public MessageRole Role;
        public string? Content;
        public IReadOnlyList<ChatContentPart>? Parts;
        public string? Reasoning;
        public IReadOnlyList<ReasoningDetail>? ReasoningDetails;
        public List<ChatCompletionToolCall>? ToolCalls;
        public string? Refusal;
        public IReadOnlyList<ChatContentPart>? Images;
        public IReadOnlyList<MessageAnnotation>? Annotations;
        public MessageAudio? Audio;
        public string? Name;
        public string? ToolCallId;
        public Dictionary<string, JsonElement>? Extra;

        public readonly ChatCompletionMessage ToMessage() => new()
        {
            Role = Role,
            Content = Content,
            ContentParts = Parts,
            Name = Name,
            ToolCallId = ToolCallId,
            ToolCalls = ToolCalls,
            Reasoning = Reasoning,
            ReasoningDetails = ReasoningDetails,
            Refusal = Refusal,
            Images = Images,
            Annotations = Annotations,
            Audio = Audio,
            AdditionalProperties = Extra,
        };
    }
}
