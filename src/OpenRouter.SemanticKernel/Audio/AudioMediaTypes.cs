using System;

namespace OpenRouter.SemanticKernel;

/// <summary>Audio formats as OpenRouter names them (<c>wav</c>, <c>mp3</c>...) and their MIME types, both ways.</summary>
internal static class AudioMediaTypes
{
    /// <summary>The format of audio of MIME type <paramref name="mediaType"/>, e.g. <c>mp3</c> for <c>audio/mpeg</c>; null when it is not an audio type.</summary>
    public static string? FormatOf(string? mediaType)
    {
        if (mediaType is null || !mediaType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var subtype = mediaType.Substring("audio/".Length).Split(';')[0].Trim().ToLowerInvariant();
        return subtype switch
        {
            "wav" or "wave" or "x-wav" or "vnd.wave" => "wav",
            "mpeg" or "mp3" or "mpeg3" or "x-mpeg-3" or "x-mp3" => "mp3",
            "mp4" or "m4a" or "x-m4a" => "m4a",
            "opus" => "ogg",
            "l16" => "pcm",
            _ => subtype.StartsWith("x-", StringComparison.Ordinal) ? subtype.Substring(2) : subtype,
        };
    }

    /// <summary>The MIME type of audio in <paramref name="format"/>, e.g. <c>audio/mpeg</c> for <c>mp3</c>; null when unknown.</summary>
    public static string? MediaTypeOf(string? format) => format?.ToUpperInvariant() switch
    {
        "MP3" => "audio/mpeg",
        "WAV" => "audio/wav",
        "PCM" => "audio/pcm",
        "FLAC" => "audio/flac",
        "OGG" => "audio/ogg",
        "OPUS" => "audio/opus",
        "AAC" => "audio/aac",
        "M4A" => "audio/mp4",
        "WEBM" => "audio/webm",
        _ => null,
    };
}
