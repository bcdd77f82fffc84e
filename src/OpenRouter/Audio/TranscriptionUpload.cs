using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using OpenRouter.Transport;

namespace OpenRouter;

/// <summary>The multipart form of a transcription upload: the audio as <c>file</c>, the other request fields under their wire names.</summary>
/// <remarks>A seekable stream is read from where it stood at the call for each attempt; the caller's stream is never disposed.</remarks>
internal sealed class TranscriptionUpload
{
    private readonly Stream _audio;
    private readonly long _start;
    private readonly string _fileName;
    private readonly TranscriptionRequest _request;

    public TranscriptionUpload(Stream audio, string fileName, TranscriptionRequest request)
    {
        _audio = audio;
        _start = audio.CanSeek ? audio.Position : 0;
        _fileName = fileName;
        _request = request;
    }

    /// <summary>A new form for one attempt.</summary>
    public MultipartFormDataContent CreateContent()
    {
        var form = new MultipartFormDataContent();
        var file = new UnownedStreamContent(_audio, _start);
        file.Headers.ContentType = new MediaTypeHeaderValue(AudioMediaType(_fileName));
        form.Add(file, "file", _fileName);
        foreach (var (name, value) in Fields(_request))
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>The form fields besides the file, by the names the spec gives them (<c>timestamp_granularities[]</c> once per value).</summary>
    internal static IEnumerable<(string Name, string Value)> Fields(TranscriptionRequest request)
    {
        yield return ("model", request.Model!);
        if (request.Language is { } language)
        {
            yield return ("language", language);
        }

        if (request.ResponseFormat?.Value is { } format)
        {
            yield return ("response_format", format);
        }

        if (request.Temperature is { } temperature)
        {
            yield return ("temperature", temperature.ToString("R", CultureInfo.InvariantCulture));
        }

        foreach (var granularity in request.TimestampGranularities ?? Array.Empty<TimestampGranularity>())
        {
            if (granularity.Value is { } value)
            {
                yield return ("timestamp_granularities[]", value);
            }
        }

        foreach (var pair in request.AdditionalProperties ?? new Dictionary<string, JsonElement>())
        {
            yield return (pair.Key, pair.Value.ValueKind == JsonValueKind.String ? pair.Value.GetString()! : pair.Value.GetRawText());
        }
    }

    /// <summary>The media type of the file part from the name's extension; OpenRouter reads the format from either.</summary>
    internal static string AudioMediaType(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".WAV" => "audio/wav",
        ".MP3" => "audio/mpeg",
        ".FLAC" => "audio/flac",
        ".M4A" or ".MP4" => "audio/mp4",
        ".OGG" or ".OGA" or ".OPUS" => "audio/ogg",
        ".WEBM" => "audio/webm",
        ".AAC" => "audio/aac",
        _ => "application/octet-stream",
    };
}
