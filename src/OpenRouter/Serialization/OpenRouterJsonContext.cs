using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Serialization;

/// <summary>The one source-generated JSON context of the core assembly: every wire type is reachable from here.</summary>
/// <remarks>
/// Numbers are read leniently (strings, fractions, nulls) by the registered number converters, booleans also from
/// "true" / "false" strings; unset values are never written. Request bodies are written with
/// <see cref="RequestBodies"/>, never with <c>Default</c>, whose encoder escapes every non-ASCII character.
/// </remarks>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    Converters = new[] { typeof(LenientInt32JsonConverter), typeof(LenientInt64JsonConverter), typeof(LenientDoubleJsonConverter), typeof(LenientDecimalJsonConverter), typeof(LenientBooleanJsonConverter) })]
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletion))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(ChatCompletionMessage))]
[JsonSerializable(typeof(IReadOnlyList<ChatCompletionMessage>))]
[JsonSerializable(typeof(ChatContentPart))]
[JsonSerializable(typeof(IReadOnlyList<ChatContentPart>))]
[JsonSerializable(typeof(ReasoningDetail))]
[JsonSerializable(typeof(IReadOnlyList<ReasoningDetail>))]
[JsonSerializable(typeof(ChatCompletionTool))]
[JsonSerializable(typeof(WebSearchToolParameters))]
[JsonSerializable(typeof(ToolChoice))]
[JsonSerializable(typeof(ProviderPreferences))]
[JsonSerializable(typeof(ReasoningConfig))]
[JsonSerializable(typeof(ChatPlugin))]
[JsonSerializable(typeof(ResponseFormat))]
[JsonSerializable(typeof(TokenUsage))]
[JsonSerializable(typeof(CompletionRequest))]
[JsonSerializable(typeof(Completion))]
[JsonSerializable(typeof(CompletionChunk))]
[JsonSerializable(typeof(ModelListResponse))]
[JsonSerializable(typeof(ModelInfo))]
[JsonSerializable(typeof(ModelEndpoints))]
[JsonSerializable(typeof(KeyInfo))]
[JsonSerializable(typeof(Credits))]
[JsonSerializable(typeof(GenerationInfo))]
[JsonSerializable(typeof(DataEnvelope<ModelInfo>))]
[JsonSerializable(typeof(DataEnvelope<ModelEndpoints>))]
[JsonSerializable(typeof(DataEnvelope<KeyInfo>))]
[JsonSerializable(typeof(DataEnvelope<Credits>))]
[JsonSerializable(typeof(DataEnvelope<GenerationInfo>))]
[JsonSerializable(typeof(EmbeddingRequest))]
[JsonSerializable(typeof(EmbeddingResponse))]
[JsonSerializable(typeof(EmbeddingItem))]
[JsonSerializable(typeof(EmbeddingMultimodalInput))]
[JsonSerializable(typeof(IReadOnlyList<EmbeddingMultimodalInput>))]
[JsonSerializable(typeof(ImageRequest))]
[JsonSerializable(typeof(ImageResponse))]
[JsonSerializable(typeof(SpeechRequest))]
[JsonSerializable(typeof(TranscriptionRequest))]
[JsonSerializable(typeof(TranscriptionResponse))]
[JsonSerializable(typeof(RerankRequest))]
[JsonSerializable(typeof(RerankResponse))]
[JsonSerializable(typeof(DataEnvelope<IReadOnlyList<ImageModelInfo>>))]
[JsonSerializable(typeof(DataEnvelope<IReadOnlyList<ProviderInfo>>))]
[JsonSerializable(typeof(DataEnvelope<IReadOnlyList<ModelEndpoint>>))]
[JsonSerializable(typeof(DataEnvelope<ModelCount>))]
[JsonSerializable(typeof(OpenRouterErrorBody))]
[JsonSerializable(typeof(OpenRouterError))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
internal sealed partial class OpenRouterJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Gets the context to write request bodies with: <c>Default</c>'s settings with <see cref="MinimalJsonEncoder"/>, so
    /// a body is minimal JSON (non-ASCII text as UTF-8, only <c>"</c>, <c>\</c> and control characters escaped).
    /// </summary>
    /// <remarks>
    /// The source-generation attribute cannot name an encoder, hence a second instance of the same context. A
    /// <see cref="Utf8JsonWriter"/> passed to the serializer escapes with its own options: the chat request writer sets
    /// the same encoder on its writer (<c>ChatCompletionRequestWriter</c>).
    /// </remarks>
    public static OpenRouterJsonContext RequestBodies => RequestBodiesHolder.Instance;

    /// <summary>Built on first use, after <c>Default</c> (the order of static initializers across partial files is not defined).</summary>
    private static class RequestBodiesHolder
    {
        public static readonly OpenRouterJsonContext Instance = new(new JsonSerializerOptions(Default.Options) { Encoder = MinimalJsonEncoder.Instance });
    }
}
