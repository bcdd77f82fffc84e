using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>
/// A scripted answer for one request, made with the static factories and queued with
/// <see cref="OpenRouterEmulator.Enqueue(EmulatorResponse)"/>. Instances are immutable.
/// </summary>
/// <remarks>
/// Answers that carry a generation (<see cref="Chat"/>, <see cref="Completion"/>,
/// <see cref="MidStreamError(string, int, string, string?)"/> and the stream faults) are written as JSON or as SSE
/// depending on the request's <c>"stream"</c>, in the chat shape, or in the legacy text shape when the request went to
/// <c>completions</c>. <see cref="WithHeader"/>, <see cref="WithDelay"/> and <see cref="WithUsageOnError"/> return
/// copies. On embeddings, images, speech, transcriptions, rerank and their catalogs, the faults act on that route's own
/// answer (audio pieces, image events or the JSON body), and a <see cref="Chat"/> script lends its model, provider and
/// cost (and its text to a transcript).
/// </remarks>
public sealed class EmulatorResponse
{
    private EmulatorResponse(ResponseKind kind)
    {
        Kind = kind;
    }

    internal ResponseKind Kind { get; }

    internal ScriptedAnswer? Answer { get; private set; }

    internal int Status { get; private set; } = 200;

    internal string? Message { get; private set; }

    internal string? ErrorCodeJson { get; private set; }

    internal string? MetadataJson { get; private set; }

    internal string? ContentType { get; private set; }

    internal string? Body { get; private set; }

    /// <summary>Gets the body of a <see cref="Raw(int, string, byte[], IReadOnlyDictionary{string, string}?)"/> answer, sent byte for byte.</summary>
    internal byte[]? BodyBytes { get; private set; }

    internal StreamEnding Ending { get; private set; }

    internal int EventsBeforeEnding { get; private set; }

    internal TimeSpan? KeepAliveInterval { get; private set; }

    internal IReadOnlyList<KeyValuePair<string, string>> Headers { get; private set; } = [];

    internal TimeSpan Delay { get; private set; }

    /// <summary>Gets the position (in <c>data:</c> events) where an extra event is inserted, or -1.</summary>
    internal int InsertAt { get; private set; } = -1;

    /// <summary>Gets the payload of a malformed inserted event; null when the inserted event is an oversized chunk.</summary>
    internal string? InsertedPayload { get; private set; }

    /// <summary>Gets the size in bytes of an oversized inserted event.</summary>
    internal int InsertedBytes { get; private set; }

    /// <summary>Gets the position (in <c>data:</c> events) where the stream pauses, or -1.</summary>
    internal int PauseAt { get; private set; } = -1;

    internal TimeSpan PauseDuration { get; private set; }

    /// <summary>Gets a value indicating whether a mid-stream error event leaves <c>finish_reason</c> null.</summary>
    internal bool ErrorWithoutFinishReason { get; private set; }

    /// <summary>Gets a value indicating whether the closing <c>data: [DONE]</c> is left out.</summary>
    internal bool OmitDone { get; private set; }

    /// <summary>Gets a value indicating whether a streamed mid-stream error chunk also carries <c>usage</c>.</summary>
    internal bool UsageOnError { get; private set; }

    /// <summary>A chat answer, with optional reasoning, tool calls, annotations and usage.</summary>
    /// <remarks>
    /// When streamed: a role chunk, reasoning deltas (several chunks), text deltas (several chunks), tool calls as
    /// fragments (the first with index, id, type, name and empty arguments, then argument pieces), annotations, a
    /// finish chunk, a usage chunk with <c>choices: []</c>, then <c>data: [DONE]</c>.
    /// </remarks>
    /// <param name="text">The assistant text; <see langword="null"/> gives <c>content: null</c> (typical with tool calls).</param>
    /// <param name="reasoning">Plain-text reasoning, sent before the text; also reported as a <c>reasoning.text</c> detail unless <paramref name="reasoningDetailsJson"/> is given.</param>
    /// <param name="toolCalls">Tool calls the assistant makes.</param>
    /// <param name="finishReason">The finish reason; by default <c>tool_calls</c> when there are tool calls, otherwise <c>stop</c>.</param>
    /// <param name="promptTokens">The prompt token count reported in usage.</param>
    /// <param name="completionTokens">The completion token count; by default estimated from the text, reasoning and tool calls.</param>
    /// <param name="cost">The cost in credits; by default derived from the token counts.</param>
    /// <param name="model">The model reported; by default the request's model.</param>
    /// <param name="provider">The provider reported; by default <see cref="OpenRouterEmulatorOptions.ProviderName"/>.</param>
    /// <param name="nativeFinishReason">The native finish reason; by default the finish reason.</param>
    /// <param name="reasoningDetailsJson">A JSON array sent as <c>reasoning_details</c> (as one delta when streamed).</param>
    /// <param name="annotationsJson">A JSON array sent as <c>annotations</c> (on a late chunk when streamed).</param>
    /// <param name="cachedTokens">The cached prompt tokens reported in <c>prompt_tokens_details</c>.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse Chat(
        string? text,
        string? reasoning = null,
        IReadOnlyList<EmulatorToolCall>? toolCalls = null,
        string? finishReason = null,
        int promptTokens = 10,
        int? completionTokens = null,
        decimal? cost = null,
        string? model = null,
        string? provider = null,
        string? nativeFinishReason = null,
        string? reasoningDetailsJson = null,
        string? annotationsJson = null,
        int cachedTokens = 0)
    {
        if (reasoningDetailsJson is not null)
        {
            EnsureJson(reasoningDetailsJson, nameof(reasoningDetailsJson), JsonValueKind.Array);
        }

        if (annotationsJson is not null)
        {
            EnsureJson(annotationsJson, nameof(annotationsJson), JsonValueKind.Array);
        }

        return new EmulatorResponse(ResponseKind.Answer)
        {
            Answer = new ScriptedAnswer
            {
                Text = text,
                Reasoning = reasoning,
                ToolCalls = toolCalls?.ToArray() ?? [],
                FinishReason = finishReason,
                NativeFinishReason = nativeFinishReason,
                PromptTokens = promptTokens,
                CompletionTokens = completionTokens,
                Cost = cost,
                Model = model,
                Provider = provider,
                ReasoningDetailsJson = reasoningDetailsJson,
                AnnotationsJson = annotationsJson,
                CachedTokens = cachedTokens,
            },
        };
    }

    /// <summary>A legacy text completion answer (<c>choices[].text</c>), as JSON or SSE per the request's <c>"stream"</c>.</summary>
    /// <param name="text">The completion text.</param>
    /// <param name="finishReason">The finish reason; <c>stop</c> by default.</param>
    /// <param name="promptTokens">The prompt token count reported in usage.</param>
    /// <param name="completionTokens">The completion token count; by default estimated from the text.</param>
    /// <param name="cost">The cost in credits; by default derived from the token counts.</param>
    /// <param name="model">The model reported; by default the request's model.</param>
    /// <param name="provider">The provider reported; by default <see cref="OpenRouterEmulatorOptions.ProviderName"/>.</param>
    /// <param name="nativeFinishReason">The native finish reason; by default the finish reason.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse Completion(
        string text,
        string? finishReason = "stop",
        int promptTokens = 10,
        int? completionTokens = null,
        decimal? cost = null,
        string? model = null,
        string? provider = null,
        string? nativeFinishReason = null) =>
        Chat(text, finishReason: finishReason, promptTokens: promptTokens, completionTokens: completionTokens,
            cost: cost, model: model, provider: provider, nativeFinishReason: nativeFinishReason);

    /// <summary>
    /// An OpenRouter error: HTTP <paramref name="status"/> with
    /// <c>{"error":{"code":status,"message":...,"metadata":...},"user_id":"user_emulator"}</c>.
    /// </summary>
    /// <param name="status">The HTTP status, also used as <c>error.code</c>.</param>
    /// <param name="message">The error message.</param>
    /// <param name="metadataJson">A JSON object sent as <c>error.metadata</c>, e.g. <c>{"provider_name":"X","raw":"..."}</c>.</param>
    /// <param name="headers">Extra response headers, e.g. <c>Retry-After</c>.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse Error(int status, string message, string? metadataJson = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        ValidateStatus(status);
        ArgumentNullException.ThrowIfNull(message);
        if (metadataJson is not null)
        {
            EnsureJson(metadataJson, nameof(metadataJson), JsonValueKind.Object);
        }

        return new EmulatorResponse(ResponseKind.Error)
        {
            Status = status,
            Message = message,
            ErrorCodeJson = status.ToString(CultureInfo.InvariantCulture),
            MetadataJson = metadataJson,
            Headers = ToList(headers),
        };
    }

    /// <summary>The quirk where OpenRouter answers HTTP 200 with an error envelope as the body (no <c>choices</c>).</summary>
    /// <param name="code">The <c>error.code</c>, e.g. 429.</param>
    /// <param name="message">The error message.</param>
    /// <param name="metadataJson">A JSON object sent as <c>error.metadata</c>.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse ErrorWithStatus200(int code, string message, string? metadataJson = null)
    {
        var error = Error(code, message, metadataJson);
        error.Status = 200;
        return error;
    }

    /// <summary>An error after the first token: the partial text, then an OpenRouter error in the answer.</summary>
    /// <remarks>
    /// Streamed: content chunks with <paramref name="textBeforeError"/>, then
    /// <c>{"error":{...},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]}</c>, then the stream
    /// ends (no <c>[DONE]</c>). Not streamed: HTTP 200 with the partial text, <c>finish_reason: "error"</c> and
    /// <c>choices[0].error</c>.
    /// </remarks>
    /// <param name="textBeforeError">The text delivered before the error.</param>
    /// <param name="code">The numeric <c>error.code</c>.</param>
    /// <param name="message">The error message.</param>
    /// <param name="metadataJson">A JSON object sent as <c>error.metadata</c>.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse MidStreamError(string textBeforeError, int code, string message, string? metadataJson = null) =>
        MidStream(textBeforeError, code.ToString(CultureInfo.InvariantCulture), message, metadataJson);

    /// <summary>As <see cref="MidStreamError(string, int, string, string?)"/>, with a string <c>error.code</c> such as <c>server_error</c>.</summary>
    /// <param name="textBeforeError">The text delivered before the error.</param>
    /// <param name="code">The string <c>error.code</c>.</param>
    /// <param name="message">The error message.</param>
    /// <param name="metadataJson">A JSON object sent as <c>error.metadata</c>.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse MidStreamError(string textBeforeError, string code, string message, string? metadataJson = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        return MidStream(textBeforeError, JsonText.Quote(code), message, metadataJson);
    }

    /// <summary>A raw JSON body with any status, written as is with <c>Content-Type: application/json</c>.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body (not validated, so malformed JSON can be sent on purpose).</param>
    /// <param name="headers">Extra response headers.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse Json(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        Raw(status, "application/json", body, headers);

    /// <summary>Any body with any status and content type, e.g. an HTML 502 page or a non-SSE 200 to a streaming request.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="contentType">The <c>Content-Type</c>.</param>
    /// <param name="body">The body.</param>
    /// <param name="headers">Extra response headers.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse Raw(int status, string contentType, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        ValidateStatus(status);
        ArgumentNullException.ThrowIfNull(contentType);
        ArgumentNullException.ThrowIfNull(body);
        return new EmulatorResponse(ResponseKind.Raw) { Status = status, ContentType = contentType, Body = body, Headers = ToList(headers) };
    }

    /// <summary>
    /// Any bytes with any status and content type, sent as they are: binary garbage, a body cut inside a UTF-8
    /// sequence, or (with a <c>Content-Encoding</c> header from <paramref name="headers"/>) a body that is not in the
    /// encoding the header declares.
    /// </summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="contentType">The <c>Content-Type</c>.</param>
    /// <param name="body">The body; copied.</param>
    /// <param name="headers">Extra response headers, e.g. <c>Content-Encoding: gzip</c>.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse Raw(int status, string contentType, byte[] body, IReadOnlyDictionary<string, string>? headers = null)
    {
        ValidateStatus(status);
        ArgumentNullException.ThrowIfNull(contentType);
        ArgumentNullException.ThrowIfNull(body);
        return new EmulatorResponse(ResponseKind.Raw) { Status = status, ContentType = contentType, BodyBytes = [.. body], Headers = ToList(headers) };
    }

    /// <summary>
    /// Raw SSE text (a fixture) written as is with status 200 and <c>Content-Type: text/event-stream</c>, flushed at
    /// every blank line so the events arrive one by one.
    /// </summary>
    /// <param name="rawSseText">The SSE text.</param>
    /// <param name="headers">Extra response headers.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse Sse(string rawSseText, IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(rawSseText);
        return new EmulatorResponse(ResponseKind.Sse) { Body = rawSseText, Headers = ToList(headers) };
    }

    /// <summary>
    /// A cut answer: streamed, the role and text chunks and then a clean end of stream without a finish reason, usage
    /// or <c>[DONE]</c>; not streamed, the first half of the JSON body.
    /// </summary>
    /// <param name="text">The text delivered before the cut; by default the emulator's own answer.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse TruncatedStream(string? text = null) => Fault(text, StreamEnding.Truncate, 0, null);

    /// <summary>Aborts the connection without sending a response (the client sees a reset before the headers).</summary>
    /// <returns>The script.</returns>
    public static EmulatorResponse ResetBeforeHeaders() => new(ResponseKind.ResetBeforeHeaders);

    /// <summary>
    /// Sends the headers and the first <paramref name="events"/> SSE events of a normal streamed answer, then aborts the
    /// connection. Not streamed: the headers and (when <paramref name="events"/> is positive) half the body, then the abort.
    /// </summary>
    /// <param name="events">How many <c>data:</c> events to send before the reset (comments are not counted).</param>
    /// <param name="text">The answer text; by default the emulator's own answer.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse ResetAfterEvents(int events, string? text = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        return Fault(text, StreamEnding.Abort, events, null);
    }

    /// <summary>
    /// Sends the headers (and the first <paramref name="eventsBeforeStall"/> events of a normal streamed answer, or half a
    /// JSON body when positive and not streamed), then sends nothing until the client disconnects or the emulator stops.
    /// </summary>
    /// <param name="eventsBeforeStall">How many <c>data:</c> events to send before stalling.</param>
    /// <param name="keepAliveInterval">When set, a <c>: OPENROUTER PROCESSING</c> comment is sent at this interval while stalled (only comments, never data).</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse Stall(int eventsBeforeStall = 0, TimeSpan? keepAliveInterval = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(eventsBeforeStall);
        if (keepAliveInterval is { } interval && interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(keepAliveInterval), "The keep-alive interval must be positive.");
        }

        return Fault(null, StreamEnding.Stall, eventsBeforeStall, keepAliveInterval);
    }

    /// <summary>
    /// A stream that pauses and then goes on: the first <paramref name="eventsBeforePause"/> events of a normal answer,
    /// then nothing (or only keep-alive comments) for <paramref name="duration"/>, then the rest of the answer and
    /// <c>[DONE]</c>. Not streamed: the headers, the pause, then the whole body.
    /// </summary>
    /// <param name="eventsBeforePause">How many <c>data:</c> events to send before the pause.</param>
    /// <param name="duration">How long to pause.</param>
    /// <param name="keepAliveInterval">When set, a <c>: OPENROUTER PROCESSING</c> comment is sent at this interval during the pause.</param>
    /// <param name="text">The answer text; by default the emulator's own answer.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse Pause(int eventsBeforePause, TimeSpan duration, TimeSpan? keepAliveInterval = null, string? text = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(eventsBeforePause);
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        if (keepAliveInterval is { } interval && interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(keepAliveInterval), "The keep-alive interval must be positive.");
        }

        var script = Fault(text, StreamEnding.Complete, 0, keepAliveInterval);
        script.PauseAt = eventsBeforePause;
        script.PauseDuration = duration;
        return script;
    }

    /// <summary>
    /// A stream with one event that is not valid JSON, <paramref name="payload"/>, among the events of a normal answer.
    /// </summary>
    /// <remarks>
    /// Streamed: the first <paramref name="afterEvents"/> events of a normal answer, then <c>data:
    /// </c><paramref name="payload"/>, then the rest of the answer and <c>[DONE]</c>. Not streamed: HTTP 200 with
    /// <c>Content-Type: application/json</c> and <paramref name="payload"/> as the body.
    /// </remarks>
    /// <param name="afterEvents">How many good <c>data:</c> events come first.</param>
    /// <param name="payload">The bad payload (one line); by default a chunk cut off in the middle of a string.</param>
    /// <param name="text">The answer text; by default the emulator's own answer.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse MalformedEvent(int afterEvents, string? payload = null, string? text = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterEvents);
        payload ??= "{\"id\":\"gen-broken\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"cut of";
        if (payload.Contains('\n', StringComparison.Ordinal) || payload.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("The payload must be one line; use Sse for multi-line data.", nameof(payload));
        }

        var script = Fault(text, StreamEnding.Complete, 0, null);
        script.InsertAt = afterEvents;
        script.InsertedPayload = payload;
        return script;
    }

    /// <summary>
    /// A stream with one valid but very large chunk of about <paramref name="eventBytes"/> bytes among the events of a
    /// normal answer.
    /// </summary>
    /// <remarks>
    /// The first <paramref name="afterEvents"/> events of a normal answer come first, then a chunk whose <c>data:</c>
    /// line is about <paramref name="eventBytes"/> bytes (its text is padding), written in 64 KiB pieces, then the rest
    /// of the answer. Not streamed: a JSON answer whose text is that padding.
    /// </remarks>
    /// <param name="eventBytes">The approximate size of the event, at least 1024.</param>
    /// <param name="afterEvents">How many ordinary <c>data:</c> events come first.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse OversizedEvent(int eventBytes, int afterEvents = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(eventBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfNegative(afterEvents);
        var script = Fault(null, StreamEnding.Complete, 0, null);
        script.InsertAt = afterEvents;
        script.InsertedBytes = eventBytes;
        return script;
    }

    /// <summary>
    /// As <see cref="MidStreamError(string, int, string, string?)"/>, but the error event's <c>finish_reason</c> is
    /// <c>null</c> (OpenRouter sends both shapes), and the stream ends after it.
    /// </summary>
    /// <param name="textBeforeError">The text delivered before the error.</param>
    /// <param name="code">The numeric <c>error.code</c>.</param>
    /// <param name="message">The error message.</param>
    /// <param name="metadataJson">A JSON object sent as <c>error.metadata</c>.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse MidStreamErrorWithoutFinishReason(string textBeforeError, int code, string message, string? metadataJson = null)
    {
        var script = MidStream(textBeforeError, code.ToString(CultureInfo.InvariantCulture), message, metadataJson);
        script.ErrorWithoutFinishReason = true;
        return script;
    }

    /// <summary>
    /// A complete streamed answer (finish chunk and usage included) whose connection ends without <c>data: [DONE]</c>.
    /// A client should accept it, because a finish reason was sent. Not streamed: a normal JSON answer.
    /// </summary>
    /// <param name="text">The answer text; by default the emulator's own answer.</param>
    /// <returns>The script.</returns>
    public static EmulatorResponse StreamWithoutDone(string? text = null)
    {
        var script = Fault(text, StreamEnding.Complete, 0, null);
        script.OmitDone = true;
        return script;
    }

    /// <summary>Returns a copy that also sends the response header <paramref name="name"/>, e.g. <c>Retry-After</c> or <c>retry-after-ms</c>.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    /// <returns>The new script.</returns>
    public EmulatorResponse WithHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        var copy = Copy();
        copy.Headers = [.. Headers, new KeyValuePair<string, string>(name, value)];
        return copy;
    }

    /// <summary>
    /// Returns a copy of a mid-stream error whose error chunk also carries <c>usage</c> (tokens and cost), as OpenRouter
    /// sends when the failed generation was billed. Not streamed, the 200 error answer carries usage anyway, with this cost.
    /// </summary>
    /// <param name="cost">The billed cost in credits; by default derived from the token counts.</param>
    /// <returns>The new script.</returns>
    /// <exception cref="InvalidOperationException">The script is not a <see cref="MidStreamError(string, int, string, string?)"/> or <see cref="MidStreamErrorWithoutFinishReason"/>.</exception>
    public EmulatorResponse WithUsageOnError(decimal? cost = null)
    {
        if (Kind != ResponseKind.Answer || ErrorCodeJson is null)
        {
            throw new InvalidOperationException("Only a mid-stream error (MidStreamError, MidStreamErrorWithoutFinishReason) can carry usage on its error chunk.");
        }

        var copy = Copy();
        copy.UsageOnError = true;
        copy.Answer = new ScriptedAnswer { Text = Answer?.Text, Cost = cost ?? Answer?.Cost };
        return copy;
    }

    /// <summary>Returns a copy that waits <paramref name="delay"/> before answering (the wait ends early if the client goes away).</summary>
    /// <param name="delay">The wait.</param>
    /// <returns>The new script.</returns>
    public EmulatorResponse WithDelay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        var copy = Copy();
        copy.Delay = delay;
        return copy;
    }

    /// <summary>Describes the script.</summary>
    /// <returns>The kind of answer, and the status where one is fixed.</returns>
    public override string ToString() => Kind switch
    {
        ResponseKind.Answer when Ending != StreamEnding.Complete => $"{Ending} answer",
        ResponseKind.Answer when ErrorCodeJson is not null => $"mid-stream error {ErrorCodeJson}",
        ResponseKind.Answer => "answer",
        _ => $"{Kind} {Status.ToString(CultureInfo.InvariantCulture)}",
    };

    private static EmulatorResponse MidStream(string textBeforeError, string codeJson, string message, string? metadataJson)
    {
        ArgumentNullException.ThrowIfNull(textBeforeError);
        ArgumentNullException.ThrowIfNull(message);
        if (metadataJson is not null)
        {
            EnsureJson(metadataJson, nameof(metadataJson), JsonValueKind.Object);
        }

        return new EmulatorResponse(ResponseKind.Answer)
        {
            Answer = new ScriptedAnswer { Text = textBeforeError },
            ErrorCodeJson = codeJson,
            Message = message,
            MetadataJson = metadataJson,
        };
    }

    private static EmulatorResponse Fault(string? text, StreamEnding ending, int events, TimeSpan? keepAlive) =>
        new(ResponseKind.Answer)
        {
            Answer = text is null ? null : new ScriptedAnswer { Text = text },
            Ending = ending,
            EventsBeforeEnding = events,
            KeepAliveInterval = keepAlive,
        };

    private EmulatorResponse Copy() => (EmulatorResponse)MemberwiseClone();

    private static void ValidateStatus(int status)
    {
        if (status is < 100 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "An HTTP status has three digits.");
        }
    }

    private static void EnsureJson(string json, string parameterName, JsonValueKind expected)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != expected)
            {
                throw new ArgumentException($"Expected a JSON {expected.ToString().ToLowerInvariant()}.", parameterName);
            }
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("The value is not valid JSON.", parameterName, exception);
        }
    }

    private static KeyValuePair<string, string>[] ToList(IReadOnlyDictionary<string, string>? headers) =>
        headers is null ? [] : headers.ToArray();
}

internal enum ResponseKind
{
    Answer,
    Error,
    Raw,
    Sse,
    ResetBeforeHeaders,
}

internal enum StreamEnding
{
    Complete,
    Truncate,
    Abort,
    Stall,
}

/// <summary>What the emulated model says; unset members are filled from the request.</summary>
internal sealed class ScriptedAnswer
{
    public string? Text { get; init; }

    public string? Reasoning { get; init; }

    public IReadOnlyList<EmulatorToolCall> ToolCalls { get; init; } = [];

    public string? FinishReason { get; init; }

    public string? NativeFinishReason { get; init; }

    public int PromptTokens { get; init; } = 10;

    public int? CompletionTokens { get; init; }

    public decimal? Cost { get; init; }

    public string? Model { get; init; }

    public string? Provider { get; init; }

    public string? ReasoningDetailsJson { get; init; }

    public string? AnnotationsJson { get; init; }

    public int CachedTokens { get; init; }
}
