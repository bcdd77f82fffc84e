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
    };

    /// <summary>Spec properties deliberately not modelled as named properties; they are kept as raw JSON in AdditionalProperties.</summary>
    private static readonly Dictionary<string, string> KeptAsRawJson = new(StringComparer.Ordinal)
    {
        // The model that wrote an assistant message: redundant with ChatCompletion.Model for responses; when a caller sends
        // a message back it travels unchanged in AdditionalProperties (the class docs say so).
        ["ChatAssistantMessage.model"] = "redundant with the completion's model; round-trips through AdditionalProperties",
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
        var schema = OpenApiSpec.Schema(steps[0]);
        foreach (var step in steps.Skip(1))
        {
            var matches = SchemaWalker.Flatten(schema)
                .Where(part => part.TryGetProperty("properties", out var properties) && properties.TryGetProperty(step, out _))
                .Select(part => part.GetProperty("properties").GetProperty(step))
                .ToList();
            Assert.True(matches.Count == 1, $"Schema {path}: expected one '{step}' property, found {matches.Count}.");
            schema = matches[0];
        }

        return schema;
    }

    private static HashSet<string> WireNames(Type type)
    {
        var typeInfo = OpenRouterJsonContext.Default.GetTypeInfo(type);
        Assert.True(typeInfo is { Kind: JsonTypeInfoKind.Object }, $"OpenRouterJsonContext has no object contract for {type.Name}.");
        return typeInfo!.Properties
            .Where(property => !property.IsExtensionData && !(property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), false).OfType<JsonIgnoreAttribute>().Any(a => a.Condition == JsonIgnoreCondition.Always) ?? false))
            .Select(property => property.Name)
            .ToHashSet(StringComparer.Ordinal);
    }
}
