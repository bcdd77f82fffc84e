using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>A generation with every field decided: what the emulated model says and what it costs.</summary>
internal sealed record ResolvedAnswer
{
    public required string Id { get; init; }

    public required long Created { get; init; }

    public required string Model { get; init; }

    public required string Provider { get; init; }

    /// <summary>Gets a value indicating whether the legacy <c>completions</c> shape (<c>choices[].text</c>) is used.</summary>
    public required bool LegacyText { get; init; }

    public string? Text { get; init; }

    public string? Reasoning { get; init; }

    /// <summary>Gets the scripted <c>reasoning_details</c>; when null, details are made up from <see cref="Reasoning"/>.</summary>
    public string? ReasoningDetailsJson { get; init; }

    public IReadOnlyList<EmulatorToolCall> ToolCalls { get; init; } = [];

    public string? AnnotationsJson { get; init; }

    public required string FinishReason { get; init; }

    public required string NativeFinishReason { get; init; }

    public required int PromptTokens { get; init; }

    public required int CompletionTokens { get; init; }

    public required int ReasoningTokens { get; init; }

    public required int CachedTokens { get; init; }

    public required decimal Cost { get; init; }

    /// <summary>Gets the raw JSON of <c>error.code</c> for a mid-stream error, or <see langword="null"/>.</summary>
    public string? ErrorCodeJson { get; init; }

    public string? ErrorMessage { get; init; }

    public string? ErrorMetadataJson { get; init; }

    /// <summary>Gets a value indicating whether the streamed error chunk carries <c>usage</c> (a billed failure).</summary>
    public bool UsageOnError { get; init; }

    /// <summary>Gets the <c>api_type</c> the generation stats report: <c>completions</c>, <c>embeddings</c>, <c>image</c>, <c>tts</c>, <c>stt</c> or <c>rerank</c>.</summary>
    public string ApiType { get; init; } = "completions";
}

/// <summary>Writes answers in OpenRouter's wire shapes: chat and legacy text, as one JSON body or as SSE payloads.</summary>
internal static class AnswerWire
{
    public const string Done = "[DONE]";

    public static string Body(ResolvedAnswer a) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        WriteHeader(w, a, a.LegacyText ? "text_completion" : "chat.completion");
        w.WriteNull("system_fingerprint");
        w.WriteStartArray("choices");
        WriteChoice(w, a);
        w.WriteEndArray();
        WriteUsage(w, a);
        w.WriteEndObject();
    });

    /// <summary>
    /// The SSE payloads of a streamed answer, split in two: the content events (role, reasoning, text, tool-call
    /// fragments, annotations) and the closing events (finish, usage, <c>[DONE]</c>; or the mid-stream error).
    /// </summary>
    public static (List<string> Content, List<string> Closing) StreamEvents(ResolvedAnswer a, bool errorFinishReason = true)
    {
        var content = a.LegacyText
            ? TextSplitter.Split(a.Text ?? string.Empty).ConvertAll(piece => TextChunk(a, piece, null, null))
            : ChatContentEvents(a);
        return (content, ClosingEvents(a, errorFinishReason));
    }

    /// <summary>The one choice of a whole answer: finish reasons, the message (or legacy text), and a mid-stream error.</summary>
    private static void WriteChoice(Utf8JsonWriter w, ResolvedAnswer a)
    {
        w.WriteStartObject();
        w.WriteNumber("index", 0);
        var failed = a.ErrorCodeJson is not null;
        w.WriteString("finish_reason", failed ? "error" : a.FinishReason);
        w.WriteString("native_finish_reason", failed ? "error" : a.NativeFinishReason);
        w.WriteNull("logprobs");
        if (a.LegacyText)
        {
            w.WriteString("text", a.Text ?? string.Empty);
            w.WriteStringOrNull("reasoning", a.Reasoning);
        }
        else
        {
            WriteMessage(w, a);
        }

        if (failed)
        {
            w.WritePropertyName("error");
            JsonText.WriteErrorObject(w, a.ErrorCodeJson!, a.ErrorMessage ?? string.Empty, a.ErrorMetadataJson);
        }

        w.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter w, ResolvedAnswer a)
    {
        w.WriteStartObject("message");
        w.WriteString("role", "assistant");
        w.WriteStringOrNull("content", a.Text);
        w.WriteNull("refusal");
        w.WriteStringOrNull("reasoning", a.Reasoning);
        if (a.ReasoningDetailsJson is not null)
        {
            w.WritePropertyName("reasoning_details");
            w.WriteRawValue(a.ReasoningDetailsJson);
        }
        else if (a.Reasoning is not null)
        {
            w.WriteStartArray("reasoning_details");
            WriteReasoningText(w, a.Reasoning);
            w.WriteEndArray();
        }

        WriteToolCalls(w, a.ToolCalls);
        if (a.AnnotationsJson is not null)
        {
            w.WritePropertyName("annotations");
            w.WriteRawValue(a.AnnotationsJson);
        }

        w.WriteEndObject();
    }

    private static void WriteToolCalls(Utf8JsonWriter w, IReadOnlyList<EmulatorToolCall> calls)
    {
        if (calls.Count == 0)
        {
            return;
        }

        w.WriteStartArray("tool_calls");
        foreach (var call in calls)
        {
            w.WriteStartObject();
            w.WriteString("id", call.Id);
            w.WriteString("type", "function");
            w.WriteStartObject("function");
            w.WriteString("name", call.Name);
            w.WriteString("arguments", call.ArgumentsJson);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The content events of a streamed chat answer: role, reasoning, text, tool-call fragments, annotations.</summary>
    private static List<string> ChatContentEvents(ResolvedAnswer a)
    {
        var content = new List<string> { ChatChunk(a, w => w.WriteString("content", string.Empty), null, null) };
        AddReasoningEvents(content, a);
        foreach (var piece in TextSplitter.Split(a.Text ?? string.Empty))
        {
            content.Add(ChatChunk(a, w => w.WriteString("content", piece), null, null));
        }

        AddToolCallEvents(content, a);
        if (a.AnnotationsJson is not null)
        {
            content.Add(RawPropertyChunk(a, "annotations", a.AnnotationsJson));
        }

        return content;
    }

    /// <summary>Reasoning deltas (with made-up details unless scripted), then the scripted <c>reasoning_details</c> in one delta.</summary>
    private static void AddReasoningEvents(List<string> content, ResolvedAnswer a)
    {
        if (a.Reasoning is not null)
        {
            var synthesizeDetails = a.ReasoningDetailsJson is null;
            foreach (var piece in TextSplitter.Split(a.Reasoning))
            {
                content.Add(ChatChunk(a, w =>
                {
                    w.WriteString("content", string.Empty);
                    w.WriteString("reasoning", piece);
                    if (synthesizeDetails)
                    {
                        w.WriteStartArray("reasoning_details");
                        WriteReasoningText(w, piece);
                        w.WriteEndArray();
                    }
                }, null, null));
            }
        }

        if (a.ReasoningDetailsJson is not null)
        {
            content.Add(RawPropertyChunk(a, "reasoning_details", a.ReasoningDetailsJson));
        }
    }

    /// <summary>A delta with empty content and the property <paramref name="name"/> written as the raw JSON <paramref name="json"/>.</summary>
    private static string RawPropertyChunk(ResolvedAnswer a, string name, string json) => ChatChunk(a, w =>
    {
        w.WriteString("content", string.Empty);
        w.WritePropertyName(name);
        w.WriteRawValue(json);
    }, null, null);

    /// <summary>Each tool call as fragments: the first with index, id, type, name and empty arguments, then argument pieces.</summary>
    private static void AddToolCallEvents(List<string> content, ResolvedAnswer a)
    {
        for (var i = 0; i < a.ToolCalls.Count; i++)
        {
            var index = i;
            var call = a.ToolCalls[i];
            content.Add(ChatChunk(a, w => WriteToolFragment(w, index, call, string.Empty, first: true), null, null));
            foreach (var piece in TextSplitter.Split(call.ArgumentsJson, maxPieces: 3))
            {
                content.Add(ChatChunk(a, w => WriteToolFragment(w, index, call, piece, first: false), null, null));
            }
        }
    }

    /// <summary>The closing events: finish, usage and <c>[DONE]</c>, or the mid-stream error alone.</summary>
    private static List<string> ClosingEvents(ResolvedAnswer a, bool errorFinishReason)
    {
        if (a.ErrorCodeJson is not null)
        {
            return [ErrorChunk(a, errorFinishReason)];
        }

        var finish = a.LegacyText
            ? TextChunk(a, string.Empty, a.FinishReason, a.NativeFinishReason)
            : ChatChunk(a, w => w.WriteString("content", string.Empty), a.FinishReason, a.NativeFinishReason);
        return [finish, UsageChunk(a), Done];
    }

    private static void WriteReasoningText(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WriteString("type", "reasoning.text");
        w.WriteString("text", text);
        w.WriteNull("signature");
        w.WriteNull("id");
        w.WriteString("format", "unknown");
        w.WriteNumber("index", 0);
        w.WriteEndObject();
    }

    private static void WriteToolFragment(Utf8JsonWriter w, int index, EmulatorToolCall call, string arguments, bool first)
    {
        w.WriteNull("content");
        w.WriteStartArray("tool_calls");
        w.WriteStartObject();
        w.WriteNumber("index", index);
        if (first)
        {
            w.WriteString("id", call.Id);
            w.WriteString("type", "function");
        }

        w.WriteStartObject("function");
        if (first)
        {
            w.WriteString("name", call.Name);
        }

        w.WriteString("arguments", arguments);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static string ChatChunk(ResolvedAnswer a, Action<Utf8JsonWriter> writeDelta, string? finishReason, string? nativeFinishReason) =>
        JsonText.Write(w =>
        {
            w.WriteStartObject();
            WriteHeader(w, a, "chat.completion.chunk");
            w.WriteStartArray("choices");
            w.WriteStartObject();
            w.WriteNumber("index", 0);
            w.WriteStartObject("delta");
            w.WriteString("role", "assistant");
            writeDelta(w);
            w.WriteEndObject();
            w.WriteStringOrNull("finish_reason", finishReason);
            w.WriteStringOrNull("native_finish_reason", nativeFinishReason);
            w.WriteNull("logprobs");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static string TextChunk(ResolvedAnswer a, string text, string? finishReason, string? nativeFinishReason) =>
        JsonText.Write(w =>
        {
            w.WriteStartObject();
            WriteHeader(w, a, "text_completion");
            w.WriteStartArray("choices");
            w.WriteStartObject();
            w.WriteNumber("index", 0);
            w.WriteString("text", text);
            w.WriteStringOrNull("finish_reason", finishReason);
            w.WriteStringOrNull("native_finish_reason", nativeFinishReason);
            w.WriteNull("logprobs");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static string UsageChunk(ResolvedAnswer a) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        WriteHeader(w, a, a.LegacyText ? "text_completion" : "chat.completion.chunk");
        w.WriteStartArray("choices");
        w.WriteEndArray();
        WriteUsage(w, a);
        w.WriteEndObject();
    });

    private static string ErrorChunk(ResolvedAnswer a, bool withFinishReason) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        WriteHeader(w, a, a.LegacyText ? "text_completion" : "chat.completion.chunk");
        w.WritePropertyName("error");
        JsonText.WriteErrorObject(w, a.ErrorCodeJson!, a.ErrorMessage ?? string.Empty, a.ErrorMetadataJson);
        w.WriteStartArray("choices");
        w.WriteStartObject();
        w.WriteNumber("index", 0);
        if (a.LegacyText)
        {
            w.WriteString("text", string.Empty);
        }
        else
        {
            w.WriteStartObject("delta");
            w.WriteString("content", string.Empty);
            w.WriteEndObject();
        }

        w.WriteStringOrNull("finish_reason", withFinishReason ? "error" : null);
        w.WriteEndObject();
        w.WriteEndArray();
        if (a.UsageOnError)
        {
            WriteUsage(w, a);
        }

        w.WriteEndObject();
    });

    /// <summary>One content chunk carrying <paramref name="text"/>, in the chat or legacy text shape.</summary>
    public static string ContentChunk(ResolvedAnswer a, string text) =>
        a.LegacyText ? TextChunk(a, text, null, null) : ChatChunk(a, w => w.WriteString("content", text), null, null);

    private static void WriteHeader(Utf8JsonWriter w, ResolvedAnswer a, string objectName)
    {
        w.WriteString("id", a.Id);
        w.WriteString("provider", a.Provider);
        w.WriteString("model", a.Model);
        w.WriteString("object", objectName);
        w.WriteNumber("created", a.Created);
    }

    private static void WriteUsage(Utf8JsonWriter w, ResolvedAnswer a)
    {
        w.WriteStartObject("usage");
        w.WriteNumber("prompt_tokens", a.PromptTokens);
        w.WriteNumber("completion_tokens", a.CompletionTokens);
        w.WriteNumber("total_tokens", a.PromptTokens + a.CompletionTokens);
        w.WriteNumber("cost", a.Cost);
        w.WriteBoolean("is_byok", false);
        w.WriteStartObject("prompt_tokens_details");
        w.WriteNumber("cached_tokens", a.CachedTokens);
        w.WriteEndObject();
        w.WriteStartObject("completion_tokens_details");
        w.WriteNumber("reasoning_tokens", a.ReasoningTokens);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}

/// <summary>Cuts text into the pieces a stream delivers, preferably after spaces, never inside a surrogate pair.</summary>
internal static class TextSplitter
{
    public static List<string> Split(string text, int maxPieces = 24)
    {
        var pieces = new List<string>();
        if (text.Length == 0)
        {
            return pieces;
        }

        var count = Math.Clamp(text.Length / 12, Math.Min(text.Length, 2), maxPieces);
        var size = (text.Length + count - 1) / count;
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + size);
            var space = end < text.Length ? text.IndexOf(' ', end, Math.Min(6, text.Length - end)) : -1;
            if (space >= 0)
            {
                end = space + 1;
            }

            if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
            {
                end++;
            }

            pieces.Add(text[start..end]);
            start = end;
        }

        return pieces;
    }
}
