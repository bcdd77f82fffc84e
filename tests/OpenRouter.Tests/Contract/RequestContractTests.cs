using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.Contract;

/// <summary>
/// Every property name our request types emit must exist in OpenRouter's own spec at the same position, unless it is in an
/// explicit allow-list of fields we send on purpose. The allow-lists cannot go stale: each entry must still be emitted by
/// the maximal request and still be missing from the spec.
/// </summary>
public class RequestContractTests
{
    /// <summary>
    /// Fields of <c>POST chat/completions</c> we send although <c>components/schemas/ChatRequest</c> (2026 spec) lacks them.
    /// Reasons cite api-reference.md.
    /// </summary>
    private static readonly Dictionary<string, string> ChatAllowList = new(StringComparer.Ordinal)
    {
        ["$.reasoning.max_tokens"] = "§2.10: the 2026 spec models only effort and summary; max_tokens is documented in the reasoning-tokens guide and sent by the official AI-SDK provider.",
        ["$.reasoning.exclude"] = "§2.10: documented in the docs and AI-SDK, not in the spec.",
        ["$.reasoning.enabled"] = "§2.10: documented in the docs and AI-SDK, not in the spec.",
        ["$.include_reasoning"] = "§2.1: legacy switch (true = reasoning {}, false = reasoning {exclude: true}), still accepted.",
        ["$.verbosity"] = "§2.1: output verbosity, documented on the parameters page (maps to Anthropic output_config.effort).",
        ["$.transforms"] = "§2.1/§2.8: legacy context compression ([\"middle-out\"]), replaced by the context-compression plugin but still accepted.",
        ["$.usage"] = "§2.11: deprecated usage-accounting switch, no effect but harmless.",
        ["$.web_search_options"] = "§2.13: native web search options (search_context_size), documented, listed in supported_parameters.",
        ["$.audio"] = "§2.1/§2.14: audio output settings, from the multimodal audio guide; not in ChatRequest.",
        ["$.preset"] = "§2.1: apply a saved preset by slug (presets guide).",
        ["$.provider.experimental"] = "§2.9: unconfirmed, only gopenrouter sends it; ProviderPreferences has additionalProperties false, so it is opt-in (leave unset unless the API accepts it).",
        ["$.messages[].annotations"] = "§2.2: assistant messages may carry annotations back (file annotations skip PDF re-parsing); ChatAssistantMessage lacks them.",
        ["$.messages[].images[].type"] = "§3: generated images are modelled as image_url content parts, so a sent-back image carries type \"image_url\" as in real responses; ChatAssistantImages items list only image_url.",
        ["$.messages[].tool_calls[].index"] = "§4.3: index belongs to streamed tool-call fragments; it is written when a caller sends back calls assembled from a stream, and ChatToolCall does not list it.",
    };

    /// <summary>
    /// Fields of the legacy <c>POST completions</c> that have no counterpart in ChatRequest. The 2026 spec dropped
    /// /completions altogether (api-reference §5), so the request is checked against ChatRequest plus this list and
    /// <see cref="ChatAllowList"/>.
    /// </summary>
    private static readonly Dictionary<string, string> CompletionOnlyAllowList = new(StringComparer.Ordinal)
    {
        ["$.prompt"] = "§5: the prompt text, the required field of the legacy endpoint (the older spec's CompletionCreateParams).",
        ["$.echo"] = "§5: legacy OpenAI completion field (echo the prompt).",
        ["$.suffix"] = "§5: legacy OpenAI completion field (text after the completion).",
        ["$.n"] = "§5: legacy OpenAI completion field (number of completions).",
        ["$.best_of"] = "§5: legacy OpenAI completion field (server-side candidates).",
    };

    /// <summary>Fields of <c>provider</c> sent alone against components/schemas/ProviderPreferences.</summary>
    private static readonly Dictionary<string, string> ProviderAllowList = new(StringComparer.Ordinal)
    {
        ["$.experimental"] = "§2.9: unconfirmed, only gopenrouter sends it; opt-in only.",
    };

    [Fact]
    public void ChatRequest_EveryEmittedFieldIsInTheSpecOrAllowListed()
    {
        var json = Serialize(MaximalRequests.Chat(), OpenRouterJsonContext.Default.ChatCompletionRequest);
        var walk = SchemaWalker.Walk(json, OpenApiSpec.Schema("ChatRequest"), ChatAllowList.Keys);

        AssertClean(walk, ChatAllowList, "ChatRequest");
    }

    [Fact]
    public void CompletionRequest_EveryEmittedFieldIsInChatRequestOrAllowListed()
    {
        Assert.False(OpenApiSpec.Root.GetProperty("paths").TryGetProperty("/completions", out _), "The spec has /completions again: check CompletionRequest against its own schema instead of ChatRequest.");

        var allowList = ChatAllowList
            .Where(entry => entry.Key is not ("$.verbosity" or "$.web_search_options" or "$.audio") && !entry.Key.StartsWith("$.messages", StringComparison.Ordinal))
            .Concat(CompletionOnlyAllowList)
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var json = Serialize(MaximalRequests.Completion(), OpenRouterJsonContext.Default.CompletionRequest);
        var walk = SchemaWalker.Walk(json, OpenApiSpec.Schema("ChatRequest"), allowList.Keys);

        AssertClean(walk, allowList, "ChatRequest (for the legacy CompletionRequest)");
    }

    [Fact]
    public void ProviderPreferences_EveryEmittedFieldIsInTheSpecOrAllowListed()
    {
        var json = Serialize(MaximalRequests.Provider(), OpenRouterJsonContext.Default.ProviderPreferences);
        var walk = SchemaWalker.Walk(json, OpenApiSpec.Schema("ProviderPreferences"), ProviderAllowList.Keys);

        AssertClean(walk, ProviderAllowList, "ProviderPreferences");
    }

    /// <summary>The other inference routes: request type, operation, and fields we send on purpose that its schema lacks.</summary>
    public static TheoryData<string, string> RouteRequests() => new()
    {
        { nameof(EmbeddingRequest), "/embeddings" },
        { nameof(ImageRequest), "/images" },
        { nameof(SpeechRequest), "/audio/speech" },
        { nameof(TranscriptionRequest), "/audio/transcriptions" },
        { nameof(RerankRequest), "/rerank" },
    };

    /// <summary>Route request fields allow-listed like chat's: the opt-in <c>provider.experimental</c> where the route takes chat's ProviderPreferences.</summary>
    private static readonly Dictionary<string, string> RouteProviderAllowList = new(StringComparer.Ordinal)
    {
        ["$.provider.experimental"] = ProviderAllowList["$.experimental"],
    };

    [Theory]
    [MemberData(nameof(RouteRequests))]
    public void RouteRequest_EveryEmittedFieldIsInTheSpecOrAllowListed(string name, string path)
    {
        // A request with every typed property set, found by reflection (WireFields.WireFill), so a field added later is checked.
        var type = typeof(ChatCompletionRequest).Assembly.GetType("OpenRouter." + name, throwOnError: true)!;
        var request = WireFields.WireFill.Create(type);
        if (request is ImageRequest)
        {
            // Image references are image_url parts only (ContentPartImage), not every field a chat part can carry.
            WireFields.WireFill.With(request, nameof(ImageRequest.InputReferences), new[] { ChatContentPart.CreateImageUrl("https://example.org/ref.png") });
        }

        // Provider options are keyed by provider slug (ProviderOptions names each one): use a real slug.
        var provider = type.GetProperty("Provider")!.GetValue(request)!;
        if (provider.GetType().GetProperty("Options") is { } options)
        {
            using var openai = JsonDocument.Parse("{\"max_tokens\":1000}");
            options.SetValue(provider, new Dictionary<string, JsonElement> { ["openai"] = openai.RootElement.Clone() });
        }

        var typeInfo = OpenRouterJsonContext.Default.GetTypeInfo(type)!;
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(request, typeInfo));
        var schema = OpenApiSpec.Operation(path, "post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var allowList = typeof(ProviderPreferences) == type.GetProperty("Provider")?.PropertyType ? RouteProviderAllowList : new Dictionary<string, string>();
        var walk = SchemaWalker.Walk(document.RootElement, schema, allowList.Keys);

        AssertClean(walk, allowList, "POST " + path);
    }

    [Fact]
    public void EmbeddingInput_MultimodalPartsAreInTheSpec()
    {
        // The multimodal form of the embedding input, with a part of each kind the schema lists.
        var request = new EmbeddingRequest
        {
            Model = "m",
            Input = EmbeddingInput.FromMultimodal([new EmbeddingMultimodalInput
            {
                Content =
                [
                    EmbeddingContentPart.CreateText("text"),
                    EmbeddingContentPart.CreateImage([1], "image/png"),
                    EmbeddingContentPart.CreateAudio([1, 2], "audio/wav", "wav"),
                    EmbeddingContentPart.CreateVideo([3], "video/mp4", "mp4"),
                    EmbeddingContentPart.CreateFile([4], "application/pdf", "pdf"),
                ],
            }]),
        };
        var json = Serialize(request, OpenRouterJsonContext.Default.EmbeddingRequest);
        var schema = OpenApiSpec.Operation("/embeddings", "post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");

        AssertClean(SchemaWalker.Walk(json, schema, []), new Dictionary<string, string>(), "POST /embeddings");
    }

    [Fact]
    public void TranscriptionUpload_FormFieldsAreTheSpecsMultipartProperties()
    {
        var request = WireFields.WireFill.Create<TranscriptionRequest>();
        var form = OpenApiSpec.Operation("/audio/transcriptions", "post").GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        var names = SchemaWalker.PropertyNames(form);

        var sent = TranscriptionUpload.Fields(request).Select(field => field.Name).Append("file").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), sent.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void MaximalRequests_SetEveryTypedProperty()
    {
        // Guards the contract tests above: a property added to a request type but not to the maximal request would go unchecked.
        var context = OpenRouterJsonContext.Default;
        var chat = SchemaWalker.PropertyPaths(Serialize(MaximalRequests.Chat(), context.ChatCompletionRequest));
        AssertEmitsAll(chat, "$", context.ChatCompletionRequest);
        AssertEmitsAll(chat, "$.provider", context.ProviderPreferences);
        AssertEmitsAll(chat, "$.reasoning", context.ReasoningConfig);
        AssertEmitsAll(chat, "$.response_format", context.ResponseFormat);
        AssertEmitsAll(chat, "$.plugins[]", context.ChatPlugin);
        AssertEmitsAll(chat, "$.tools[]", context.ChatCompletionTool);
        AssertEmitsAll(chat, "$.messages[]", context.ChatCompletionMessage);
        AssertEmitsAll(chat, "$.messages[].content[]", context.ChatContentPart);

        var completion = SchemaWalker.PropertyPaths(Serialize(MaximalRequests.Completion(), context.CompletionRequest));
        AssertEmitsAll(completion, "$", context.CompletionRequest);
    }

    private static JsonElement Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(value, typeInfo));
        return document.RootElement.Clone();
    }

    private static void AssertEmitsAll(ISet<string> emitted, string prefix, JsonTypeInfo typeInfo)
    {
        var missing = typeInfo.Properties
            .Where(property => !property.IsExtensionData && !IsIgnored(property))
            .Select(property => prefix + "." + property.Name)
            .Where(path => !emitted.Contains(path))
            .ToList();
        Assert.True(missing.Count == 0, $"The maximal request does not set: {string.Join(", ", missing)}. Set them in MaximalRequests so the contract test checks them.");
    }

    private static bool IsIgnored(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: false)
            .OfType<JsonIgnoreAttribute>()
            .Any(ignore => ignore.Condition == JsonIgnoreCondition.Always) ?? false;

    private static void AssertClean(SchemaWalker walk, IReadOnlyDictionary<string, string> allowList, string schemaName)
    {
        var problems = new List<string>();
        if (walk.Unknown.Count > 0)
        {
            problems.Add($"We emit fields that {schemaName} does not have (fix the wire name, or allow-list them with a reason):\n  " + string.Join("\n  ", walk.Unknown));
        }

        var notEmitted = allowList.Keys.Where(path => !walk.AllowListedEmitted.Contains(path) && !walk.AllowListedButInSpec.Contains(path)).OrderBy(path => path, StringComparer.Ordinal).ToList();
        if (notEmitted.Count > 0)
        {
            problems.Add("Stale allow-list entries, not emitted by the maximal request (remove them or set the field):\n  " + string.Join("\n  ", notEmitted));
        }

        if (walk.AllowListedButInSpec.Count > 0)
        {
            problems.Add($"Allow-listed fields that {schemaName} now has (remove them from the allow-list):\n  " + string.Join("\n  ", walk.AllowListedButInSpec));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
