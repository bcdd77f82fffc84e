using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Testing;

/// <summary>
/// The routes beside chat: embeddings, images, speech, transcriptions, rerank and their catalogs, written from a
/// <see cref="RouteAnswer"/> with the faults of a script applied to it.
/// </summary>
public sealed partial class OpenRouterEmulator
{
    /// <summary>The builder of a path answered with a <see cref="RouteAnswer"/>, or <see langword="null"/> for chat, completions and the account routes.</summary>
    private static Func<RouteRequest, RouteAnswer>? RouteBuilder(string path) => path switch
    {
        "embeddings" => EmbeddingAnswers.Answer,
        "images" => ImageAnswers.Answer,
        "audio/speech" => SpeechAnswers.Answer,
        "audio/transcriptions" => TranscriptionAnswers.Answer,
        "rerank" => RerankAnswers.Answer,
        "embeddings/models" => CatalogAnswers.EmbeddingModels,
        "images/models" => CatalogAnswers.ImageModels,
        "providers" => CatalogAnswers.Providers,
        "models/count" => CatalogAnswers.ModelCount,
        "endpoints/zdr" => CatalogAnswers.ZdrEndpoints,
        _ when path.Split('/') is ["images", "models", _, _, "endpoints"] => CatalogAnswers.ImageModelEndpoints,
        _ => null,
    };

    /// <summary>Whether <paramref name="path"/> is one of the inference routes beside chat (POST, billed, with a generation id).</summary>
    private static bool IsRouteInference(string path) =>
        path is "embeddings" or "images" or "audio/speech" or "audio/transcriptions" or "rerank";

    private Task AnswerRouteAsync(
        EmulatorExchange exchange,
        RecordedRequest record,
        Func<RouteRequest, RouteAnswer> build,
        EmulatorResponse? script,
        CancellationToken cancellationToken)
    {
        var request = new RouteRequest
        {
            Record = record,
            GenerationId = record.GenerationId ?? NewGenerationId(),
            Options = _options,
            Overrides = script?.Answer,
            MinimumBytes = script?.InsertedBytes ?? 0,
        };
        return WriteRouteAsync(exchange, record, build(request), script, cancellationToken);
    }

    /// <summary>Writes <paramref name="answer"/>, cut, paused, broken or padded the way <paramref name="script"/> says.</summary>
    private async Task WriteRouteAsync(EmulatorExchange exchange, RecordedRequest record, RouteAnswer answer, EmulatorResponse? script, CancellationToken cancellationToken)
    {
        if (answer.Problem is { } problem)
        {
            await WriteErrorAsync(exchange, answer.Status, problem, cancellationToken).ConfigureAwait(false);
            return;
        }

        var ending = script?.Ending ?? StreamEnding.Complete;
        RegisterRouteGeneration(record, answer, script, ending);
        if (script?.ErrorCodeJson is { } code && !answer.Sse)
        {
            // After the 200 was decided: OpenRouter's error envelope as the body, as for a non-streamed chat failure.
            var envelope = JsonText.ErrorEnvelope(code, script.Message!, script.MetadataJson, withUserId: true);
            await WriteBodyAsync(exchange, 200, "application/json", envelope, cancellationToken).ConfigureAwait(false);
            return;
        }

        var pieces = Cut(ScriptedPieces(answer, script), answer, ending, script?.EventsBeforeEnding ?? 0);
        if (answer.Sse)
        {
            await StartSseAsync(exchange, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            exchange.SetStatus(200);
            exchange.AddHeader("Content-Type", answer.ContentType);
            if (ending == StreamEnding.Complete && pieces.Count == 1 && !(script?.PauseAt >= 0))
            {
                exchange.SetContentLength(pieces[0].Length);
            }
        }

        await WritePiecesAsync(exchange, pieces, answer.Sse, script, cancellationToken).ConfigureAwait(false);
        await EndAsync(exchange, ending, answer.Sse ? script?.KeepAliveInterval : null, cancellationToken).ConfigureAwait(false);
    }

    private void RegisterRouteGeneration(RecordedRequest record, RouteAnswer answer, EmulatorResponse? script, StreamEnding ending)
    {
        if (answer.Generation is not { } generation)
        {
            return;
        }

        var streamed = answer.Sse || answer.Pieces.Count > 1;
        var cancelled = ending != StreamEnding.Complete || script?.ErrorCodeJson is not null || script?.InsertAt >= 0;
        RegisterGeneration(record, generation with { ErrorCodeJson = script?.ErrorCodeJson }, streamed, cancelled);
    }

    /// <summary>The pieces with the script's inserted event, replaced body, padding, error event or missing <c>[DONE]</c>.</summary>
    private static List<byte[]> ScriptedPieces(RouteAnswer answer, EmulatorResponse? script)
    {
        var pieces = answer.Pieces.ToList();
        if (script is null)
        {
            return pieces;
        }

        if (!answer.Sse)
        {
            if (script.InsertedPayload is { } payload)
            {
                return [Encoding.UTF8.GetBytes(payload)];
            }

            return script.InsertedBytes > 0 && answer.ContentType == "application/json" ? PaddedJson(pieces[0], script.InsertedBytes) : pieces;
        }

        if (script.ErrorCodeJson is { } code)
        {
            pieces = [.. pieces.Take(Math.Min(1, answer.ContentEvents)), RouteAnswer.Event(StreamErrorEvent(code, script.Message!))];
        }

        if (script.OmitDone)
        {
            pieces.RemoveAll(p => p.AsSpan().SequenceEqual(RouteAnswer.Event(AnswerWire.Done)));
        }

        if (script.InsertAt >= 0)
        {
            var inserted = script.InsertedPayload is { } bad ? RouteAnswer.Event(bad) : OversizedImageEvent(script.InsertedBytes);
            pieces.Insert(Math.Min(script.InsertAt, pieces.Count), inserted);
        }

        return pieces;
    }

    /// <summary>What is left of <paramref name="pieces"/> when the answer ends early: cut (clean end), reset or stalled.</summary>
    private static List<byte[]> Cut(List<byte[]> pieces, RouteAnswer answer, StreamEnding ending, int piecesBeforeEnding)
    {
        var single = !answer.Sse && answer.Pieces.Count == 1;
        return ending switch
        {
            StreamEnding.Complete => pieces,
            StreamEnding.Truncate when answer.Sse => pieces.Take(pieces.Count - (answer.Pieces.Count - answer.ContentEvents)).ToList(),
            StreamEnding.Truncate when single => [pieces[0][..(pieces[0].Length / 2)]],
            StreamEnding.Truncate => pieces.Take((pieces.Count + 1) / 2).ToList(),
            _ when single => piecesBeforeEnding > 0 ? [pieces[0][..(pieces[0].Length / 2)]] : [],
            _ => pieces.Take(piecesBeforeEnding).ToList(),
        };
    }

    private async Task WritePiecesAsync(EmulatorExchange exchange, List<byte[]> pieces, bool sse, EmulatorResponse? script, CancellationToken cancellationToken)
    {
        for (var i = 0; i <= pieces.Count; i++)
        {
            if (script is not null && script.PauseAt == i)
            {
                await StartOnceAsync(exchange, cancellationToken).ConfigureAwait(false);
                await PauseAsync(exchange, script.PauseDuration, sse ? script.KeepAliveInterval : null, cancellationToken).ConfigureAwait(false);
            }

            if (i == pieces.Count)
            {
                break;
            }

            if (i > 0 && _options.ChunkDelay > TimeSpan.Zero)
            {
                await Task.Delay(_options.ChunkDelay, cancellationToken).ConfigureAwait(false);
            }

            await exchange.WriteAsync(pieces[i], cancellationToken).ConfigureAwait(false);
        }

        await StartOnceAsync(exchange, cancellationToken).ConfigureAwait(false);
    }

    private static Task StartOnceAsync(EmulatorExchange exchange, CancellationToken cancellationToken) =>
        exchange.HasStarted ? Task.CompletedTask : exchange.StartAsync(cancellationToken);

    /// <summary>A JSON body made about <paramref name="bytes"/> long with whitespace after its first character, in 64 KiB pieces.</summary>
    private static List<byte[]> PaddedJson(byte[] body, int bytes)
    {
        var padded = new byte[Math.Max(body.Length, bytes)];
        padded.AsSpan().Fill((byte)' ');
        padded[0] = body[0];
        body.AsSpan(1).CopyTo(padded.AsSpan(padded.Length - body.Length + 1));
        return padded.Chunk(64 * 1024).ToList();
    }

    /// <summary>An image stream's <c>error</c> event (its <c>error.code</c> is a string there).</summary>
    private static string StreamErrorEvent(string codeJson, string message) => JsonText.Write(w =>
    {
        using var code = JsonDocument.Parse(codeJson);
        w.WriteStartObject();
        w.WriteString("type", "error");
        w.WriteStartObject("error");
        w.WriteString("code", code.RootElement.ValueKind == JsonValueKind.String ? code.RootElement.GetString() : code.RootElement.GetRawText());
        w.WriteString("message", message);
        w.WriteNull("param");
        w.WriteNull("type");
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>A valid partial-image event about <paramref name="bytes"/> long, its <c>b64_json</c> padding.</summary>
    private static byte[] OversizedImageEvent(int bytes)
    {
        const string Head = "data: {\"type\":\"image_generation.partial_image\",\"partial_image_index\":0,\"b64_json\":\"";
        const string Tail = "\"}\n\n";
        var padding = Math.Max(4, (bytes - Head.Length - Tail.Length) / 4 * 4);
        return Encoding.UTF8.GetBytes(Head + new string('A', padding) + Tail);
    }
}
