using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Serialization;

/// <summary>The one source-generated JSON context of the core assembly. Every wire type is reachable from here.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletion))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(CompletionRequest))]
[JsonSerializable(typeof(Completion))]
[JsonSerializable(typeof(CompletionChunk))]
[JsonSerializable(typeof(ModelListResponse))]
[JsonSerializable(typeof(DataEnvelope<ModelInfo>))]
[JsonSerializable(typeof(DataEnvelope<ModelEndpoints>))]
[JsonSerializable(typeof(DataEnvelope<KeyInfo>))]
[JsonSerializable(typeof(DataEnvelope<Credits>))]
[JsonSerializable(typeof(DataEnvelope<GenerationInfo>))]
[JsonSerializable(typeof(OpenRouterErrorBody))]
[JsonSerializable(typeof(OpenRouterError))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class OpenRouterJsonContext : JsonSerializerContext;
