using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A document to rerank, or the echo of one in a result: a text, an image (URL or data URI), or both.</summary>
/// <remarks>A document with only <see cref="Text"/> is sent as a plain JSON string (what every rerank model takes); with an image, as <c>{"text", "image"}</c>.</remarks>
[JsonConverter(typeof(RerankDocumentJsonConverter))]
public sealed class RerankDocument
{
    /// <summary>The document text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>An image of the document as an http(s) URL or a <c>data:image/...</c> URI (<c>image</c>), for multimodal models.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>Converts a text to a document.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator RerankDocument(string text) => FromText(text);

    /// <summary>A text document.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document.</returns>
    public static RerankDocument FromText(string text) => new() { Text = text };

    /// <inheritdoc />
    public override string ToString() => Text ?? Image ?? string.Empty;
}
