using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Serialization;
using static OpenRouter.Tests.Serialization.Fixtures;

namespace OpenRouter.Tests.Serialization;

/// <summary>
/// Every response fixture, walked through the serializer's own metadata: each field of the fixture must land in the
/// typed property that names it (none in <c>AdditionalProperties</c>), and every typed property of every response
/// type must be filled by some fixture. A property whose JSON name or converter broke fails the first check; a
/// property no fixture exercises fails the second, so it cannot break unnoticed.
/// </summary>
public class ResponseFieldBindingTests
{
    private static readonly JsonSerializerOptions Options = OpenRouterJsonContext.Default.Options;

    /// <summary>Fields a fixture carries that no type should name, on purpose.</summary>
    private static readonly Dictionary<string, string> UnmodelledOnPurpose = new(StringComparer.Ordinal)
    {
        ["brand_new_field"] = "chat-completion-full.json proves unknown fields are kept",
    };

    /// <summary>Every response fixture with the type it is read as.</summary>
    private static IEnumerable<(string Fixture, object Parsed)> ParsedFixtures()
    {
        var context = OpenRouterJsonContext.Default;
        yield return ("chat-completion-full.json", Parse("Responses/chat-completion-full.json", context.ChatCompletion));
        yield return ("completion-legacy.json", Parse("Responses/completion-legacy.json", context.Completion));
        yield return ("credits.json", Parse("Responses/credits.json", context.DataEnvelopeCredits));
        yield return ("endpoints.json", Parse("Responses/endpoints.json", context.DataEnvelopeModelEndpoints));
        yield return ("generation.json", Parse("Responses/generation.json", context.DataEnvelopeGenerationInfo));
        yield return ("key.json", Parse("Responses/key.json", context.DataEnvelopeKeyInfo));
        yield return ("key-unlimited.json", Parse("Responses/key-unlimited.json", context.DataEnvelopeKeyInfo));
        yield return ("models.json", Parse("Responses/models.json", context.ModelListResponse));
        yield return ("generation-cached.json", Parse("Responses/generation-cached.json", context.DataEnvelopeGenerationInfo));
        yield return ("key-provisioned.json", Parse("Responses/key-provisioned.json", context.DataEnvelopeKeyInfo));
        yield return ("error-availability.json", Parse("Responses/error-availability.json", context.OpenRouterErrorBody));
        yield return ("chat-completion-error-200.json", Parse("Responses/chat-completion-error-200.json", context.ChatCompletion));
        yield return ("completion-error-200.json", Parse("Responses/completion-error-200.json", context.Completion));
        yield return ("chat-chunk-final-usage.json", Parse("Responses/chat-chunk-final-usage.json", context.ChatCompletionChunk));
        yield return ("chunk-error-numeric-code.json", Parse("Responses/chunk-error-numeric-code.json", context.ChatCompletionChunk));
        yield return ("chunk-error-string-code.json", Parse("Responses/chunk-error-string-code.json", context.ChatCompletionChunk));
        foreach (var sse in new[] { "chat-stream-reasoning.sse", "chat-stream-tools.sse", "chat-stream-midstream-error.sse" })
        {
            var index = 0;
            foreach (var data in SseData("Responses/" + sse))
            {
                yield return ($"{sse} event {index++}", JsonSerializer.Deserialize(data, context.ChatCompletionChunk)!);
            }
        }
    }

    private sealed class Walk
    {
        public HashSet<string> Filled { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

        public List<string> Unbound { get; } = [];

        public void Visit(object? value, string path)
        {
            if (value is null || value is string || value is JsonElement || value.GetType().IsPrimitive || value is decimal)
            {
                return;
            }

            if (!Options.TryGetTypeInfo(value.GetType(), out var info))
            {
                return; // open string structs and other values with their own converters
            }

            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    foreach (var property in info.Properties)
                    {
                        if (property.Get is null)
                        {
                            continue; // [JsonIgnore] members computed from others (CreatedAt, Remaining)
                        }

                        var key = $"{info.Type.Name}.{property.Name}";
                        var member = property.Get?.Invoke(value);
                        if (property.IsExtensionData)
                        {
                            var unbound = member is IDictionary extra
                                ? extra.Keys.Cast<string>().Where(name => !UnmodelledOnPurpose.ContainsKey(name)).ToList()
                                : [];
                            if (unbound.Count > 0)
                            {
                                Unbound.Add($"{path}: {string.Join(", ", unbound)} landed in {info.Type.Name}.AdditionalProperties");
                            }

                            continue;
                        }

                        Declared.Add(key);
                        if (member is not null)
                        {
                            Filled.Add(key);
                            Visit(member, path + "." + property.Name);
                        }
                    }

                    break;
                case JsonTypeInfoKind.Enumerable:
                    foreach (var item in (IEnumerable)value)
                    {
                        Visit(item, path + "[]");
                    }

                    break;
                case JsonTypeInfoKind.Dictionary:
                    foreach (DictionaryEntry entry in (IDictionary)value)
                    {
                        Visit(entry.Value, path + "{}");
                    }

                    break;
            }
        }
    }

    private static Walk WalkAll()
    {
        var walk = new Walk();
        foreach (var (fixture, parsed) in ParsedFixtures())
        {
            walk.Visit(parsed, fixture);
        }

        return walk;
    }

    [Fact]
    public void Every_fixture_field_lands_in_a_typed_property()
    {
        var walk = WalkAll();

        Assert.True(walk.Unbound.Count == 0, "Fields no typed property took:\n" + string.Join("\n", walk.Unbound));
    }

    [Fact]
    public void Every_typed_response_property_is_filled_by_some_fixture()
    {
        var walk = WalkAll();

        var never = walk.Declared.Except(walk.Filled).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.True(never.Count == 0, $"{never.Count} typed response properties no fixture fills:\n" + string.Join("\n", never));
    }
}
