using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenRouter.Serialization;

namespace OpenRouter.Serialization;

/// <summary>
/// The streaming hot path: reads one <c>chat.completion.chunk</c> with a <see cref="Utf8JsonReader"/> instead of the
/// serializer's general machinery, and takes the strings that repeat on every chunk of a stream (id, provider,
/// model, object, fingerprint, role, finish reasons, tool-call ids and names) from a per-stream cache, so a typical
/// text chunk allocates little more than its text. Usage has a reader of its own (<see cref="TokenUsageReader"/>).
/// Rare members (errors, logprobs, reasoning details, images, annotations, audio, unknown fields) go through the
/// source-generated serializer, so the result is the same object the serializer would build (a test compares the two
/// on every fixture).
/// </summary>
internal static class ChatCompletionChunkReader
{
    public static ChatCompletionChunk Read(ReadOnlySpan<byte> json, StreamStringCache cache)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
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
            if (reader.ValueTextEquals("choices"u8))
            {
                Next(ref reader);
                choices = ReadChoices(ref reader, cache);
            }
            else if (TryReadCommon(ref reader, ref common, cache))
            {
                continue;
            }
            else if (reader.ValueTextEquals("openrouter_metadata"u8))
            {
                Next(ref reader);
                metadata = ReadOptionalElement(ref reader);
            }
            else if (reader.ValueTextEquals("debug"u8))
            {
                Next(ref reader);
                debug = ReadOptionalElement(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new ChatCompletionChunk
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
    }

    /// <summary>
    /// Reads one of the members every answer object shares (id, provider, model, object, created,
    /// system_fingerprint, service_tier when the type has it, usage, error) into <paramref name="fields"/>.
    /// </summary>
    /// <returns>True when the current property was one of them and has been read.</returns>
    internal static bool TryReadCommon(ref Utf8JsonReader reader, ref CommonFields fields, StreamStringCache cache, bool hasServiceTier = true)
    {
        if (reader.ValueTextEquals("id"u8))
        {
            Next(ref reader);
            fields.Id = cache.Read(ref reader);
        }
        else if (reader.ValueTextEquals("provider"u8))
        {
            Next(ref reader);
            fields.Provider = cache.Read(ref reader);
        }
        else if (reader.ValueTextEquals("model"u8))
        {
            Next(ref reader);
            fields.Model = cache.Read(ref reader);
        }
        else if (reader.ValueTextEquals("object"u8))
        {
            Next(ref reader);
            fields.ObjectType = cache.Read(ref reader);
        }
        else if (reader.ValueTextEquals("created"u8))
        {
            Next(ref reader);
            fields.Created = LenientNumbers.ReadInt64(ref reader);
        }
        else if (reader.ValueTextEquals("system_fingerprint"u8))
        {
            Next(ref reader);
            fields.SystemFingerprint = cache.Read(ref reader);
        }
        else if (hasServiceTier && reader.ValueTextEquals("service_tier"u8))
        {
            Next(ref reader);
            fields.ServiceTier = cache.Read(ref reader) is { } tier ? new ServiceTierLevel(tier) : (ServiceTierLevel?)null;
        }
        else if (reader.ValueTextEquals("usage"u8))
        {
            Next(ref reader);
            fields.Usage = TokenUsageReader.Read(ref reader);
        }
        else if (reader.ValueTextEquals("error"u8))
        {
            Next(ref reader);
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
        if (reader.ValueTextEquals("index"u8))
        {
            Next(ref reader);
            fields.Index = LenientNumbers.ReadInt32(ref reader);
        }
        else if (reader.ValueTextEquals("finish_reason"u8))
        {
            Next(ref reader);
            fields.FinishReason = cache.Read(ref reader) is { } finish ? new CompletionFinishReason(finish) : (CompletionFinishReason?)null;
        }
        else if (reader.ValueTextEquals("native_finish_reason"u8))
        {
            Next(ref reader);
            fields.NativeFinishReason = cache.Read(ref reader);
        }
        else if (reader.ValueTextEquals("error"u8))
        {
            Next(ref reader);
            fields.Error = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.OpenRouterError);
        }
        else
        {
            return false;
        }

        return true;
    }

    private static List<ChatCompletionChunkChoice>? ReadChoices(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, "choices");
        var list = new List<ChatCompletionChunkChoice>(1);
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException("A choice of a chat completion chunk is null.");
            }

            list.Add(ReadChoice(ref reader, cache));
        }
    }

    private static ChatCompletionChunkChoice ReadChoice(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        Expect(ref reader, JsonTokenType.StartObject, "choice");
        var common = default(ChoiceFields);
        ChatCompletionMessage? delta = null;
        ChatLogprobs? logprobs = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("delta"u8))
            {
                Next(ref reader);
                delta = reader.TokenType == JsonTokenType.Null ? null : ReadDelta(ref reader, cache);
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

        return new ChatCompletionChunkChoice
        {
            Index = common.Index,
            Delta = delta,
            FinishReason = common.FinishReason,
            NativeFinishReason = common.NativeFinishReason,
            Logprobs = logprobs,
            Error = common.Error,
            AdditionalProperties = extra,
        };
    }

    internal static ChatCompletionMessage ReadDelta(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        Expect(ref reader, JsonTokenType.StartObject, "delta");
        MessageRole role = default;
        string? content = null, reasoning = null, refusal = null, name = null, toolCallId = null;
        IReadOnlyList<ChatContentPart>? parts = null, images = null;
        IReadOnlyList<ReasoningDetail>? reasoningDetails = null;
        List<ChatCompletionToolCall>? toolCalls = null;
        IReadOnlyList<MessageAnnotation>? annotations = null;
        MessageAudio? audio = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("content"u8))
            {
                Next(ref reader);
                var value = MessageContentValueJsonConverter.ReadValue(ref reader, OpenRouterJsonContext.Default.Options);
                content = value.Text;
                parts = value.Parts;
            }
            else if (reader.ValueTextEquals("role"u8))
            {
                Next(ref reader);
                role = cache.Read(ref reader) is { } value ? new MessageRole(value) : default;
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
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                Next(ref reader);
                toolCalls = ReadToolCalls(ref reader, cache);
            }
            else if (reader.ValueTextEquals("refusal"u8))
            {
                Next(ref reader);
                refusal = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("images"u8))
            {
                Next(ref reader);
                images = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.IReadOnlyListChatContentPart);
            }
            else if (reader.ValueTextEquals("annotations"u8))
            {
                Next(ref reader);
                annotations = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.IReadOnlyListMessageAnnotation);
            }
            else if (reader.ValueTextEquals("audio"u8))
            {
                Next(ref reader);
                audio = JsonSerializer.Deserialize(ref reader, OpenRouterJsonContext.Default.MessageAudio);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                Next(ref reader);
                name = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("tool_call_id"u8))
            {
                Next(ref reader);
                toolCallId = ReadString(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new ChatCompletionMessage
        {
            Role = role,
            Content = content,
            ContentParts = parts,
            Name = name,
            ToolCallId = toolCallId,
            ToolCalls = toolCalls,
            Reasoning = reasoning,
            ReasoningDetails = reasoningDetails,
            Refusal = refusal,
            Images = images,
            Annotations = annotations,
            Audio = audio,
            AdditionalProperties = extra,
        };
    }

    private static List<ChatCompletionToolCall>? ReadToolCalls(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray, "tool_calls");
        var list = new List<ChatCompletionToolCall>(1);
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            Expect(ref reader, JsonTokenType.StartObject, "tool call");
            int? index = null;
            string? id = null, type = null;
            ChatFunctionCall? function = null;
            Dictionary<string, JsonElement>? extra = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("function"u8))
                {
                    Next(ref reader);
                    function = reader.TokenType == JsonTokenType.Null ? null : ReadFunction(ref reader, cache);
                }
                else if (reader.ValueTextEquals("index"u8))
                {
                    Next(ref reader);
                    index = reader.TokenType == JsonTokenType.Null ? null : LenientNumbers.ReadInt32(ref reader);
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    Next(ref reader);
                    id = cache.Read(ref reader);
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    Next(ref reader);
                    type = cache.Read(ref reader);
                }
                else
                {
                    ReadExtra(ref reader, ref extra);
                }
            }

            list.Add(new ChatCompletionToolCall { Index = index, Id = id, Type = type, Function = function, AdditionalProperties = extra });
        }
    }

    private static ChatFunctionCall ReadFunction(ref Utf8JsonReader reader, StreamStringCache cache)
    {
        Expect(ref reader, JsonTokenType.StartObject, "function");
        string? name = null, arguments = null;
        Dictionary<string, JsonElement>? extra = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("arguments"u8))
            {
                Next(ref reader);
                arguments = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                Next(ref reader);
                name = cache.Read(ref reader);
            }
            else
            {
                ReadExtra(ref reader, ref extra);
            }
        }

        return new ChatFunctionCall { Name = name, Arguments = arguments, AdditionalProperties = extra };
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    internal static bool NextProperty(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"Expected a property name, got {reader.TokenType}.");
        }

        return true;
    }

    internal static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The chunk ends in the middle of its JSON.");
        }
    }

    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} for {what}, got {reader.TokenType}.");
        }
    }

    internal static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string, got {reader.TokenType}."),
    };

    internal static JsonElement? ReadOptionalElement(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);

    internal static void ReadExtra(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? extra)
    {
        var name = reader.GetString()!;
        Next(ref reader);
        (extra ??= [])[name] = JsonElement.ParseValue(ref reader);
    }
}

/// <summary>
/// The strings one stream repeats on every chunk (its id, provider, model, role...): read once, then returned from
/// here without allocating while their bytes match. One instance per stream; not thread-safe.
/// </summary>
internal sealed class StreamStringCache
{
    /// <summary>A cache that keeps nothing (only the well-known wire values are shared): stateless, so one instance serves every thread.</summary>
    public static readonly StreamStringCache None = new(capacity: 0);

    private readonly byte[]?[] _utf8;
    private readonly string?[] _strings;
    private int _next;

    /// <summary>Creates a cache of <paramref name="capacity"/> entries (0: only the well-known wire values are shared).</summary>
    public StreamStringCache(int capacity = 16)
    {
        _utf8 = new byte[capacity][];
        _strings = new string[capacity];
    }

    /// <summary>The string at the reader (null for a JSON null), from the cache when its bytes were seen before.</summary>
    public string? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, got {reader.TokenType}.");
        }

        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > 256)
        {
            return reader.GetString();
        }

        var bytes = reader.ValueSpan;
        if (WellKnown(bytes) is { } known)
        {
            return known;
        }

        for (var i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] is { } seen && bytes.SequenceEqual(seen))
            {
                return _strings[i];
            }
        }

        if (_utf8.Length == 0)
        {
            // Nothing is kept, so the bytes need no copy of their own.
#if NET
            return Encoding.UTF8.GetString(bytes);
#else
            return Encoding.UTF8.GetString(bytes.ToArray());
#endif
        }

        var copy = bytes.ToArray();
        var value = Encoding.UTF8.GetString(copy);
        _utf8[_next] = copy;
        _strings[_next] = value;
        _next = (_next + 1) % _utf8.Length;
        return value;
    }

    /// <summary>Roles, finish reasons and types that every answer uses, as shared literals.</summary>
    private static string? WellKnown(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        4 when bytes.SequenceEqual("stop"u8) => "stop",
        4 when bytes.SequenceEqual("user"u8) => "user",
        4 when bytes.SequenceEqual("tool"u8) => "tool",
        6 when bytes.SequenceEqual("length"u8) => "length",
        6 when bytes.SequenceEqual("system"u8) => "system",
        8 when bytes.SequenceEqual("function"u8) => "function",
        9 when bytes.SequenceEqual("assistant"u8) => "assistant",
        10 when bytes.SequenceEqual("tool_calls"u8) => "tool_calls",
        _ => null,
    };
}

/// <summary>The members every answer object shares, as read by <see cref="ChatCompletionChunkReader.TryReadCommon"/>.</summary>
internal struct CommonFields
{
    public string? Id;
    public string? Provider;
    public string? Model;
    public string? ObjectType;
    public long Created;
    public string? SystemFingerprint;
    public ServiceTierLevel? ServiceTier;
    public TokenUsage? Usage;
    public OpenRouterError? Error;
}

/// <summary>The members every choice shares, as read by <see cref="ChatCompletionChunkReader.TryReadChoiceCommon"/>.</summary>
internal struct ChoiceFields
{
    public int Index;
    public CompletionFinishReason? FinishReason;
    public string? NativeFinishReason;
    public OpenRouterError? Error;
}
