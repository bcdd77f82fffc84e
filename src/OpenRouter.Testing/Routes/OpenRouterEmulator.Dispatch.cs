using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Testing;

/// <summary>Request handling shared by the loopback server and the in-process handler: recording, auth, scripts, writing.</summary>
public sealed partial class OpenRouterEmulator
{
    private const string ApiRoot = "/api/v1/";
    private const string KeepAliveComment = ": OPENROUTER PROCESSING\n\n";

    internal async Task ProcessAsync(EmulatorExchange exchange)
    {
        var record = await CreateRecordAsync(exchange).ConfigureAwait(false);
        Record(record);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(exchange.ClientAborted, _shutdown.Token);
        using var registration = exchange.ClientAborted.Register(() => OnClientGone(exchange, record));

        try
        {
            await DispatchAsync(exchange, record, aborted.Token).ConfigureAwait(false);
            if (!exchange.ServerAborted)
            {
                await exchange.CompleteAsync().ConfigureAwait(false);
            }
        }
        catch (Exception) when (_shutdown.IsCancellationRequested || exchange.ServerAborted)
        {
            // The emulator is stopping, or reset the connection itself: cut whatever is still open.
            exchange.Abort();
        }
        catch (Exception exception) when (exchange.ClientAborted.IsCancellationRequested
            || exchange.ClientGoneAt is not null
            || (exception is System.IO.IOException && exchange.HasStarted && !exchange.Finished))
        {
            // The client went away: its abort signal arrived, or a write failed because the connection was closed
            // before that signal did. Record the disconnect first: the reset below must not pass for the emulator's own.
            OnClientGone(exchange, record);
            exchange.Abort();
        }
        catch (Exception exception)
        {
            if (exchange.HasStarted)
            {
                exchange.Abort();
            }
            else
            {
                await WriteErrorAsync(exchange, 500, $"The emulator failed: {exception.Message}", CancellationToken.None).ConfigureAwait(false);
                await exchange.CompleteAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Records a client disconnect (once), unless the response was complete or the emulator reset it or is stopping.</summary>
    private void OnClientGone(EmulatorExchange exchange, RecordedRequest record)
    {
        if (_shutdown.IsCancellationRequested)
        {
            return;
        }

        exchange.NoteClientGone();
        if (exchange.ClientGoneAt is { } at && record.TryMarkAborted(at))
        {
            OnClientDisconnected(record);
        }
    }

    private static async Task<RecordedRequest> CreateRecordAsync(EmulatorExchange exchange)
    {
        var absolute = exchange.AbsolutePath;
        string path;
        if (absolute.StartsWith(ApiRoot, StringComparison.OrdinalIgnoreCase))
        {
            path = absolute[ApiRoot.Length..].TrimEnd('/');
        }
        else
        {
            path = string.Equals(absolute, ApiRoot.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) ? string.Empty : absolute;
        }

        var bytes = exchange.BodyBytes;
        var form = await FormReader.ReadAsync(bytes, exchange.Headers.TryGetValue("Content-Type", out var type) ? type : null).ConfigureAwait(false);
        return new RecordedRequest(exchange.Method, path, exchange.QueryString, exchange.Headers, bytes, form is null ? ParseJson(bytes) : null, form, DateTimeOffset.UtcNow);
    }

    private static JsonElement? ParseJson(byte[] body)
    {
        var start = body.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        if (body.AsSpan(start).Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body.AsMemory(start));
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Recorded as text only; validation answers 400 where JSON is required.
            return null;
        }
    }

    private async Task DispatchAsync(EmulatorExchange exchange, RecordedRequest record, CancellationToken cancellationToken)
    {
        var path = record.Path;
        var inference = IsInferencePath(path);
        if (inference)
        {
            record.GenerationId = NewGenerationId();
        }

        if (RequiresKey(path) && !IsAuthorized(record, out var authError))
        {
            AddGenerationHeader(exchange, record, null);
            await WriteErrorAsync(exchange, 401, authError, cancellationToken, withUserId: false).ConfigureAwait(false);
            return;
        }

        var script = DequeueScript(path);
        AddGenerationHeader(exchange, record, script);
        if (script is not null)
        {
            await RunScriptAsync(exchange, record, script, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RouteAsync(exchange, record, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsInferencePath(string path) => path is "chat/completions" or "completions" || IsRouteInference(path);

    private static bool RequiresKey(string path) =>
        IsInferencePath(path) || path is "key" or "auth/key" or "credits" or "generation";

    private static void AddGenerationHeader(EmulatorExchange exchange, RecordedRequest record, EmulatorResponse? script)
    {
        if (record.GenerationId is { } id
            && (script is null || !script.Headers.Any(h => string.Equals(h.Key, "X-Generation-Id", StringComparison.OrdinalIgnoreCase))))
        {
            exchange.AddHeader("X-Generation-Id", id);
        }
    }

    private bool IsAuthorized(RecordedRequest record, out string error)
    {
        var key = BearerKey(record);
        if (key is null)
        {
            error = "No auth credentials found";
            return false;
        }

        if (_options.RequiredApiKey is { } required && !string.Equals(required, key, StringComparison.Ordinal))
        {
            error = "User not found.";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static string? BearerKey(RecordedRequest record)
    {
        if (!record.Headers.TryGetValue("Authorization", out var header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var key = header["Bearer ".Length..].Trim();
        return key.Length == 0 ? null : key;
    }

    private string NewGenerationId() =>
        string.Create(CultureInfo.InvariantCulture, $"gen-{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}-{Interlocked.Increment(ref _generationCounter)}");

    private async Task RunScriptAsync(EmulatorExchange exchange, RecordedRequest record, EmulatorResponse script, CancellationToken cancellationToken)
    {
        if (script.Delay > TimeSpan.Zero)
        {
            await Task.Delay(script.Delay, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, value) in script.Headers)
        {
            exchange.AddHeader(name, value);
        }

        switch (script.Kind)
        {
            case ResponseKind.ResetBeforeHeaders:
                exchange.Abort();
                break;
            case ResponseKind.Error:
                await WriteBodyAsync(exchange, script.Status, "application/json",
                    JsonText.ErrorEnvelope(script.ErrorCodeJson!, script.Message!, script.MetadataJson, withUserId: true), cancellationToken).ConfigureAwait(false);
                break;
            case ResponseKind.Raw:
                await WriteBodyAsync(exchange, script.Status, script.ContentType!, script.BodyBytes ?? Encoding.UTF8.GetBytes(script.Body!), cancellationToken).ConfigureAwait(false);
                break;
            case ResponseKind.Sse:
                await WriteRawSseAsync(exchange, script.Body!, cancellationToken).ConfigureAwait(false);
                break;
            case ResponseKind.Answer when RouteBuilder(record.Path) is { } build:
                await AnswerRouteAsync(exchange, record, build, script, cancellationToken).ConfigureAwait(false);
                break;
            default:
                var answer = Resolve(record, script.Answer, script);
                await WriteAnswerAsync(exchange, record, answer, script, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private ResolvedAnswer Resolve(RecordedRequest record, ScriptedAnswer? scripted, EmulatorResponse? script)
    {
        var legacy = string.Equals(record.Path, "completions", StringComparison.Ordinal);
        var generationId = record.GenerationId ?? NewGenerationId();
        var (text, reasoning, toolCalls) = scripted is not null
            ? (scripted.Text, scripted.Reasoning, scripted.ToolCalls)
            : DefaultAnswer(record, legacy, generationId);

        var reasoningTokens = reasoning is null ? 0 : EstimateTokens(reasoning);
        var completionTokens = scripted?.CompletionTokens
            ?? Math.Max(1, EstimateTokens(text ?? string.Empty) + reasoningTokens + toolCalls.Sum(c => EstimateTokens(c.Name + c.ArgumentsJson)));
        var promptTokens = scripted?.PromptTokens ?? EstimatePromptTokens(record);
        var finishReason = scripted?.FinishReason ?? (toolCalls.Count > 0 ? "tool_calls" : "stop");
        return new ResolvedAnswer
        {
            Id = generationId,
            Created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            Model = scripted?.Model ?? RequestedModel(record) ?? _options.DefaultModel,
            Provider = scripted?.Provider ?? _options.ProviderName,
            LegacyText = legacy,
            Text = text,
            Reasoning = reasoning,
            ReasoningDetailsJson = scripted?.ReasoningDetailsJson,
            ToolCalls = toolCalls,
            AnnotationsJson = scripted?.AnnotationsJson,
            FinishReason = finishReason,
            NativeFinishReason = scripted?.NativeFinishReason ?? finishReason,
            PromptTokens = promptTokens,
            CompletionTokens = completionTokens,
            ReasoningTokens = Math.Min(reasoningTokens, completionTokens),
            CachedTokens = Math.Min(scripted?.CachedTokens ?? 0, promptTokens),
            Cost = scripted?.Cost ?? DefaultCost(RequestedModel(record), promptTokens, completionTokens),
            ErrorCodeJson = script?.ErrorCodeJson,
            ErrorMessage = script?.Message,
            ErrorMetadataJson = script?.MetadataJson,
            UsageOnError = script?.UsageOnError == true,
        };
    }

    private async Task WriteAnswerAsync(
        EmulatorExchange exchange,
        RecordedRequest record,
        ResolvedAnswer answer,
        EmulatorResponse? script,
        CancellationToken cancellationToken)
    {
        var ending = script?.Ending ?? StreamEnding.Complete;
        var streamed = IsStreamRequested(record);
        RegisterGeneration(record, answer, streamed, cancelled: ending != StreamEnding.Complete || answer.ErrorCodeJson is not null || script?.InsertAt >= 0);
        if (!streamed)
        {
            await WriteJsonAnswerAsync(exchange, answer, script, cancellationToken).ConfigureAwait(false);
            return;
        }

        var events = StreamedEvents(answer, script, ending);
        await StartSseAsync(exchange, cancellationToken).ConfigureAwait(false);
        await WriteEventsAsync(exchange, answer, script, events, cancellationToken).ConfigureAwait(false);
        await EndAsync(exchange, ending, script?.KeepAliveInterval, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The SSE payloads of a streamed answer up to the scripted ending: all of them, the content only, or the first few.</summary>
    private static List<string> StreamedEvents(ResolvedAnswer answer, EmulatorResponse? script, StreamEnding ending)
    {
        var (content, closing) = AnswerWire.StreamEvents(answer, errorFinishReason: script?.ErrorWithoutFinishReason != true);
        if (script?.OmitDone == true)
        {
            closing.Remove(AnswerWire.Done);
        }

        return ending switch
        {
            StreamEnding.Complete => content.Concat(closing).ToList(),
            StreamEnding.Truncate => content,
            _ => content.Concat(closing).Take(script?.EventsBeforeEnding ?? 0).ToList(),
        };
    }

    /// <summary>Writes <paramref name="events"/> as <c>data:</c> lines, with the script's pause and inserted event at their places.</summary>
    private async Task WriteEventsAsync(EmulatorExchange exchange, ResolvedAnswer answer, EmulatorResponse? script, List<string> events, CancellationToken cancellationToken)
    {
        for (var i = 0; i <= events.Count; i++)
        {
            if (script is not null && script.PauseAt == i)
            {
                await PauseAsync(exchange, script.PauseDuration, script.KeepAliveInterval, cancellationToken).ConfigureAwait(false);
            }

            if (script is not null && script.InsertAt == i)
            {
                await WriteInsertedEventAsync(exchange, answer, script, cancellationToken).ConfigureAwait(false);
            }

            if (i == events.Count)
            {
                break;
            }

            if (i > 0 && _options.ChunkDelay > TimeSpan.Zero)
            {
                await Task.Delay(_options.ChunkDelay, cancellationToken).ConfigureAwait(false);
            }

            await WriteTextAsync(exchange, "data: " + events[i] + "\n\n", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task PauseAsync(EmulatorExchange exchange, TimeSpan duration, TimeSpan? keepAliveInterval, CancellationToken cancellationToken)
    {
        if (keepAliveInterval is not { } interval)
        {
            await Task.Delay(duration, cancellationToken).ConfigureAwait(false);
            return;
        }

        // One comment per whole interval of the pause, each due at start + k × interval: a timer that fires late (a
        // loaded machine) makes the next comment come sooner rather than dropping it, so the count never shrinks.
        var start = DateTimeOffset.UtcNow;
        var comments = interval > TimeSpan.Zero ? (int)(duration.Ticks / interval.Ticks) : 0;
        for (var k = 1; k <= comments; k++)
        {
            await DelayUntilAsync(start + TimeSpan.FromTicks(interval.Ticks * k), cancellationToken).ConfigureAwait(false);
            await WriteTextAsync(exchange, KeepAliveComment, cancellationToken).ConfigureAwait(false);
        }

        await DelayUntilAsync(start + duration, cancellationToken).ConfigureAwait(false);
    }

    private static Task DelayUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        var left = due - DateTimeOffset.UtcNow;
        return left > TimeSpan.Zero ? Task.Delay(left, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Writes the malformed or oversized event of a script; an oversized one goes out in 64 KiB pieces, so the client can give up early.</summary>
    private static async Task WriteInsertedEventAsync(EmulatorExchange exchange, ResolvedAnswer answer, EmulatorResponse script, CancellationToken cancellationToken)
    {
        if (script.InsertedPayload is { } payload)
        {
            await WriteTextAsync(exchange, "data: " + payload + "\n\n", cancellationToken).ConfigureAwait(false);
            return;
        }

        const string Marker = "@@PADDING@@";
        var template = "data: " + AnswerWire.ContentChunk(answer, Marker) + "\n\n";
        var split = template.IndexOf(Marker, StringComparison.Ordinal);
        await WriteTextAsync(exchange, template[..split], cancellationToken).ConfigureAwait(false);
        var padding = Math.Max(0, script.InsertedBytes - template.Length + Marker.Length);
        var piece = new byte[64 * 1024];
        piece.AsSpan().Fill((byte)'x');
        while (padding > 0)
        {
            var size = Math.Min(padding, piece.Length);
            await exchange.WriteAsync(piece.AsMemory(0, size), cancellationToken).ConfigureAwait(false);
            padding -= size;
        }

        await WriteTextAsync(exchange, template[(split + Marker.Length)..], cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteJsonAnswerAsync(EmulatorExchange exchange, ResolvedAnswer answer, EmulatorResponse? script, CancellationToken cancellationToken)
    {
        var ending = script?.Ending ?? StreamEnding.Complete;
        if (script?.InsertedBytes > 0)
        {
            answer = answer with { Text = new string('x', script.InsertedBytes) };
        }

        var body = Encoding.UTF8.GetBytes(script?.InsertedPayload ?? AnswerWire.Body(answer));
        exchange.SetStatus(200);
        exchange.AddHeader("Content-Type", "application/json");
        if (script?.PauseAt >= 0)
        {
            await exchange.StartAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(script.PauseDuration, cancellationToken).ConfigureAwait(false);
        }

        if (ending == StreamEnding.Complete)
        {
            if (!exchange.HasStarted)
            {
                exchange.SetContentLength(body.Length);
            }

            await exchange.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            return;
        }

        await exchange.StartAsync(cancellationToken).ConfigureAwait(false);
        if (ending == StreamEnding.Truncate || script?.EventsBeforeEnding > 0)
        {
            await exchange.WriteAsync(body.AsMemory(0, body.Length / 2), cancellationToken).ConfigureAwait(false);
        }

        await EndAsync(exchange, ending, null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task EndAsync(EmulatorExchange exchange, StreamEnding ending, TimeSpan? keepAliveInterval, CancellationToken cancellationToken)
    {
        switch (ending)
        {
            case StreamEnding.Abort:
                await exchange.AbortAfterDeliveryAsync().ConfigureAwait(false);
                break;
            case StreamEnding.Stall when keepAliveInterval is { } interval:
                while (true)
                {
                    await Task.Delay(interval, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(exchange, KeepAliveComment, cancellationToken).ConfigureAwait(false);
                }

            case StreamEnding.Stall:
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task StartSseAsync(EmulatorExchange exchange, CancellationToken cancellationToken)
    {
        exchange.SetStatus(200);
        exchange.AddHeader("Content-Type", "text/event-stream");
        exchange.AddHeader("Cache-Control", "no-cache");
        await exchange.StartAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < _options.KeepAliveCommentsBeforeFirstChunk; i++)
        {
            await WriteTextAsync(exchange, KeepAliveComment, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteRawSseAsync(EmulatorExchange exchange, string text, CancellationToken cancellationToken)
    {
        exchange.SetStatus(200);
        exchange.AddHeader("Content-Type", "text/event-stream");
        exchange.AddHeader("Cache-Control", "no-cache");
        await exchange.StartAsync(cancellationToken).ConfigureAwait(false);
        var start = 0;
        while (start < text.Length)
        {
            var boundary = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = boundary < 0 ? text.Length : boundary + 2;
            if (start > 0 && _options.ChunkDelay > TimeSpan.Zero)
            {
                await Task.Delay(_options.ChunkDelay, cancellationToken).ConfigureAwait(false);
            }

            await WriteTextAsync(exchange, text[start..end], cancellationToken).ConfigureAwait(false);
            start = end;
        }
    }

    private static ValueTask WriteTextAsync(EmulatorExchange exchange, string text, CancellationToken cancellationToken) =>
        exchange.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);

    private static Task WriteBodyAsync(EmulatorExchange exchange, int status, string contentType, string body, CancellationToken cancellationToken) =>
        WriteBodyAsync(exchange, status, contentType, Encoding.UTF8.GetBytes(body), cancellationToken);

    private static async Task WriteBodyAsync(EmulatorExchange exchange, int status, string contentType, byte[] bytes, CancellationToken cancellationToken)
    {
        exchange.SetStatus(status);
        exchange.AddHeader("Content-Type", contentType);
        exchange.SetContentLength(bytes.Length);
        if (bytes.Length == 0)
        {
            await exchange.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await exchange.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task WriteErrorAsync(EmulatorExchange exchange, int status, string message, CancellationToken cancellationToken, bool withUserId = true) =>
        WriteBodyAsync(exchange, status, "application/json",
            JsonText.ErrorEnvelope(status.ToString(CultureInfo.InvariantCulture), message, null, withUserId), cancellationToken);

    private static bool IsStreamRequested(RecordedRequest record) =>
        record.Json is { ValueKind: JsonValueKind.Object } json
        && json.TryGetProperty("stream", out var stream)
        && stream.ValueKind == JsonValueKind.True;

    private static string? RequestedModel(RecordedRequest record) =>
        record.Json is { ValueKind: JsonValueKind.Object } json
        && json.TryGetProperty("model", out var model)
        && model.ValueKind == JsonValueKind.String
        && model.GetString() is { Length: > 0 } id
            ? id
            : null;

    /// <summary>
    /// The answer without a script: the legacy prompt echoed (or JSON in its <c>response_format</c>, which the legacy
    /// route takes too), or <see cref="DefaultAnswers.Chat"/> for a chat request.
    /// </summary>
    private static (string? Text, string? Reasoning, IReadOnlyList<EmulatorToolCall> ToolCalls) DefaultAnswer(RecordedRequest record, bool legacy, string generationId)
    {
        if (legacy)
        {
            const string Continues = "The OpenRouter emulator continues.";
            var prompt = PromptText(record);
            var format = record.Json is { } json ? RequestedFormat.Read(json) : null;
            return (format?.Content(new SampleContext(Continues, prompt)) ?? Continues[..^1] + ": " + prompt, null, []);
        }

        return record.Json is { ValueKind: JsonValueKind.Object } request
            ? DefaultAnswers.Chat(request, generationId)
            : ("Hello from the OpenRouter emulator.", null, []);
    }

    private static string PromptText(RecordedRequest record)
    {
        if (record.Json is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty("prompt", out var prompt))
        {
            return string.Empty;
        }

        return prompt.ValueKind switch
        {
            JsonValueKind.String => prompt.GetString() ?? string.Empty,
            JsonValueKind.Array => string.Join("\n", prompt.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString())),
            _ => string.Empty,
        };
    }

    private static string MessageText(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content))
        {
            return string.Empty;
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString() ?? string.Empty;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return string.Empty;
        }

        var parts = content.EnumerateArray()
            .Where(p => p.ValueKind == JsonValueKind.Object
                && p.TryGetProperty("type", out var type) && type.ValueEquals("text")
                && p.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            .Select(p => p.GetProperty("text").GetString());
        return string.Join(" ", parts);
    }

    private static int EstimatePromptTokens(RecordedRequest record)
    {
        if (record.Json is not { ValueKind: JsonValueKind.Object } json)
        {
            return 1;
        }

        if (json.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
        {
            return Math.Max(1, messages.EnumerateArray().Sum(m => 4 + EstimateTokens(m.ValueKind == JsonValueKind.Object ? MessageText(m) : string.Empty)));
        }

        return Math.Max(1, EstimateTokens(PromptText(record)));
    }

    private static int EstimateTokens(string text) => Usage.Tokens(text);

    private static decimal DefaultCost(string? model, int promptTokens, int completionTokens) => Usage.Cost(model, promptTokens, completionTokens);
}
