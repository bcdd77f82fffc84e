using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>A part of a multimodal embedding input: text, an image, audio, video or a file, in the embeddings route's own part shapes.</summary>
/// <remarks>
/// Video and files differ from chat's parts (<c>input_video</c> and <c>input_file</c> with <c>{data, format}</c>), hence
/// a type of its own; build parts with the factories.
/// </remarks>
public sealed class EmbeddingContentPart
{
    /// <summary>The part type (<c>type</c>): <c>text</c>, <c>image_url</c>, <c>input_audio</c>, <c>input_video</c> or <c>input_file</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The text of a <c>text</c> part (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The image of an <c>image_url</c> part (<c>image_url</c>): a URL or a data URI.</summary>
    [JsonPropertyName("image_url")]
    public ContentImageUrl? ImageUrl { get; init; }

    /// <summary>The audio of an <c>input_audio</c> part (<c>input_audio</c>).</summary>
    [JsonPropertyName("input_audio")]
    public MultimodalMedia? InputAudio { get; init; }

    /// <summary>The video of an <c>input_video</c> part (<c>input_video</c>).</summary>
    [JsonPropertyName("input_video")]
    public MultimodalMedia? InputVideo { get; init; }

    /// <summary>The document of an <c>input_file</c> part (<c>input_file</c>).</summary>
    [JsonPropertyName("input_file")]
    public MultimodalMedia? InputFile { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A <c>text</c> part.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The part.</returns>
    public static EmbeddingContentPart CreateText(string text) => new() { Type = "text", Text = text };

    /// <summary>An <c>image_url</c> part from a URL or data URI.</summary>
    /// <param name="url">The image URL or data URI.</param>
    /// <returns>The part.</returns>
    public static EmbeddingContentPart CreateImageUrl(string url) => new() { Type = "image_url", ImageUrl = new ContentImageUrl { Url = url } };

    /// <summary>An <c>image_url</c> part from image bytes (sent as a data URI).</summary>
    /// <param name="bytes">The image bytes.</param>
    /// <param name="mediaType">The media type, e.g. <c>image/png</c>.</param>
    /// <returns>The part.</returns>
    public static EmbeddingContentPart CreateImage(ReadOnlySpan<byte> bytes, string mediaType) => CreateImageUrl(DataUri(bytes, mediaType));

    /// <summary>An <c>input_audio</c> part from audio bytes (sent as a data URI).</summary>
    /// <param name="bytes">The audio bytes.</param>
    /// <param name="mediaType">The media type, e.g. <c>audio/wav</c>.</param>
    /// <param name="format">The format, e.g. <c>wav</c>; optional.</param>
    /// <returns>The part.</returns>
    public static EmbeddingContentPart CreateAudio(ReadOnlySpan<byte> bytes, string mediaType, string? format = null) =>
        new() { Type = "input_audio", InputAudio = new MultimodalMedia { Data = DataUri(bytes, mediaType), Format = format } };

    /// <summary>An <c>input_video</c> part from video bytes (sent as a data URI).</summary>
    /// <param name="bytes">The video bytes.</param>
    /// <param name="mediaType">The media type, e.g. <c>video/mp4</c>.</param>
    /// <param name="format">The format, e.g. <c>mp4</c>; optional.</param>
    /// <returns>The part.</returns>
    public static EmbeddingContentPart CreateVideo(ReadOnlySpan<byte> bytes, string mediaType, string? format = null) =>
        new() { Type = "input_video", InputVideo = new MultimodalMedia { Data = DataUri(bytes, mediaType), Format = format } };

    /// <summary>An <c>input_file</c> part from document bytes (sent as a data URI).</summary>
    /// <param name="bytes">The file bytes.</param>
    /// <param name="mediaType">The media type, e.g. <c>application/pdf</c>.</param>
    /// <param name="format">The format, e.g. <c>pdf</c>; optional.</param>
    /// <returns>The part.</returns>
    public static EmbeddingContentPart CreateFile(ReadOnlySpan<byte> bytes, string mediaType, string? format = null) =>
        new() { Type = "input_file", InputFile = new MultimodalMedia { Data = DataUri(bytes, mediaType), Format = format } };

    private static string DataUri(ReadOnlySpan<byte> bytes, string mediaType) => "data:" + mediaType + ";base64," + Base64Text.Encode(bytes);
}
