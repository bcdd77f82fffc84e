using System;

namespace OpenRouter.Extensions.AI.Media;

/// <summary>Translates between media types and OpenRouter's format names for images and audio, and recognises formats by their first bytes.</summary>
internal static class MediaFormats
{
    /// <summary>The bytes <see cref="SniffAudio"/> and <see cref="SniffImage"/> look at.</summary>
    public const int SniffLength = 16;

    /// <summary>OpenRouter's <c>output_format</c> for an image media type (<c>image/jpeg</c> is <c>jpeg</c>, <c>image/svg+xml</c> is <c>svg</c>); other subtypes as they are.</summary>
    public static string ImageFormat(string mediaType) => Subtype(mediaType) switch
    {
        "jpg" or "pjpeg" => "jpeg",
        "svg+xml" => "svg",
        var subtype => subtype,
    };

    /// <summary>The media type of an image <c>output_format</c>, or null for none.</summary>
    public static string? ImageMediaType(string? format) => format?.ToLowerInvariant() switch
    {
        null or "" => null,
        "jpg" or "jpeg" => "image/jpeg",
        "svg" => "image/svg+xml",
        var other => "image/" + other,
    };

    /// <summary>OpenRouter's audio format name for a media type or a format name (<c>audio/mpeg</c> and <c>mp3</c> are <c>mp3</c>).</summary>
    public static string AudioFormat(string mediaTypeOrFormat) => Subtype(mediaTypeOrFormat) switch
    {
        "mpeg" or "mp3" or "mpeg3" or "x-mpeg-3" => "mp3",
        "wav" or "x-wav" or "wave" or "vnd.wave" => "wav",
        "l16" or "pcm" or "x-pcm" => "pcm",
        "x-flac" => "flac",
        "mp4" or "x-m4a" or "m4a" => "m4a",
        var subtype => subtype,
    };

    /// <summary>The media type of audio in an OpenRouter format (<c>mp3</c> is <c>audio/mpeg</c>, <c>pcm</c> is <c>audio/pcm</c>).</summary>
    public static string AudioMediaType(string format) => AudioFormat(format) switch
    {
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        var other => "audio/" + other,
    };

    /// <summary>The format of audio recognised by its first bytes (<c>wav</c>, <c>mp3</c>, <c>flac</c>, <c>ogg</c>, <c>m4a</c>, <c>webm</c>), or null.</summary>
    public static string? SniffAudio(ReadOnlySpan<byte> head)
    {
        if (Starts(head, "RIFF") && head.Length >= 12 && Starts(head.Slice(8), "WAVE"))
        {
            return "wav";
        }

        if (Starts(head, "ID3") || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0))
        {
            return "mp3";
        }

        return Starts(head, "fLaC") ? "flac"
            : Starts(head, "OggS") ? "ogg"
            : head.Length >= 8 && Starts(head.Slice(4), "ftyp") ? "m4a"
            : head.Length >= 4 && head[0] == 0x1A && head[1] == 0x45 && head[2] == 0xDF && head[3] == 0xA3 ? "webm"
            : null;
    }

    /// <summary>The media type of an image recognised by its first bytes (PNG, JPEG, WebP, GIF, SVG), or null.</summary>
    public static string? SniffImage(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 8 && head[0] == 0x89 && Starts(head.Slice(1), "PNG"))
        {
            return "image/png";
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return "image/jpeg";
        }

        return Starts(head, "RIFF") && head.Length >= 12 && Starts(head.Slice(8), "WEBP") ? "image/webp"
            : Starts(head, "GIF8") ? "image/gif"
            : Starts(head, "<svg") || Starts(head, "<?xml") ? "image/svg+xml"
            : null;
    }

    private static string Subtype(string mediaType)
    {
        var slash = mediaType.IndexOf('/');
        var subtype = slash < 0 ? mediaType : mediaType.Substring(slash + 1);
        var parameters = subtype.IndexOf(';');
        return (parameters < 0 ? subtype : subtype.Substring(0, parameters)).Trim().ToLowerInvariant();
    }

    private static bool Starts(ReadOnlySpan<byte> bytes, string ascii)
    {
        if (bytes.Length < ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (bytes[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
