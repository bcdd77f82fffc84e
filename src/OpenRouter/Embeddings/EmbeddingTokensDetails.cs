using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Input tokens of an embedding request per modality (<c>usage.prompt_tokens_details</c>); only non-zero counts are sent.</summary>
public sealed class EmbeddingTokensDetails
{
    /// <summary>Text tokens (<c>text_tokens</c>).</summary>
    [JsonPropertyName("text_tokens")]
    public int? TextTokens { get; init; }

    /// <summary>Image tokens (<c>image_tokens</c>).</summary>
    [JsonPropertyName("image_tokens")]
    public int? ImageTokens { get; init; }

    /// <summary>Audio tokens (<c>audio_tokens</c>).</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; init; }

    /// <summary>Video tokens (<c>video_tokens</c>).</summary>
    [JsonPropertyName("video_tokens")]
    public int? VideoTokens { get; init; }

    /// <summary>File and document tokens (<c>file_tokens</c>).</summary>
    [JsonPropertyName("file_tokens")]
    public int? FileTokens { get; init; }

    /// <summary>Fields OpenRouter sent that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
