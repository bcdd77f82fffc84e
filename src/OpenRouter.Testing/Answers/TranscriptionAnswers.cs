using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenRouter.Testing;

/// <summary>
/// <c>POST audio/transcriptions</c>, as base64 JSON or a multipart upload: audio the emulator spoke transcribes to its
/// text; other audio to a fixed sentence naming its size and length. <c>verbose_json</c> adds segments and words.
/// </summary>
internal static partial class TranscriptionAnswers
{
    /// <summary>The input tokens reported per second of audio.</summary>
    public const int TokensPerSecond = 9;

    public static RouteAnswer Answer(RouteRequest request)
    {
        var form = request.Record.Form;
        var check = form is null ? FieldCheck.Of(request.Record) : FieldCheck.Of(TranscriptionAudio.FormFields(form));
        var model = check.Model("transcription", "audio/transcriptions");
        var audio = form is null ? TranscriptionAudio.FromJson(check) : TranscriptionAudio.FromForm(check, form);
        var language = check.String("language", nonEmpty: true) ?? "en";
        var verbose = check.Choice("response_format", "json", "verbose_json") == "verbose_json";
        check.Number("temperature", -0.000001, 2);
        var granularities = check.Choices("timestamp_granularities", "word", "segment");
        if (check.Problem is { } problem || audio is null)
        {
            return RouteAnswer.Fail(400, check.Problem ?? "Input required: audio.");
        }

        var text = request.Overrides?.Text ?? audio.SpokenText
            ?? string.Create(CultureInfo.InvariantCulture, $"Emulated transcript of {audio.Bytes.Length} bytes of {audio.Format} audio, {audio.Seconds:0.0} seconds long.");
        var inputTokens = Math.Max(1, (int)Math.Ceiling(audio.Seconds * TokensPerSecond));
        var outputTokens = Math.Max(1, Usage.Tokens(text));
        var generation = request.Generation("stt", model, inputTokens, outputTokens, Usage.Cost(model, inputTokens, outputTokens));
        var timing = verbose ? new Timing(language, granularities.Count == 0 || granularities.Contains("segment"), granularities.Contains("word")) : null;
        return RouteAnswer.Json(Body(text, audio.Seconds, generation, timing), generation);
    }

    private static string Body(string text, double seconds, ResolvedAnswer generation, Timing? timing) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("text", text);
        if (timing is not null)
        {
            w.WriteString("task", "transcribe");
            w.WriteString("language", timing.Language);
            w.WriteNumber("duration", Usage.Seconds(seconds));
            if (timing.Segments)
            {
                WriteSegments(w, text, seconds);
            }

            if (timing.Words)
            {
                WriteWords(w, text, seconds);
            }
        }

        w.WriteStartObject("usage");
        w.WriteNumber("cost", generation.Cost);
        w.WriteNumber("input_tokens", generation.PromptTokens);
        w.WriteNumber("output_tokens", generation.CompletionTokens);
        w.WriteNumber("seconds", Usage.Seconds(seconds));
        w.WriteNumber("total_tokens", generation.PromptTokens + generation.CompletionTokens);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>One segment per sentence, timed in proportion to its length.</summary>
    private static void WriteSegments(Utf8JsonWriter w, string text, double seconds)
    {
        var sentences = SentenceEnd().Split(text.Trim()).Where(s => s.Length > 0).ToList();
        var spans = Spans(sentences.Select(s => s.Length + 1).ToList(), seconds);
        w.WriteStartArray("segments");
        for (var i = 0; i < sentences.Count; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("id", i);
            w.WriteNumber("seek", 0);
            w.WriteNumber("start", spans[i].Start);
            w.WriteNumber("end", spans[i].End);
            w.WriteString("text", " " + sentences[i]);
            w.WriteNumber("temperature", 0.0);
            w.WriteNumber("avg_logprob", -0.2);
            w.WriteNumber("compression_ratio", 1.2);
            w.WriteNumber("no_speech_prob", 0.01);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Each word (without punctuation), timed as the emulator speaks: in proportion to its length plus a pause.</summary>
    private static void WriteWords(Utf8JsonWriter w, string text, double seconds)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var spans = Spans(words.Select(word => word.Length + 3).ToList(), seconds);
        w.WriteStartArray("words");
        for (var i = 0; i < words.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("word", words[i]);
            w.WriteNumber("start", spans[i].Start);
            w.WriteNumber("end", spans[i].End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Consecutive spans over <paramref name="seconds"/>, each as long as its weight's share.</summary>
    private static List<(double Start, double End)> Spans(List<int> weights, double seconds)
    {
        var total = Math.Max(1, weights.Sum());
        var spans = new List<(double, double)>();
        var at = 0;
        foreach (var weight in weights)
        {
            spans.Add((Usage.Seconds(seconds * at / total), Usage.Seconds(seconds * (at + weight) / total)));
            at += weight;
        }

        return spans;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();

    private sealed record Timing(string Language, bool Segments, bool Words);
}
