using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.Contract;

/// <summary>
/// A soft coverage report of response fields: spec properties our types do not name still arrive (in
/// <c>AdditionalProperties</c>), but each must be a conscious choice listed in <see cref="KeptAsRawJson"/>. When a spec
/// sync adds a field this fails and names it, so we decide whether to model it.
/// </summary>
public class ResponseCoverageTests
{
    /// <summary>Spec schema (a component, optionally followed by <c>.property</c> steps) and the type that models it.</summary>
    private static readonly (string Schema, Type Type)[] Pairs =
    {
        ("ChatResult", typeof(ChatCompletion)),
        ("ChatChoice", typeof(ChatCompletionChoice)),
        ("ChatAssistantMessage", typeof(ChatCompletionMessage)),
        ("ChatToolCall", typeof(ChatCompletionToolCall)),
        ("ChatTokenLogprobs", typeof(ChatLogprobs)),
        ("ChatUsage", typeof(TokenUsage)),
        ("ChatUsage.prompt_tokens_details", typeof(PromptTokensDetails)),
        ("ChatUsage.completion_tokens_details", typeof(CompletionTokensDetails)),
        ("ChatUsage.cost_details", typeof(UsageCostDetails)),
        ("ChatUsage.server_tool_use_details", typeof(ServerToolUseDetails)),
        ("ChatStreamChunk", typeof(ChatCompletionChunk)),
        ("ChatStreamChunk.error", typeof(OpenRouterError)),
        ("ChatStreamChoice", typeof(ChatCompletionChunkChoice)),
        ("ChatStreamDelta", typeof(ChatCompletionMessage)),
        ("ChatStreamToolCall", typeof(ChatCompletionToolCall)),

        // The other inference routes and the catalogs ("op:" roots an operation's 200 JSON schema; "[]" steps into items).
        ("op:POST /embeddings", typeof(EmbeddingResponse)),
        ("op:POST /embeddings.data.[]", typeof(EmbeddingItem)),
        ("op:POST /embeddings.usage", typeof(EmbeddingUsage)),
        ("op:POST /embeddings.usage.prompt_tokens_details", typeof(EmbeddingTokensDetails)),
        ("CostDetails", typeof(UsageCostDetails)),
        ("ImageGenerationResponse", typeof(ImageResponse)),
        ("ImageGenerationResponse.data.[]", typeof(GeneratedImage)),
        ("ImageGenerationUsage", typeof(TokenUsage)),
        ("STTResponse", typeof(TranscriptionResponse)),
        ("STTSegment", typeof(TranscriptionSegment)),
        ("STTWord", typeof(TranscriptionWord)),
        ("STTUsage", typeof(TranscriptionUsage)),
        ("op:POST /rerank", typeof(RerankResponse)),
        ("op:POST /rerank.results.[]", typeof(RerankResult)),
        ("op:POST /rerank.results.[].document", typeof(RerankDocument)),
        ("op:POST /rerank.usage", typeof(RerankUsage)),
        ("op:GET /providers.data.[]", typeof(ProviderInfo)),
        ("ImageModelListItem", typeof(ImageModelInfo)),
        ("ImageModelArchitecture", typeof(ImageModelArchitecture)),
        ("CapabilityDescriptor", typeof(ImageParameterCapability)),
        ("PublicEndpoint", typeof(ModelEndpoint)),
        ("ModelsCountResponse.data", typeof(ModelCount)),
    };

    /// <summary>Spec properties deliberately not modelled as named properties; they are kept as raw JSON in AdditionalProperties.</summary>
    private static readonly Dictionary<string, string> KeptAsRawJson = new(StringComparer.Ordinal)
    {
        // The model that wrote an assistant message: redundant with ChatCompletion.Model for responses; when a caller sends
        // a message back it travels unchanged in AdditionalProperties (the class docs say so).
        ["ChatAssistantMessage.model"] = "redundant with the completion's model; round-trips through AdditionalProperties",

        // Image usage is read as chat's TokenUsage (one usage type for cost helpers); these four are Anthropic passthroughs
        // that chat's ChatUsage lacks, so they stay raw on TokenUsage.AdditionalProperties rather than widen the chat reader.
        ["ImageGenerationUsage.cache_creation"] = "Anthropic cache-write breakdown; kept raw in TokenUsage.AdditionalProperties",
        ["ImageGenerationUsage.iterations"] = "Anthropic per-iteration usage; kept raw in TokenUsage.AdditionalProperties",
        ["ImageGenerationUsage.service_tier"] = "upstream service tier of the image request; kept raw in TokenUsage.AdditionalProperties",
        ["ImageGenerationUsage.speed"] = "Anthropic speed mode; kept raw in TokenUsage.AdditionalProperties",
    };

    [Fact]
    public void EverySpecResponseField_IsModelledOrKeptAsRawJsonOnPurpose()
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (schemaPath, type) in Pairs)
        {
            var ours = WireNames(type);
            foreach (var name in SchemaWalker.PropertyNames(Schema(schemaPath)))
            {
                if (!ours.Contains(name))
                {
                    missing.Add(schemaPath + "." + name);
                }
            }
        }

        var unexpected = missing.Where(field => !KeptAsRawJson.ContainsKey(field)).ToList();
        var stale = KeptAsRawJson.Keys.Where(field => !missing.Contains(field)).OrderBy(field => field, StringComparer.Ordinal).ToList();
        Assert.True(
            unexpected.Count == 0 && stale.Count == 0,
            (unexpected.Count == 0 ? string.Empty : "Spec response fields our types do not model (add a property, or list them in KeptAsRawJson with a reason):\n  " + string.Join("\n  ", unexpected) + "\n")
            + (stale.Count == 0 ? string.Empty : "KeptAsRawJson entries that are now modelled or gone from the spec (remove them):\n  " + string.Join("\n  ", stale)));
    }

    private static JsonElement Schema(string path)
    {
        var steps = path.Split('.');
        var schema = steps[0].StartsWith("op:", StringComparison.Ordinal) ? OperationSchema(steps[0].Substring(3)) : OpenApiSpec.Schema(steps[0]);
        foreach (var step in steps.Skip(1))
        {
            if (step == "[]")
            {
                var arrays = SchemaWalker.Flatten(schema).Where(part => part.TryGetProperty("items", out _)).ToList();
                Assert.True(arrays.Count == 1, $"Schema {path}: expected one array schema before '[]', found {arrays.Count}.");
                schema = arrays[0].GetProperty("items");
                continue;
            }

            var matches = SchemaWalker.Flatten(schema)
                .Where(part => part.TryGetProperty("properties", out var properties) && properties.TryGetProperty(step, out _))
                .Select(part => part.GetProperty("properties").GetProperty(step))
                .ToList();
            Assert.True(matches.Count == 1, $"Schema {path}: expected one '{step}' property, found {matches.Count}.");
            schema = matches[0];
        }

        return schema;
    }

    /// <summary>The 200 <c>application/json</c> schema of an operation written <c>METHOD /path</c>.</summary>
    private static JsonElement OperationSchema(string operation)
    {
        var parts = operation.Split(' ');
        var ok = OpenApiSpec.Deref(OpenApiSpec.Operation(parts[1], parts[0].ToLowerInvariant()).GetProperty("responses").GetProperty("200"));
        return ok.GetProperty("content").GetProperty("application/json").GetProperty("schema");
    }

    private static HashSet<string> WireNames(Type type)
    {
        if (type.GetCustomAttributes(typeof(JsonConverterAttribute), false).Length > 0)
        {
            // A type with a converter of its own (RerankDocument: a string or an object) declares its object's names.
            return type.GetProperties()
                .Select(property => property.GetCustomAttributes(typeof(JsonPropertyNameAttribute), false).OfType<JsonPropertyNameAttribute>().FirstOrDefault()?.Name)
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
        }

        var typeInfo = OpenRouterJsonContext.Default.GetTypeInfo(type);
        Assert.True(typeInfo is { Kind: JsonTypeInfoKind.Object }, $"OpenRouterJsonContext has no object contract for {type.Name}.");
        return typeInfo!.Properties
            .Where(property => !property.IsExtensionData && !(property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), false).OfType<JsonIgnoreAttribute>().Any(a => a.Condition == JsonIgnoreCondition.Always) ?? false))
            .Select(property => property.Name)
            .ToHashSet(StringComparer.Ordinal);
    }
}
