using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>The FromExecutionSettings / Clone / Freeze pattern, JSON names and Semantic Kernel's ToChatOptions.</summary>
public sealed class SettingsTests
{
    private static OpenRouterPromptExecutionSettings Full() => new()
    {
        ModelId = "openai/gpt-4o-mini",
        ServiceId = "svc",
        Temperature = 0.3,
        TopP = 0.9,
        TopK = 40,
        MaxTokens = 100,
        FrequencyPenalty = 0.1,
        PresencePenalty = 0.2,
        RepetitionPenalty = 1.1,
        MinP = 0.05,
        TopA = 0.3,
        Seed = 7,
        LogitBias = new Dictionary<string, double> { ["50256"] = -100 },
        Logprobs = true,
        TopLogprobs = 2,
        StopSequences = ["END"],
        ReasoningEffort = "low",
        Reasoning = new ReasoningConfig { MaxTokens = 2000 },
        Provider = new ProviderPreferences { Order = ["openai"] },
        Models = ["anthropic/claude-haiku-4.5"],
        Transforms = ["middle-out"],
        Plugins = [ChatPlugin.Web()],
        User = "u",
        SessionId = "s",
        Verbosity = "low",
        Metadata = new Dictionary<string, string> { ["team"] = "a" },
        Preset = "p",
        ChatSystemPrompt = "Be brief.",
        FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
    };

    [Fact]
    public void ToChatOptions_gives_typed_fields_and_OpenRouter_keys_as_json()
    {
        var options = new OpenRouterPromptExecutionSettings
        {
            Temperature = 0.3,
            MaxTokens = 100,
            StopSequences = ["END"],
            ReasoningEffort = "high",
            ChatSystemPrompt = "Be brief.",
            Provider = new ProviderPreferences { Order = ["openai", "azure"] },
        }.ToChatOptions(null)!;

        Assert.Equal(0.3f, options.Temperature);
        Assert.Equal(100, options.MaxOutputTokens);
        Assert.Equal(["END"], options.StopSequences!);
        Assert.Equal(ReasoningEffort.High, options.Reasoning?.Effort);
        Assert.Equal("Be brief.", options.Instructions);
        var provider = Assert.IsType<JsonElement>(options.AdditionalProperties!["provider"]);
        Assert.Equal(JsonValueKind.Object, provider.ValueKind);
        Assert.Equal("azure", provider.GetProperty("order")[1].GetString());
        Assert.False(provider.TryGetProperty("allow_fallbacks", out _)); // unset fields are not written
    }

    [Fact]
    public void Json_names_are_the_wire_names_and_the_object_round_trips()
    {
        var json = JsonSerializer.Serialize(Full());
        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "temperature", "top_p", "top_k", "max_tokens", "frequency_penalty", "presence_penalty", "repetition_penalty", "min_p", "top_a", "seed",
             "logit_bias", "logprobs", "top_logprobs", "stop_sequences", "reasoning_effort", "reasoning", "provider", "models", "transforms", "plugins",
             "user", "session_id", "verbosity", "metadata", "preset", "chat_system_prompt", "model_id", "service_id" },
            names);
        Assert.DoesNotContain("response_format", names); // null is not written

        var back = JsonSerializer.Deserialize<OpenRouterPromptExecutionSettings>(json)!;
        Assert.Equal(JsonSerializer.Serialize(Full()), JsonSerializer.Serialize(back));
    }

    [Fact]
    public void FromExecutionSettings_handles_null_same_type_and_extension_data()
    {
        Assert.NotNull(OpenRouterPromptExecutionSettings.FromExecutionSettings(null));
        var mine = Full();
        Assert.Same(mine, OpenRouterPromptExecutionSettings.FromExecutionSettings(mine));

        var behavior = FunctionChoiceBehavior.Required();
        var plain = new PromptExecutionSettings
        {
            ModelId = "m/x",
            ServiceId = "svc",
            FunctionChoiceBehavior = behavior,
            ExtensionData = new Dictionary<string, object>
            {
                ["temperature"] = 0.5,
                ["MAX_TOKENS"] = "12",
                ["provider"] = new Dictionary<string, object> { ["order"] = new[] { "openai" } },
                ["plugins"] = JsonDocument.Parse("""[{"id":"web","max_results":2}]""").RootElement,
                ["unknown_key"] = "kept",
            },
        };

        var converted = OpenRouterPromptExecutionSettings.FromExecutionSettings(plain);

        Assert.Equal(0.5, converted.Temperature);
        Assert.Equal(12, converted.MaxTokens);
        Assert.Equal(["openai"], converted.Provider!.Order!);
        Assert.Equal(2, converted.Plugins![0].MaxResults);
        Assert.Equal("m/x", converted.ModelId);
        Assert.Equal("svc", converted.ServiceId);
        Assert.Same(behavior, converted.FunctionChoiceBehavior);
        Assert.True(converted.ExtensionData!.ContainsKey("unknown_key"));
    }

    [Fact]
    public void FromExecutionSettings_rejects_values_of_the_wrong_shape()
    {
        var bad = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["provider"] = "not an object" } };
        var error = Assert.Throws<ArgumentException>(() => OpenRouterPromptExecutionSettings.FromExecutionSettings(bad));
        Assert.Contains("provider", error.Message);
    }

    [Fact]
    public void Clone_copies_every_value_and_the_lists()
    {
        var original = Full();
        var clone = (OpenRouterPromptExecutionSettings)original.Clone();

        Assert.Equal(JsonSerializer.Serialize(original), JsonSerializer.Serialize(clone));
        Assert.Same(original.FunctionChoiceBehavior, clone.FunctionChoiceBehavior);
        Assert.NotSame(original.StopSequences, clone.StopSequences);
        clone.StopSequences!.Add("STOP");
        clone.LogitBias!["1"] = 1;
        Assert.Single(original.StopSequences!);
        Assert.Single(original.LogitBias!);
    }

    [Fact]
    public void Freeze_makes_setters_throw_and_lists_read_only()
    {
        var settings = Full();
        settings.Freeze();
        settings.Freeze(); // idempotent

        Assert.True(settings.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => settings.Temperature = 1);
        Assert.Throws<InvalidOperationException>(() => settings.Provider = null);
        Assert.Throws<InvalidOperationException>(() => settings.ModelId = "x");
        Assert.Throws<NotSupportedException>(() => settings.StopSequences!.Add("x"));
        Assert.Throws<NotSupportedException>(() => settings.Plugins!.Clear());
        Assert.Throws<NotSupportedException>(() => settings.LogitBias!["1"] = 1);

        var clone = (OpenRouterPromptExecutionSettings)settings.Clone();
        Assert.False(clone.IsFrozen);
        clone.Temperature = 1;
        clone.StopSequences!.Add("x");
    }
}
