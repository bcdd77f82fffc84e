using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Linq;

namespace OpenRouter.Testing;

/// <summary>
/// <c>POST audio/speech</c>: the text "spoken" by <see cref="AudioSynth"/>, as raw 16-bit PCM, a WAV file carrying the
/// text, or silent MP3 frames behind an ID3 tag carrying the text, streamed in pieces of about 100 ms.
/// </summary>
/// <remarks>
/// The spec puts no usage in the answer (the body is the audio): tokens and cost are reported by <c>GET generation</c>
/// for the <c>X-Generation-Id</c> of the response, and count in the key's usage.
/// </remarks>
internal static class SpeechAnswers
{
    /// <summary>The audio tokens reported per second of speech.</summary>
    public const int TokensPerSecond = 25;

    private const int PieceBytes = AudioSynth.BytesPerSecond / 10;

    private const int FramesPerPiece = 4;

    public static RouteAnswer Answer(RouteRequest request)
    {
        var check = FieldCheck.Of(request.Record);
        var model = check.Model("speech", "audio/speech");
        var text = check.String("input", required: true, nonEmpty: true) ?? string.Empty;
        var format = check.Choice("response_format", "pcm", "wav", "mp3") ?? "pcm";
        var speed = check.Number("speed", 0, 4) ?? 1.0;
        var voice = check.String("voice", nonEmpty: true);
        CheckReferences(check);
        var known = ModelCatalogue.Find(model);
        if (voice is not null && known?.Voices is { } voices && !voices.Contains(voice, StringComparer.Ordinal))
        {
            check.Fail($"Invalid request: voice \"{voice}\" is not available for {model}; use one of {string.Join(", ", voices)}.");
        }

        if (check.Problem is { } problem)
        {
            return RouteAnswer.Fail(400, problem);
        }

        var samples = AudioSynth.Speak(text, speed);
        var minimum = request.MinimumBytes / 2;
        if (samples.Length < minimum)
        {
            samples = [.. samples, .. new short[minimum - samples.Length]];
        }

        var seconds = (double)samples.Length / AudioSynth.SampleRate;
        var tokens = Usage.Tokens(text);
        var audioTokens = (int)Math.Ceiling(seconds * TokensPerSecond);
        var generation = request.Generation("tts", model, tokens, audioTokens, Usage.Cost(model, tokens, audioTokens));
        return RouteAnswer.Binary(ContentType(format), Pieces(format, samples, text), generation);
    }

    /// <summary><c>input_references</c> for voice cloning: <c>input_audio</c> parts with <c>data</c> and <c>text</c> parts with <c>text</c>.</summary>
    private static void CheckReferences(FieldCheck check)
    {
        if (check.Raw("input_references") is not { } references)
        {
            return;
        }

        var valid = references.ValueKind == JsonValueKind.Array && references.EnumerateArray().All(part =>
            part.ValueKind == JsonValueKind.Object && part.TryGetProperty("type", out var type)
            && ((type.ValueEquals("input_audio") && part.TryGetProperty("input_audio", out var audio) && audio.ValueKind == JsonValueKind.Object
                    && audio.TryGetProperty("data", out var data) && data.GetString() is { Length: > 0 })
                || (type.ValueEquals("text") && part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)));
        if (!valid)
        {
            check.Fail("Invalid request: \"input_references\" must be an array of {\"type\":\"input_audio\",\"input_audio\":{\"data\"}} and {\"type\":\"text\",\"text\"} parts.");
        }
    }

    public static string ContentType(string format) => format switch
    {
        "wav" => "audio/wav",
        "mp3" => "audio/mpeg",
        _ => "audio/pcm",
    };

    private static List<byte[]> Pieces(string format, short[] samples, string text)
    {
        if (format == "mp3")
        {
            var frames = (int)Math.Ceiling((double)samples.Length / AudioSynth.SampleRate / Mp3File.FrameSeconds);
            var frame = Mp3File.SilentFrame();
            var audio = Enumerable.Range(0, frames).SelectMany(_ => frame).ToArray();
            return [Mp3File.Tag(text), .. audio.Chunk(FramesPerPiece * Mp3File.FrameBytes)];
        }

        var pcm = AudioSynth.Pcm(samples).Chunk(PieceBytes).ToList();
        return format == "wav" ? [WavFile.Header(samples.Length * 2, text), .. pcm] : pcm;
    }
}
