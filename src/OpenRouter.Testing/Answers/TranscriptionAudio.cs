using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>
/// The audio of a transcription request, from <c>input_audio</c> (base64 JSON) or the <c>file</c> of a multipart
/// upload, with its format, length and (for audio the emulator spoke) the text it carries.
/// </summary>
internal sealed class TranscriptionAudio
{
    /// <summary>The largest upload the spec allows in a form (25 MB).</summary>
    public const int MaxUploadBytes = 25 * 1024 * 1024;

    private static readonly string[] Formats = ["wav", "mp3", "pcm", "flac", "m4a", "mp4", "mpeg", "mpga", "ogg", "webm", "aac", "opus"];

    private TranscriptionAudio(byte[] bytes, string format)
    {
        Bytes = bytes;
        Format = format;
    }

    public byte[] Bytes { get; }

    public string Format { get; }

    public double Seconds { get; private set; }

    /// <summary>Gets the text a WAV or MP3 made by <c>audio/speech</c> carries, or <see langword="null"/>.</summary>
    public string? SpokenText { get; private set; }

    /// <summary>The plain fields of a form as a JSON object, so they are checked like a JSON body (numbers parsed, repeated fields as arrays).</summary>
    public static JsonElement FormFields(IReadOnlyList<RecordedFormPart> form) =>
        JsonDocument.Parse(JsonText.Write(w =>
        {
            w.WriteStartObject();
            foreach (var group in form.Where(p => p.FileName is null).GroupBy(p => p.Name.Replace("[]", string.Empty, StringComparison.Ordinal), StringComparer.Ordinal))
            {
                if (group.Key == "timestamp_granularities")
                {
                    w.WriteStringArray(group.Key, group.Select(p => p.Text));
                }
                else if (group.Key == "temperature" && double.TryParse(group.First().Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    w.WriteNumber(group.Key, number);
                }
                else
                {
                    w.WriteString(group.Key, group.First().Text);
                }
            }

            w.WriteEndObject();
        })).RootElement.Clone();

    /// <summary>The audio of a form's <c>file</c> part, its format from the file name's extension or else the part's content type.</summary>
    public static TranscriptionAudio? FromForm(FieldCheck check, IReadOnlyList<RecordedFormPart> form)
    {
        if (form.FirstOrDefault(p => p.Name == "file") is not { } file)
        {
            check.Fail("Input required: the form needs a \"file\" part with the audio.");
            return null;
        }

        if (file.Data.Length > MaxUploadBytes)
        {
            check.Fail("Invalid request: the uploaded file is over 25 MB; send larger audio as base64 JSON in \"input_audio\".");
            return null;
        }

        var extension = Path.GetExtension(file.FileName ?? string.Empty).TrimStart('.');
        var format = extension.Length > 0 ? extension : (file.ContentType ?? string.Empty).Split('/', ';')[^1];
        return Decode(check, file.Data.ToArray(), format);
    }

    /// <summary>The audio of <c>input_audio</c>: <c>data</c> in base64 (a <c>data:</c> URL too) and its <c>format</c>.</summary>
    public static TranscriptionAudio? FromJson(FieldCheck check)
    {
        var raw = check.Raw("input_audio");
        if (check.Problem is not null)
        {
            return null;
        }

        if (raw is not { ValueKind: JsonValueKind.Object } input
            || !input.TryGetProperty("data", out var data) || data.GetString() is not { Length: > 0 } base64
            || !input.TryGetProperty("format", out var format) || format.GetString() is not { Length: > 0 } name)
        {
            check.Fail("Input required: \"input_audio\" must be {\"data\": base64 audio, \"format\": e.g. \"wav\"}.");
            return null;
        }

        var comma = base64.StartsWith("data:", StringComparison.Ordinal) ? base64.IndexOf(',', StringComparison.Ordinal) : -1;
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64[(comma + 1)..], bytes, out var length))
        {
            check.Fail("Invalid request: \"input_audio.data\" is not valid base64.");
            return null;
        }

        return Decode(check, bytes[..length], name);
    }

    private static TranscriptionAudio? Decode(FieldCheck check, byte[] bytes, string format)
    {
        format = format.ToLowerInvariant() switch
        {
            "wave" or "x-wav" or "vnd.wave" => "wav",
            "mpeg" or "mpga" or "mpeg3" or "x-mp3" => "mp3",
            "l16" or "raw" => "pcm",
            var other => other,
        };
        if (!Formats.Contains(format, StringComparer.Ordinal) || bytes.Length == 0)
        {
            check.Fail(bytes.Length == 0 ? "Invalid request: the audio is empty." : $"Invalid request: unsupported audio format \"{format}\"; use one of {string.Join(", ", Formats)}.");
            return null;
        }

        var audio = new TranscriptionAudio(bytes, format);
        if (!audio.Measure())
        {
            check.Fail($"Invalid request: the audio could not be decoded as {format}.");
            return null;
        }

        return audio;
    }

    /// <summary>Reads the length (and any spoken text) of WAV and MP3; PCM is 24 kHz 16-bit mono; other formats are taken as 128 kbit/s.</summary>
    private bool Measure()
    {
        string? text = null;
        double seconds;
        var ok = Format switch
        {
            "wav" => WavFile.TryRead(Bytes, out seconds, out text),
            "mp3" => Mp3File.TryRead(Bytes, out seconds, out text),
            "pcm" => (seconds = (double)Bytes.Length / AudioSynth.BytesPerSecond) >= 0,
            _ => (seconds = Bytes.Length / 16000.0) >= 0,
        };
        Seconds = seconds;
        SpokenText = text;
        return ok;
    }
}
