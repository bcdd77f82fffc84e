using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The body of <c>POST embeddings</c>: the texts (or tokens, or multimodal parts) to embed and the model. Unset properties are not written.</summary>
/// <remarks>
/// There is no default model: name one from <see cref="OpenRouterClient.ListEmbeddingModelsAsync(int?, int?, System.Threading.CancellationToken)"/>.
/// Fields not modelled here can be sent through <see cref="AdditionalProperties"/>.
/// </remarks>
public sealed class EmbeddingRequest
{
    /// <summary>The embedding model id (<c>model</c>), e.g. <c>openai/text-embedding-3-large</c>; required.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>What to embed (<c>input</c>): a text, texts, token ids or multimodal inputs; required. A string or string array converts implicitly.</summary>
    [JsonPropertyName("input")]
    public EmbeddingInput? Input { get; init; }

    /// <summary>The number of dimensions of each vector (<c>dimensions</c>), for models that can shorten them.</summary>
    [JsonPropertyName("dimensions")]
    public int? Dimensions { get; init; }

    /// <summary>How the vectors travel back (<c>encoding_format</c>): <c>float</c> or the smaller <c>base64</c>; both read the same.</summary>
    [JsonPropertyName("encoding_format")]
    public EmbeddingEncodingFormat? EncodingFormat { get; init; }

    /// <summary>What the input is for (<c>input_type</c>), e.g. <c>search_query</c> or <c>search_document</c>, for models that embed the two differently.</summary>
    [JsonPropertyName("input_type")]
    public string? InputType { get; init; }

    /// <summary>Provider routing preferences (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    public ProviderPreferences? Provider { get; init; }

    /// <summary>A stable identifier of the end user (<c>user</c>), for abuse detection.</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>Other fields to send, by wire name (written as is).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
