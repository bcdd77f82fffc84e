using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.SemanticKernel;
using OpenRouter.Testing;
using OpenRouter.Tests.WireFields;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// One source of truth for text generation settings: every field of <see cref="CompletionRequest"/> (found by
/// reflection, filled with <see cref="WireFill"/>) reaches the legacy completions body, from the typed setting of the same
/// JSON name on <see cref="OpenRouterPromptExecutionSettings"/> and from plain extension data under its wire name, or is
/// listed below with the reason. <c>TextRequestMapper</c>, which names the fields by hand, cannot drop one unseen.
/// </summary>
public sealed class WireFieldsTextSettingsTests
{
    /// <summary>Completions request fields that are not settings, or that a setting fills in another shape, each with the reason.</summary>
    private static readonly Dictionary<string, string> s_notSent = new(StringComparer.Ordinal)
    {
        ["prompt"] = "the prompt passed to the call",
        ["stream"] = "the call decides (GetStreamingTextContentsAsync)",
        ["logprobs"] = "the setting is chat's flag; with TopLogprobs it becomes the legacy count (TextRequestMappingTests)",
        ["top_logprobs"] = "folded into the legacy logprobs count (TextRequestMappingTests)",
    };

    /// <summary>Settings whose JSON name differs from the wire name they fill.</summary>
    private static readonly Dictionary<string, string> s_settingNames = new(StringComparer.Ordinal)
    {
        ["model"] = "model_id",
        ["stop"] = "stop_sequences",
    };

    private static readonly CompletionRequest s_filled = WireFill.Create<CompletionRequest>();

    private static IEnumerable<WireMember> Fields => WireMembers.Of(typeof(CompletionRequest)).Where(m => !s_notSent.ContainsKey(m.WireName));

    public static TheoryData<string> TypedFields() => new(Fields.Where(m => Setting(m.WireName) is not null).Select(m => m.WireName));

    public static TheoryData<string> AllFields() => new(Fields.Select(m => m.WireName));

    [Theory]
    [MemberData(nameof(TypedFields))]
    public async Task Every_typed_setting_reaches_the_text_body(string wireName)
    {
        var member = Member(wireName);
        var setting = Setting(wireName)!;
        foreach (var value in WireFill.Sendable(member.Property.GetValue(s_filled)!))
        {
            var settings = new OpenRouterPromptExecutionSettings();
            setting.SetValue(settings, ToSetting(value, setting.PropertyType, member));

            await AssertSentAsync(member, value, settings, $"OpenRouterPromptExecutionSettings.{setting.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(AllFields))]
    public async Task Every_text_field_reaches_the_body_under_its_wire_name_in_extension_data(string wireName)
    {
        var member = Member(wireName);
        foreach (var value in WireFill.Sendable(member.Property.GetValue(s_filled)!))
        {
            var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { [wireName] = JsonDocument.Parse(Expected(member, value)!.ToJsonString()).RootElement.Clone() } };

            await AssertSentAsync(member, value, settings, $"PromptExecutionSettings.ExtensionData[\"{wireName}\"]");
        }
    }

    private static async Task AssertSentAsync(WireMember member, object value, PromptExecutionSettings settings, string how)
    {
        await using var emulator = OpenRouterEmulator.CreateInProcess();
        var service = new OpenRouterTextGenerationService("openai/gpt-3.5-turbo-instruct", Support.ApiKey, emulator.Endpoint, new HttpClient(emulator.CreateHandler()));

        await service.GetTextContentsAsync("Hello", settings);

        var expected = Expected(member, value);
        var sent = JsonNode.Parse(emulator.Requests[^1].Body)![member.WireName];
        Assert.True(
            JsonNode.DeepEquals(expected, sent),
            $"{member}: {how} did not reach the text request body as the serializer writes it (the Semantic Kernel text mapping: TextRequestMapper).\nExpected: {expected?.ToJsonString()}\nSent:     {sent?.ToJsonString() ?? "nothing"}");
    }

    private static JsonNode? Expected(WireMember member, object value)
    {
        var only = new CompletionRequest();
        member.Property.SetValue(only, value);
        return JsonSerializer.SerializeToNode(only, Serializer)![member.WireName];
    }

    private static object ToSetting(object value, Type settingType, WireMember member) =>
        settingType.IsInstanceOfType(value)
            ? value
            : throw new NotSupportedException($"{member}: the test cannot turn a {value.GetType().Name} into the setting's {settingType.Name}; teach ToSetting, or list the field in s_notSent.");

    private static PropertyInfo? Setting(string wireName) =>
        typeof(OpenRouterPromptExecutionSettings).GetProperties()
            .FirstOrDefault(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == s_settingNames.GetValueOrDefault(wireName, wireName));

    private static WireMember Member(string wireName) =>
        WireMembers.Of(typeof(CompletionRequest)).SingleOrDefault(m => m.WireName == wireName)
            ?? throw new InvalidOperationException($"CompletionRequest has no field \"{wireName}\".");

    private static JsonSerializerOptions Serializer { get; } = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
