using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Serialization;

namespace OpenRouter.Serialization;

/// <summary>
/// Writes a <see cref="ChatCompletionRequest"/> as UTF-8 JSON with one <see cref="Utf8JsonWriter"/>, byte for byte what
/// the source-generated <see cref="OpenRouterJsonContext.RequestBodies"/> writes.
/// </summary>
/// <remarks>
/// <para>
/// Same member order, unset values left out, extension data last, only the escapes JSON requires, without the
/// serializer's per-property metadata walk. The request's types carry custom converters and <c>[JsonExtensionData]</c>,
/// which keep the source generator off its fast path, hence this writer. Each member group of the request has a method
/// of its own, in wire order.
/// </para>
/// <para>
/// The hot members (scalars, messages, content parts, tool calls, tools, reasoning) are written here; the option
/// objects that are rarely set (provider, plugins, response format, tool choice, ...) are handed to the
/// source-generated metadata of the same context, so they cannot drift from it. <c>RequestWriterEquivalenceTests</c>
/// compares the two byte for byte over generated requests.
/// </para>
/// </remarks>
internal static class ChatCompletionRequestWriter
{
    /// <summary>
    /// What the serializer uses for its own writers with <see cref="OpenRouterJsonContext.RequestBodies"/>' options: its
    /// encoder (<see cref="MinimalJsonEncoder"/>), no indenting, depth 64.
    /// </summary>
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = MinimalJsonEncoder.Instance, SkipValidation = true, MaxDepth = 64 };

    [ThreadStatic]
    private static WriterCache? t_cache;

    /// <summary>The request as UTF-8 JSON.</summary>
    /// <param name="request">The request.</param>
    /// <param name="stream">When true, <c>stream: true</c> is written whatever <see cref="ChatCompletionRequest.Stream"/> says.</param>
    /// <returns>A new array holding exactly the JSON.</returns>
    public static byte[] ToUtf8Bytes(ChatCompletionRequest request, bool stream = false)
    {
        var cache = t_cache ??= new WriterCache();
        if (cache.InUse)
        {
            // Re-entered on the same thread (never expected): use a fresh writer rather than the cached one.
            var buffer = new PooledBufferWriter();
            try
            {
                using var writer = new Utf8JsonWriter(buffer, s_writerOptions);
                WriteRequest(writer, request, stream);
                writer.Flush();
                return buffer.ToArray();
            }
            finally
            {
                buffer.Release();
            }
        }

        cache.InUse = true;
        try
        {
            cache.Writer.Reset(cache.Buffer);
            WriteRequest(cache.Writer, request, stream);
            cache.Writer.Flush();
            return cache.Buffer.ToArray();
        }
        finally
        {
            // The buffer goes back to the pool (as the serializer's own cached writers do): a thread keeps only the
            // two small objects, not an array.
            cache.Writer.Reset(cache.Buffer);
            cache.Buffer.Release();
            cache.InUse = false;
        }
    }

    internal static void WriteRequest(Utf8JsonWriter writer, ChatCompletionRequest request, bool stream)
    {
        writer.WriteStartObject();
        WriteString(writer, "model"u8, request.Model);
        WriteStrings(writer, "models"u8, request.Models);
        WriteArray(writer, "messages"u8, request.Messages, WriteMessage);
        if (stream)
        {
            writer.WriteBoolean("stream"u8, true);
        }
        else
        {
            WriteBoolean(writer, "stream"u8, request.Stream);
        }

        WriteSampling(writer, request);
        WriteOutputAndTools(writer, request);
        WriteReasoning(writer, request);
        WriteRoutingAndFeatures(writer, request);
        WriteSessionAndTracing(writer, request);
        WriteExtensionData(writer, request.AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>The sampling members, <c>max_tokens</c> to <c>stop</c>.</summary>
    private static void WriteSampling(Utf8JsonWriter writer, ChatCompletionRequest request)
    {
        WriteNumber(writer, "max_tokens"u8, request.MaxTokens);
        WriteNumber(writer, "max_completion_tokens"u8, request.MaxCompletionTokens);
        WriteNumber(writer, "temperature"u8, request.Temperature);
        WriteNumber(writer, "top_p"u8, request.TopP);
        WriteNumber(writer, "top_k"u8, request.TopK);
        WriteNumber(writer, "frequency_penalty"u8, request.FrequencyPenalty);
        WriteNumber(writer, "presence_penalty"u8, request.PresencePenalty);
        WriteNumber(writer, "repetition_penalty"u8, request.RepetitionPenalty);
        WriteNumber(writer, "min_p"u8, request.MinP);
        WriteNumber(writer, "top_a"u8, request.TopA);
        if (request.Seed is { } seed)
        {
            writer.WriteNumber("seed"u8, seed);
        }

        if (request.LogitBias is { } logitBias)
        {
            writer.WriteStartObject("logit_bias"u8);
            foreach (var pair in logitBias)
            {
                writer.WriteNumber(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
        }

        WriteBoolean(writer, "logprobs"u8, request.Logprobs);
        WriteNumber(writer, "top_logprobs"u8, request.TopLogprobs);
        WriteStrings(writer, "stop"u8, request.Stop);
    }

    /// <summary>The shape of the answer and the tools: <c>response_format</c> to <c>prediction</c>.</summary>
    private static void WriteOutputAndTools(Utf8JsonWriter writer, ChatCompletionRequest request)
    {
        WriteDelegated(writer, "response_format"u8, request.ResponseFormat, OpenRouterJsonContext.Default.ResponseFormat);
        WriteArray(writer, "tools"u8, request.Tools, WriteTool);
        WriteDelegated(writer, "tool_choice"u8, request.ToolChoice, OpenRouterJsonContext.Default.ToolChoice);
        WriteBoolean(writer, "parallel_tool_calls"u8, request.ParallelToolCalls);
        WriteDelegated(writer, "prediction"u8, request.Prediction, OpenRouterJsonContext.Default.PredictedOutput);
    }

    /// <summary>The reasoning members: <c>reasoning</c>, <c>reasoning_effort</c>, <c>include_reasoning</c> and <c>verbosity</c>.</summary>
    private static void WriteReasoning(Utf8JsonWriter writer, ChatCompletionRequest request)
    {
        if (request.Reasoning is { } reasoning)
        {
            writer.WritePropertyName("reasoning"u8);
            WriteReasoningConfig(writer, reasoning);
        }

        if (request.ReasoningEffort is { } effort)
        {
            WriteOpenString(writer, "reasoning_effort"u8, effort.Value);
        }

        WriteBoolean(writer, "include_reasoning"u8, request.IncludeReasoning);
        if (request.Verbosity is { } verbosity)
        {
            WriteOpenString(writer, "verbosity"u8, verbosity.Value);
        }
    }

    /// <summary>OpenRouter's routing and feature members: <c>provider</c> to <c>usage</c>.</summary>
    private static void WriteRoutingAndFeatures(Utf8JsonWriter writer, ChatCompletionRequest request)
    {
        WriteDelegated(writer, "provider"u8, request.Provider, OpenRouterJsonContext.Default.ProviderPreferences);
        WriteDelegated(writer, "plugins"u8, request.Plugins, OpenRouterJsonContext.Default.IReadOnlyListChatPlugin);
        WriteStrings(writer, "transforms"u8, request.Transforms);
        WriteDelegated(writer, "web_search_options"u8, request.WebSearchOptions, OpenRouterJsonContext.Default.WebSearchOptions);
        WriteStrings(writer, "modalities"u8, request.Modalities);
        WriteDelegated(writer, "image_config"u8, request.ImageConfig, OpenRouterJsonContext.Default.ImageGenerationConfig);
        WriteDelegated(writer, "audio"u8, request.Audio, OpenRouterJsonContext.Default.AudioOutputOptions);
        WriteDelegated(writer, "usage"u8, request.Usage, OpenRouterJsonContext.Default.UsageAccountingOptions);
    }

    /// <summary>Who asks, caching and tracing: <c>user</c> to <c>preset</c>.</summary>
    private static void WriteSessionAndTracing(Utf8JsonWriter writer, ChatCompletionRequest request)
    {
        WriteString(writer, "user"u8, request.User);
        WriteString(writer, "session_id"u8, request.SessionId);
        WriteString(writer, "prompt_cache_key"u8, request.PromptCacheKey);
        WriteCacheControl(writer, request.CacheControl);
        if (request.Metadata is { } metadata)
        {
            writer.WriteStartObject("metadata"u8);
            foreach (var pair in metadata)
            {
                writer.WriteString(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
        }

        WriteDelegated(writer, "trace"u8, request.Trace, OpenRouterJsonContext.Default.TraceOptions);
        if (request.ServiceTier is { } serviceTier)
        {
            WriteOpenString(writer, "service_tier"u8, serviceTier.Value);
        }

        WriteString(writer, "route"u8, request.Route);
        WriteDelegated(writer, "debug"u8, request.Debug, OpenRouterJsonContext.Default.DebugOptions);
        WriteString(writer, "preset"u8, request.Preset);
    }

    private static void WriteMessage(Utf8JsonWriter writer, ChatCompletionMessage? message)
    {
        if (message is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();

        // [JsonIgnore(WhenWritingDefault)]: only default(MessageRole) has a null value.
        if (message.Role.Value is { } role)
        {
            writer.WriteString("role"u8, role);
        }

        WriteString(writer, "name"u8, message.Name);
        WriteString(writer, "tool_call_id"u8, message.ToolCallId);
        WriteArray(writer, "tool_calls"u8, message.ToolCalls, WriteToolCall);
        WriteString(writer, "reasoning"u8, message.Reasoning);
        WriteArray(writer, "reasoning_details"u8, message.ReasoningDetails, WriteReasoningDetail);
        WriteString(writer, "refusal"u8, message.Refusal);
        WriteArray(writer, "images"u8, message.Images, WritePart);
        WriteDelegated(writer, "annotations"u8, message.Annotations, OpenRouterJsonContext.Default.IReadOnlyListMessageAnnotation);
        WriteDelegated(writer, "audio"u8, message.Audio, OpenRouterJsonContext.Default.MessageAudio);
        WriteContent(writer, message);
        WriteExtensionData(writer, message.AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>The internal WireContent member, declared last: a string, the parts, or null on an assistant message with neither.</summary>
    private static void WriteContent(Utf8JsonWriter writer, ChatCompletionMessage message)
    {
        if (message.Content is { } text)
        {
            writer.WriteString("content"u8, text);
        }
        else if (message.ContentParts is { } parts)
        {
            WriteArray(writer, "content"u8, parts, WritePart);
        }
        else if (message.Role == MessageRole.Assistant)
        {
            writer.WriteNull("content"u8);
        }
    }

    /// <summary>As <c>ReasoningDetailJsonConverter</c>: the raw JSON as received, null for a default value.</summary>
    private static void WriteReasoningDetail(Utf8JsonWriter writer, ReasoningDetail? detail)
    {
        if (detail is null || detail.RawJson.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            detail.RawJson.WriteTo(writer);
        }
    }

    private static void WritePart(Utf8JsonWriter writer, ChatContentPart? part)
    {
        if (part is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteString(writer, "type"u8, part.Type);
        WriteString(writer, "text"u8, part.Text);
        WriteCacheControl(writer, part.CacheControl);
        if (part.PromptCacheBreakpoint is { } breakpoint)
        {
            writer.WriteStartObject("prompt_cache_breakpoint"u8);
            WriteString(writer, "mode"u8, breakpoint.Mode);
            WriteExtensionData(writer, breakpoint.AdditionalProperties);
            writer.WriteEndObject();
        }

        WriteImageUrl(writer, part.ImageUrl);
        WriteInputAudio(writer, part.InputAudio);
        WriteFile(writer, part.File);
        if (part.VideoUrl is { } video)
        {
            writer.WriteStartObject("video_url"u8);
            WriteString(writer, "url"u8, video.Url);
            WriteExtensionData(writer, video.AdditionalProperties);
            writer.WriteEndObject();
        }

        WriteExtensionData(writer, part.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteImageUrl(Utf8JsonWriter writer, ContentImageUrl? image)
    {
        if (image is null)
        {
            return;
        }

        writer.WriteStartObject("image_url"u8);
        WriteString(writer, "url"u8, image.Url);
        if (image.Detail is { } detail)
        {
            WriteOpenString(writer, "detail"u8, detail.Value);
        }

        WriteExtensionData(writer, image.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteInputAudio(Utf8JsonWriter writer, ContentInputAudio? audio)
    {
        if (audio is null)
        {
            return;
        }

        writer.WriteStartObject("input_audio"u8);
        WriteString(writer, "data"u8, audio.Data);
        WriteString(writer, "format"u8, audio.Format);
        WriteExtensionData(writer, audio.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter writer, ContentFile? file)
    {
        if (file is null)
        {
            return;
        }

        writer.WriteStartObject("file"u8);
        WriteString(writer, "filename"u8, file.Filename);
        WriteString(writer, "file_data"u8, file.FileData);
        WriteString(writer, "file_id"u8, file.FileId);
        WriteExtensionData(writer, file.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteToolCall(Utf8JsonWriter writer, ChatCompletionToolCall? call)
    {
        if (call is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteNumber(writer, "index"u8, call.Index);
        WriteString(writer, "id"u8, call.Id);
        WriteString(writer, "type"u8, call.Type);
        if (call.Function is { } function)
        {
            writer.WriteStartObject("function"u8);
            WriteString(writer, "name"u8, function.Name);
            WriteString(writer, "arguments"u8, function.Arguments);
            WriteExtensionData(writer, function.AdditionalProperties);
            writer.WriteEndObject();
        }

        WriteExtensionData(writer, call.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter writer, ChatCompletionTool? tool)
    {
        if (tool is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteString(writer, "type"u8, tool.Type);
        if (tool.Function is { } function)
        {
            writer.WriteStartObject("function"u8);
            WriteString(writer, "name"u8, function.Name);
            WriteString(writer, "description"u8, function.Description);
            WriteElement(writer, "parameters"u8, function.Parameters);
            WriteBoolean(writer, "strict"u8, function.Strict);
            WriteExtensionData(writer, function.AdditionalProperties);
            writer.WriteEndObject();
        }

        WriteElement(writer, "parameters"u8, tool.Parameters);
        WriteCacheControl(writer, tool.CacheControl);
        WriteExtensionData(writer, tool.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteReasoningConfig(Utf8JsonWriter writer, ReasoningConfig reasoning)
    {
        writer.WriteStartObject();
        if (reasoning.Effort is { } effort)
        {
            WriteOpenString(writer, "effort"u8, effort.Value);
        }

        WriteNumber(writer, "max_tokens"u8, reasoning.MaxTokens);
        WriteBoolean(writer, "exclude"u8, reasoning.Exclude);
        WriteBoolean(writer, "enabled"u8, reasoning.Enabled);
        WriteString(writer, "summary"u8, reasoning.Summary);
        WriteExtensionData(writer, reasoning.AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>The <c>cache_control</c> member, when set.</summary>
    private static void WriteCacheControl(Utf8JsonWriter writer, CacheControl? cacheControl)
    {
        if (cacheControl is null)
        {
            return;
        }

        writer.WriteStartObject("cache_control"u8);
        WriteString(writer, "type"u8, cacheControl.Type);
        WriteString(writer, "ttl"u8, cacheControl.Ttl);
        WriteExtensionData(writer, cacheControl.AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>An array member, when set: each item by <paramref name="writeItem"/> (a null item included, as the serializer does).</summary>
    /// <remarks>Indexed rather than enumerated: one loop serves every item type, and no enumerator is boxed whatever the JIT inlines.</remarks>
    private static void WriteArray<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> writeItem)
    {
        if (items is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writeItem(writer, items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>An open-value struct that has a value (<c>OpenStringJsonConverter</c>): its string, or null for <c>default</c>.</summary>
    private static void WriteOpenString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            // A null item is written as null, as the serializer does.
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteBoolean(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void WriteElement(Utf8JsonWriter writer, ReadOnlySpan<byte> name, JsonElement? value)
    {
        if (value is { } element)
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }
    }

    private static void WriteDelegated<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, typeInfo);
        }
    }

    private static void WriteExtensionData(Utf8JsonWriter writer, IDictionary<string, JsonElement>? data)
    {
        if (data is null)
        {
            return;
        }

        foreach (var pair in data)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }

    /// <summary>One writer and buffer object per thread, reused from call to call; the bytes live in pooled arrays.</summary>
    private sealed class WriterCache
    {
        public WriterCache()
        {
            Buffer = new PooledBufferWriter();
            Writer = new Utf8JsonWriter(Buffer, s_writerOptions);
        }

        public PooledBufferWriter Buffer { get; }

        public Utf8JsonWriter Writer { get; }

        public bool InUse { get; set; }
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool.</summary>
    private sealed class PooledBufferWriter : IBufferWriter<byte>
    {
        private const int InitialSize = 4096;

        private byte[] _buffer = Array.Empty<byte>();
        private int _written;

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        public byte[] ToArray() => _buffer.AsSpan(0, _written).ToArray();

        /// <summary>Forgets what was written and returns the buffer to the pool.</summary>
        public void Release()
        {
            var buffer = _buffer;
            _buffer = Array.Empty<byte>();
            _written = 0;
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 1);
            if (needed <= _buffer.Length)
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(InitialSize, _buffer.Length * 2)));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            var old = _buffer;
            _buffer = larger;
            if (old.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(old);
            }
        }
    }
}
