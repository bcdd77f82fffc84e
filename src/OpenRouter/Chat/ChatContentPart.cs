using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// One part of a message's <c>content</c> array, discriminated by <see cref="Type"/>: <c>text</c>, <c>image_url</c>,
/// <c>input_audio</c>, <c>file</c>, <c>video_url</c>. Also the shape of generated <c>images</c>. Use the factories.
/// </summary>
public sealed class ChatContentPart
{
    /// <summary>The part type (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "text";

    /// <summary>The text of a <c>text</c> part (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>A prompt-caching marker on a text part (<c>cache_control</c>).</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; init; }

    /// <summary>An OpenAI-style cache breakpoint on a text part (<c>prompt_cache_breakpoint</c>).</summary>
    [JsonPropertyName("prompt_cache_breakpoint")]
    public PromptCacheBreakpoint? PromptCacheBreakpoint { get; init; }

    /// <summary>The image of an <c>image_url</c> part (<c>image_url</c>).</summary>
    [JsonPropertyName("image_url")]
    public ContentImageUrl? ImageUrl { get; init; }

    /// <summary>The audio of an <c>input_audio</c> part (<c>input_audio</c>).</summary>
    [JsonPropertyName("input_audio")]
    public ContentInputAudio? InputAudio { get; init; }

    /// <summary>The file of a <c>file</c> part (<c>file</c>).</summary>
    [JsonPropertyName("file")]
    public ContentFile? File { get; init; }

    /// <summary>The video of a <c>video_url</c> (or legacy <c>input_video</c>) part (<c>video_url</c>).</summary>
    [JsonPropertyName("video_url")]
    public ContentVideoUrl? VideoUrl { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a <c>text</c> part.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cacheControl">An optional prompt-caching marker.</param>
    /// <returns>The part.</returns>
    public static ChatContentPart CreateText(string text, CacheControl? cacheControl = null) => new() { Type = "text", Text = text, CacheControl = cacheControl };

    /// <summary>Creates an <c>image_url</c> part from a URL (https or data URL).</summary>
    /// <param name="url">The image URL.</param>
    /// <param name="detail">The detail level, or null for the default.</param>
    /// <returns>The part.</returns>
    public static ChatContentPart CreateImageUrl(Uri url, ImageDetailLevel? detail = null) =>
        CreateImageUrl((url ?? throw new ArgumentNullException(nameof(url))).OriginalString, detail);

    /// <summary>Creates an <c>image_url</c> part from a URL string (https or data URL).</summary>
    /// <param name="url">The image URL.</param>
    /// <param name="detail">The detail level, or null for the default.</param>
    /// <returns>The part.</returns>
    public static ChatContentPart CreateImageUrl(string url, ImageDetailLevel? detail = null) =>
        new() { Type = "image_url", ImageUrl = new ContentImageUrl { Url = url, Detail = detail } };

    /// <summary>Creates an <c>image_url</c> part holding <paramref name="bytes"/> as a base64 data URL.</summary>
    /// <param name="bytes">The image bytes.</param>
    /// <param name="mediaType">The media type, e.g. <c>image/png</c>.</param>
    /// <param name="detail">The detail level, or null for the default.</param>
    /// <returns>The part.</returns>
    public static ChatContentPart CreateImage(ReadOnlySpan<byte> bytes, string mediaType, ImageDetailLevel? detail = null) =>
        CreateImageUrl(ToDataUrl(bytes, mediaType), detail);

    /// <summary>Creates an <c>input_audio</c> part (audio must be base64; URLs are not accepted).</summary>
    /// <param name="bytes">The audio bytes.</param>
    /// <param name="format">The format, e.g. <c>wav</c>, <c>mp3</c>.</param>
    /// <returns>The part.</returns>
    public static ChatContentPart CreateAudio(ReadOnlySpan<byte> bytes, string format) =>
        new() { Type = "input_audio", InputAudio = new ContentInputAudio { Data = ToBase64(bytes), Format = format } };

    /// <summary>Creates a <c>file</c> part from a public URL or a data URL.</summary>
    /// <param name="filename">The file name, e.g. <c>doc.pdf</c>.</param>
    /// <param name="fileData">The URL or data URL.</param>
    /// <returns>The part.</returns>
    public static ChatContentPart CreateFile(string filename, string fileData) =>
        new() { Type = "file", File = new ContentFile { Filename = filename, FileData = fileData } };

    /// <summary>Creates a <c>file</c> part holding <paramref name="bytes"/> as a base64 data URL.</summary>
    /// <param name="filename">The file name, e.g. <c>doc.pdf</c>.</param>
    /// <param name="bytes">The file bytes.</param>
    /// <param name="mediaType">The media type, e.g. <c>application/pdf</c>.</param>
    /// <returns>The part.</returns>
    public static ChatContentPart CreateFile(string filename, ReadOnlySpan<byte> bytes, string mediaType) =>
        CreateFile(filename, ToDataUrl(bytes, mediaType));

    /// <summary>Creates a <c>video_url</c> part.</summary>
    /// <param name="url">The video URL or data URL.</param>
    /// <returns>The part.</returns>
    public static ChatContentPart CreateVideoUrl(string url) => new() { Type = "video_url", VideoUrl = new ContentVideoUrl { Url = url } };

    private static string ToDataUrl(ReadOnlySpan<byte> bytes, string mediaType) => "data:" + mediaType + ";base64," + ToBase64(bytes);

    private static string ToBase64(ReadOnlySpan<byte> bytes) => Serialization.Base64Text.Encode(bytes);
}
