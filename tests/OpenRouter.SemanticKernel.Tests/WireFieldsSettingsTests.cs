using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;
using OpenRouter.Tests.WireFields;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// One source of truth for Semantic Kernel settings: every field of <see cref="ChatCompletionRequest"/> (found by
/// reflection, filled with <see cref="WireFill"/>) has a setting of the same JSON name on
/// <see cref="OpenRouterPromptExecutionSettings"/> that reaches the chat request body, or is listed below with the
/// reason; and every one reaches the body under its wire name in plain <see cref="PromptExecutionSettings.ExtensionData"/>
/// (what prompt templates give). The text generation mapping is held to <see cref="CompletionRequest"/> the same way.
/// </summary>
public sealed class WireFieldsSettingsTests
{
    /// <summary>Chat request fields that are not settings, each with the reason.</summary>
    private static readonly Dictionary<string, string> s_notSettings = new(StringComparer.Ordinal)
    {
        ["messages"] = "the chat history",
        ["stream"] = "the call decides (GetStreamingChatMessageContentsAsync)",
    };

    /// <summary>Settings whose JSON name differs from the wire name they fill.</summary>
    private static readonly Dictionary<string, string> s_settingNames = new(StringComparer.Ordinal)
    {
        ["model"] = "model_id", // PromptExecutionSettings.ModelId
        ["stop"] = "stop_sequences", // the name the other Semantic Kernel connectors use
    };

    /// <summary>
    /// Chat request fields without a typed setting: they reach the request under their wire name in
    /// <see cref="PromptExecutionSettings.ExtensionData"/> (or a prompt template's <c>execution_settings</c>), which
    /// <see cref="Every_chat_field_reaches_the_body_under_its_wire_name_in_extension_data"/> checks for each.
    /// </summary>
    private static readonly Dictionary<string, string> s_untyped = new(StringComparer.Ordinal)
    {
        ["max_completion_tokens"] = "MaxTokens is the setting for the output length",
        ["tool_choice"] = "FunctionChoiceBehavior decides it for kernel functions",
        ["parallel_tool_calls"] = "FunctionChoiceBehavior's options decide it for kernel functions",
        ["prediction"] = "no typed setting yet",
        ["include_reasoning"] = "deprecated by OpenRouter in favour of reasoning.exclude (Reasoning)",
        ["web_search_options"] = "no typed setting yet",
        ["modalities"] = "no typed setting yet",
        ["image_config"] = "no typed setting yet",
        ["audio"] = "no typed setting yet",
        ["usage"] = "no typed setting yet (usage accounting is always on)",
        ["prompt_cache_key"] = "no typed setting yet",
        ["cache_control"] = "no typed setting yet",
        ["trace"] = "no typed setting yet",
        ["service_tier"] = "no typed setting yet",
        ["route"] = "no typed setting yet",
        ["debug"] = "no typed setting yet",
    };

    private static readonly ChatCompletionRequest s_filled = WireFill.Create<ChatCompletionRequest>();

    private static IEnumerable<WireMember> ChatFields => WireMembers.Of(typeof(ChatCompletionRequest)).Where(m => !s_notSettings.ContainsKey(m.WireName));

    public static TheoryData<string, bool> TypedChatFields()
    {
        var data = new TheoryData<string, bool>();
        foreach (var member in ChatFields.Where(m => Setting(m.WireName) is not null))
        {
            data.Add(member.WireName, false);
            data.Add(member.WireName, true);
        }

        return data;
    }

    public static TheoryData<string> AllChatFields() => new(ChatFields.Select(m => m.WireName));

    public static TheoryData<string> UntypedChatFields() => new(s_untyped.Keys);

    [Theory]
    [MemberData(nameof(AllChatFields))]
    public void Every_chat_field_has_a_setting_or_is_listed_untyped(string wireName)
    {
        var member = Member(typeof(ChatCompletionRequest), wireName);

        Assert.True(
            Setting(wireName) is not null || s_untyped.ContainsKey(wireName),
            $"{member}: OpenRouterPromptExecutionSettings has no setting with JSON name \"{SettingName(wireName)}\"; add one, or list \"{wireName}\" in s_untyped with the reason.");
    }

    [Theory]
    [MemberData(nameof(UntypedChatFields))]
    public void A_field_listed_untyped_is_a_chat_field_without_a_setting(string wireName)
    {
        var member = Member(typeof(ChatCompletionRequest), wireName);

        Assert.True(Setting(wireName) is null, $"{member}: OpenRouterPromptExecutionSettings has a setting for it now; take \"{wireName}\" out of s_untyped.");
    }

    [Theory]
    [MemberData(nameof(TypedChatFields))]
    public async Task Every_typed_setting_reaches_the_chat_body(string wireName, bool streaming)
    {
        var member = Member(typeof(ChatCompletionRequest), wireName);
        var setting = Setting(wireName)!;
        await using var emulator = OpenRouterEmulator.CreateInProcess();
        var service = new OpenRouterChatCompletionService("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint, new HttpClient(emulator.CreateHandler()));
        foreach (var value in WireFill.Sendable(member.Property.GetValue(s_filled)!))
        {
            var settings = new OpenRouterPromptExecutionSettings();
            setting.SetValue(settings, ToSetting(value, setting.PropertyType, member));

            await Chat(service, settings, streaming);

            AssertSent(member, Expected(member, value), emulator, $"OpenRouterPromptExecutionSettings.{setting.Name} ({(streaming ? "streamed" : "not streamed")})");
        }
    }

    [Theory]
    [MemberData(nameof(AllChatFields))]
    public async Task Every_chat_field_reaches_the_body_under_its_wire_name_in_extension_data(string wireName)
    {
        var member = Member(typeof(ChatCompletionRequest), wireName);
        await using var emulator = OpenRouterEmulator.CreateInProcess();
        var service = new OpenRouterChatCompletionService("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint, new HttpClient(emulator.CreateHandler()));
        foreach (var value in WireFill.Sendable(member.Property.GetValue(s_filled)!))
        {
            var expected = Expected(member, value);
            var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { [wireName] = JsonDocument.Parse(expected!.ToJsonString()).RootElement.Clone() } };

            await Chat(service, settings, streaming: false);

            AssertSent(member, expected, emulator, $"PromptExecutionSettings.ExtensionData[\"{wireName}\"]");
        }
    }

    private static async Task Chat(OpenRouterChatCompletionService service, PromptExecutionSettings settings, bool streaming)
    {
        var history = new ChatHistory();
        history.AddUserMessage("Hello");
        if (streaming)
        {
            await foreach (var update in service.GetStreamingChatMessageContentsAsync(history, settings))
            {
                _ = update;
            }
        }
        else
        {
            await service.GetChatMessageContentsAsync(history, settings);
        }
    }

    /// <summary>The field as the serializer writes it in a request with nothing else set.</summary>
    private static JsonNode? Expected(WireMember member, object value)
    {
        var only = Activator.CreateInstance(member.Owner)!;
        member.Property.SetValue(only, value);
        return JsonSerializer.SerializeToNode(only, member.Owner, Serializer)![member.WireName];
    }

    private static void AssertSent(WireMember member, JsonNode? expected, OpenRouterEmulator emulator, string how)
    {
        var sent = JsonNode.Parse(emulator.Requests[^1].Body)![member.WireName];
        Assert.True(
            JsonNode.DeepEquals(expected, sent),
            $"{member}: {how} did not reach the request body as the serializer writes it (the Semantic Kernel mapping: SettingsJson, Semantic Kernel's ToChatOptions, the M.E.AI request mapping).\nExpected: {expected?.ToJsonString()}\nSent:     {sent?.ToJsonString() ?? "nothing"}");
    }

    /// <summary>A filled value as the setting's type: open string values (ReasoningEffortLevel, OutputVerbosity) are strings there.</summary>
    private static object ToSetting(object value, Type settingType, WireMember member)
    {
        if (settingType.IsInstanceOfType(value))
        {
            return value;
        }

        if (settingType == typeof(string) && value.GetType().GetProperty("Value")?.GetValue(value) is string text)
        {
            return text;
        }

        throw new NotSupportedException($"{member}: the test cannot turn a {value.GetType().Name} into the setting's {settingType.Name}; teach ToSetting.");
    }

    private static string SettingName(string wireName) => s_settingNames.GetValueOrDefault(wireName, wireName);

    /// <summary>The setting of <see cref="OpenRouterPromptExecutionSettings"/> (or its base) with the JSON name that fills <paramref name="wireName"/>.</summary>
    private static PropertyInfo? Setting(string wireName) =>
        typeof(OpenRouterPromptExecutionSettings).GetProperties()
            .FirstOrDefault(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == SettingName(wireName));

    private static WireMember Member(Type owner, string wireName) =>
        WireMembers.Of(owner).SingleOrDefault(m => m.WireName == wireName)
            ?? throw new InvalidOperationException($"{owner.Name} has no field \"{wireName}\".");

    /// <summary>The core's request settings (its serializer context is internal): web defaults would differ, so the expected JSON is compared structurally.</summary>
    private static JsonSerializerOptions Serializer { get; } = new(JsonSerializerDefaults.General) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}
