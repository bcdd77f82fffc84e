using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>PDF options of the file-parser plugin (<c>pdf</c>).</summary>
public sealed class PdfParserOptions
{
    /// <summary>The engine (<c>engine</c>): <c>mistral-ocr</c>, <c>cloudflare-ai</c>, <c>native</c>.</summary>
    [JsonPropertyName("engine")]
    public string? Engine { get; init; }

    /// <summary>Other options to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
