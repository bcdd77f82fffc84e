using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Media;

namespace OpenRouter.Extensions.AI.Speech;

/// <summary>The audio of a speech-to-text call, ready to send: a stream that starts at the audio's first byte, and its format.</summary>
[Experimental("MEAI001")]
internal sealed class TranscriptionAudio
{
    /// <summary>The largest upload OpenRouter takes as a multipart file; larger audio goes as base64 JSON.</summary>
    public const long MaxUploadBytes = 25L * 1024 * 1024;

    /// <summary>The key of <see cref="SpeechToTextOptions.AdditionalProperties"/> that names the format (OpenRouter's <c>input_audio.format</c>).</summary>
    public const string FormatKey = "format";

    private TranscriptionAudio(Stream stream, string format, long? length)
    {
        Stream = stream;
        Format = format;
        Length = length;
    }

    /// <summary>The audio from its first byte: the caller's stream, or (when it cannot seek) the bytes looked at followed by the rest.</summary>
    public Stream Stream { get; }

    /// <summary>The format, e.g. <c>wav</c>.</summary>
    public string Format { get; }

    /// <summary>How many bytes remain, when the stream can tell.</summary>
    public long? Length { get; }

    /// <summary>
    /// Finds the format: the <c>format</c> additional property, else the extension of a <see cref="FileStream"/>'s name,
    /// else what the first bytes show (WAV, MP3, FLAC, Ogg, M4A, WebM).
    /// </summary>
    /// <exception cref="ArgumentException">The stream is empty, or its format cannot be told.</exception>
    public static async Task<TranscriptionAudio> OpenAsync(Stream audio, SpeechToTextOptions? options, CancellationToken cancellationToken)
    {
        if (audio is null)
        {
            throw new ArgumentNullException(nameof(audio));
        }

        var start = audio.CanSeek ? audio.Position : -1;
        var head = await ReadHeadAsync(audio, cancellationToken).ConfigureAwait(false);
        if (head.Length == 0)
        {
            throw new ArgumentException("The audio stream is empty (from its current position): there is nothing to transcribe.", nameof(audio));
        }

        var format = Named(options) ?? FileExtension(audio) ?? MediaFormats.SniffAudio(head)
            ?? throw new ArgumentException(
                $"The audio's format cannot be told from its first bytes. Set SpeechToTextOptions.AdditionalProperties[\"{FormatKey}\"] to it (for example \"wav\", \"mp3\", \"m4a\", \"ogg\", \"webm\", \"flac\").",
                nameof(audio));

        if (start >= 0)
        {
            audio.Position = start;
            return new TranscriptionAudio(audio, format, audio.Length - start);
        }

        return new TranscriptionAudio(new PrefixedReadStream(head, audio), format, null);
    }

    /// <summary>Reads the rest of the audio into memory, for the base64 JSON form.</summary>
    public async Task<byte[]> ReadAllAsync(CancellationToken cancellationToken)
    {
        using var buffer = Length is { } length and < int.MaxValue ? new MemoryStream((int)length) : new MemoryStream();
        await Stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static async Task<byte[]> ReadHeadAsync(Stream audio, CancellationToken cancellationToken)
    {
        var head = new byte[MediaFormats.SniffLength];
        var total = 0;
        while (total < head.Length)
        {
            var read = await audio.ReadAsync(head, total, head.Length - total, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total < head.Length)
        {
            Array.Resize(ref head, total);
        }

        return head;
    }

    private static string? Named(SpeechToTextOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties || !properties.TryGetValue(FormatKey, out var value) || value is null)
        {
            return null;
        }

        var text = value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } json ? json.GetString() : value as string;
        return string.IsNullOrWhiteSpace(text) ? null : MediaFormats.AudioFormat(text!);
    }

    private static string? FileExtension(Stream audio)
    {
        var extension = audio is FileStream file ? Path.GetExtension(file.Name) : null;
        return string.IsNullOrEmpty(extension) || extension!.Length < 2 ? null : MediaFormats.AudioFormat(extension.Substring(1));
    }
}
