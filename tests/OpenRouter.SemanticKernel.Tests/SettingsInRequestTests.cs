using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>Settings from prompt templates, plain extension data and the typed class reach the request body; services are selected by settings.</summary>
public sealed class SettingsInRequestTests
{
    private const string TemplateJson = """
        {
          "name": "capital",
          "template": "What is the capital of {{$country}}?",
          "template_format": "semantic-kernel",
          "execution_settings": {
            "default": {
              "temperature": 0.2,
              "max_tokens": 64,
              "stop_sequences": ["END"],
              "top_k": 40,
              "min_p": 0.05,
              "repetition_penalty": 1.1,
              "seed": 7,
              "user": "user-42",
              "session_id": "session-1",
              "provider": { "order": ["anthropic", "openai"], "sort": "price", "allow_fallbacks": false },
              "models": ["anthropic/claude-haiku-4.5", "openai/gpt-4o-mini"],
              "reasoning": { "effort": "high" },
              "transforms": ["middle-out"],
              "plugins": [ { "id": "web", "max_results": 3 } ]
            }
          }
        }
        """;

    // The same settings as TemplateJson, written as a YAML prompt template (the form most Semantic Kernel samples use).
    private const string TemplateYaml = """
        name: capital
        template: What is the capital of {{$country}}?
        template_format: semantic-kernel
        execution_settings:
          default:
            temperature: 0.2
            max_tokens: 64
            stop_sequences: [END]
            top_k: 40
            min_p: 0.05
            repetition_penalty: 1.1
            seed: 7
            user: user-42
            session_id: session-1
            provider:
              order: [anthropic, openai]
              sort: price
              allow_fallbacks: false
            models:
              - anthropic/claude-haiku-4.5
              - openai/gpt-4o-mini
            reasoning:
              effort: high
            transforms: [middle-out]
            plugins:
              - id: web
                max_results: 3
        """;

    private static void AssertTemplateSettingsInBody(JsonElement body)
    {
        Assert.Equal(0.2, body.GetProperty("temperature").GetDouble(), 5);
        Assert.Equal(64, body.GetProperty("max_tokens").GetInt32());
        Assert.Equal("END", body.GetProperty("stop")[0].GetString());
        Assert.Equal(40, body.GetProperty("top_k").GetInt32());
        Assert.Equal(0.05, body.GetProperty("min_p").GetDouble(), 5);
        Assert.Equal(1.1, body.GetProperty("repetition_penalty").GetDouble(), 5);
        Assert.Equal(7, body.GetProperty("seed").GetInt64());
        Assert.Equal("user-42", body.Text("user"));
        Assert.Equal("session-1", body.Text("session_id"));
        var provider = body.GetProperty("provider");
        Assert.Equal(["anthropic", "openai"], provider.GetProperty("order").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("price", provider.Text("sort"));
        Assert.False(provider.GetProperty("allow_fallbacks").GetBoolean());
        Assert.Equal(["anthropic/claude-haiku-4.5", "openai/gpt-4o-mini"], body.GetProperty("models").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("high", body.GetProperty("reasoning").Text("effort"));
        Assert.Equal("middle-out", body.GetProperty("transforms")[0].GetString());
        Assert.Equal("web", body.GetProperty("plugins")[0].Text("id"));
        Assert.Equal(3, body.GetProperty("plugins")[0].GetProperty("max_results").GetInt32());
    }

    private static PromptTemplateConfig Template(string format) =>
        format == "yaml" ? YamlPromptLoader.Load(TemplateYaml) : PromptTemplateConfig.FromJson(TemplateJson);

    [Theory]
    [InlineData("json", false)]
    [InlineData("json", true)]
    [InlineData("yaml", false)]
    [InlineData("yaml", true)]
    public async Task A_prompt_template_carries_OpenRouter_settings_to_the_chat_request(string format, bool streaming)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("Paris."));
        var kernel = Support.BuildKernel(b => b.AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint));
        var function = KernelFunctionFactory.CreateFromPrompt(Template(format));
        var arguments = new KernelArguments { ["country"] = "France" };

        var text = streaming
            ? string.Concat(await function.InvokeStreamingAsync<string>(kernel, arguments).ToListAsync())
            : (await kernel.InvokeAsync(function, arguments)).ToString();

        Assert.Equal("Paris.", text);
        var body = Assert.Single(emulator.Requests).Json!.Value;
        Assert.Equal("What is the capital of France?", body.GetProperty("messages")[0].Text("content"));
        AssertTemplateSettingsInBody(body);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public async Task A_prompt_template_carries_OpenRouter_settings_to_the_text_request(string format)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Completion("Paris."));
        var kernel = Support.BuildKernel(b => b.AddOpenRouterTextGeneration("openai/gpt-3.5-turbo-instruct", Support.ApiKey, emulator.Endpoint));
        var function = KernelFunctionFactory.CreateFromPrompt(Template(format));

        var result = await kernel.InvokeAsync(function, new KernelArguments { ["country"] = "France" });

        Assert.Equal("Paris.", result.ToString());
        var body = Assert.Single(emulator.Requests).Json!.Value;
        Assert.Equal("What is the capital of France?", body.Text("prompt"));
        AssertTemplateSettingsInBody(body);
    }

    [Fact]
    public void The_yaml_loader_yields_the_untyped_values_semantic_kernel_yaml_does()
    {
        var data = YamlPromptLoader.Load(TemplateYaml).ExecutionSettings["default"].ExtensionData!;

        Assert.Equal("0.2", data["temperature"]);
        Assert.IsType<Dictionary<object, object>>(data["provider"]);
        Assert.IsType<List<object>>(data["models"]);
    }

    [Fact]
    public void Yaml_settings_convert_to_the_typed_settings()
    {
        var settings = OpenRouterPromptExecutionSettings.FromExecutionSettings(YamlPromptLoader.Load(TemplateYaml).ExecutionSettings["default"]);

        Assert.Equal((0.2, 64, 40, 7L), (settings.Temperature, settings.MaxTokens, settings.TopK, settings.Seed));
        Assert.Equal(["END"], settings.StopSequences!);
        Assert.False(settings.Provider!.AllowFallbacks);
        Assert.Equal(["anthropic", "openai"], settings.Provider.Order!);
        Assert.Equal(3, settings.Plugins![0].MaxResults);
    }

    [Fact]
    public async Task Plain_extension_data_reaches_the_body()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("ok"));
        var kernel = Support.BuildKernel(b => b.AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint));
        var settings = new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object>
            {
                ["temperature"] = 0.2,
                ["max_tokens"] = 64,
                ["stop_sequences"] = new[] { "END" },
                ["top_k"] = 40,
                ["min_p"] = 0.05,
                ["repetition_penalty"] = 1.1,
                ["seed"] = 7,
                ["user"] = "user-42",
                ["session_id"] = "session-1",
                ["provider"] = new Dictionary<string, object> { ["order"] = new[] { "anthropic", "openai" }, ["sort"] = "price", ["allow_fallbacks"] = false },
                ["models"] = new[] { "anthropic/claude-haiku-4.5", "openai/gpt-4o-mini" },
                ["reasoning"] = new Dictionary<string, object> { ["effort"] = "high" },
                ["transforms"] = new[] { "middle-out" },
                ["plugins"] = new[] { new Dictionary<string, object> { ["id"] = "web", ["max_results"] = 3 } },
            },
        };

        await kernel.InvokePromptAsync("Hi", new KernelArguments(settings));

        AssertTemplateSettingsInBody(Assert.Single(emulator.Requests).Json!.Value);
    }

    [Fact]
    public async Task A_reasoning_effort_with_a_reasoning_budget_fails_before_any_request_for_chat_and_text()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var chat = new OpenRouterChatCompletionService("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint);
        var text = new OpenRouterTextGenerationService("openai/gpt-3.5-turbo-instruct", Support.ApiKey, emulator.Endpoint);
        var settings = new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object>
            {
                ["reasoning_effort"] = "high",
                ["reasoning"] = new Dictionary<string, object> { ["max_tokens"] = 2000 },
            },
        };

        var fromChat = await Assert.ThrowsAnyAsync<ArgumentException>(() => chat.GetChatMessageContentsAsync(new ChatHistory("Hi"), settings));
        var fromStream = await Assert.ThrowsAnyAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in chat.GetStreamingChatMessageContentsAsync(new ChatHistory("Hi"), settings))
            {
            }
        });
        var fromText = await Assert.ThrowsAnyAsync<ArgumentException>(() => text.GetTextContentsAsync("Hi", settings));

        foreach (var ex in new[] { fromChat, fromStream, fromText })
        {
            Assert.Contains("is \"high\" and", ex.Message, StringComparison.Ordinal);
            Assert.Contains("max_tokens", ex.Message, StringComparison.Ordinal);
            Assert.Contains("OpenRouter rejects reasoning.effort together with reasoning.max_tokens", ex.Message, StringComparison.Ordinal);
        }

        Assert.Contains("OpenRouterPromptExecutionSettings.ReasoningEffort (reasoning_effort)", fromText.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task Typed_settings_reach_the_body()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("ok"));
        var chat = new OpenRouterChatCompletionService("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint);
        var settings = new OpenRouterPromptExecutionSettings
        {
            Temperature = 0.2,
            MaxTokens = 64,
            StopSequences = ["END"],
            TopK = 40,
            MinP = 0.05,
            RepetitionPenalty = 1.1,
            Seed = 7,
            User = "user-42",
            SessionId = "session-1",
            Provider = new ProviderPreferences { Order = ["anthropic", "openai"], Sort = ProviderSortBy.Price, AllowFallbacks = false },
            Models = ["anthropic/claude-haiku-4.5", "openai/gpt-4o-mini"],
            Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.High },
            Transforms = ["middle-out"],
            Plugins = [ChatPlugin.Web(maxResults: 3)],
            ResponseFormat = "json_object",
            TopA = 0.3,
            LogitBias = new Dictionary<string, double> { ["50256"] = -100 },
            Verbosity = "low",
        };

        await chat.GetChatMessageContentAsync("Hi", settings);

        var body = Assert.Single(emulator.Requests).Json!.Value;
        AssertTemplateSettingsInBody(body);
        Assert.Equal("json_object", body.GetProperty("response_format").Text("type"));
        Assert.Equal(0.3, body.GetProperty("top_a").GetDouble(), 5);
        Assert.Equal(-100, body.GetProperty("logit_bias").GetProperty("50256").GetDouble());
        Assert.Equal("low", body.Text("verbosity"));
    }

    [Fact]
    public async Task Two_services_are_selected_by_service_id_and_by_model_id()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var kernel = Support.BuildKernel(b => b
            .AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint, serviceId: "fast")
            .AddOpenRouterChatCompletion("anthropic/claude-sonnet-4.5", Support.ApiKey, emulator.Endpoint, serviceId: "smart"));

        await kernel.InvokePromptAsync("a", new KernelArguments(new PromptExecutionSettings { ServiceId = "smart" }));
        await kernel.InvokePromptAsync("b", new KernelArguments(new OpenRouterPromptExecutionSettings { ServiceId = "fast" }));
        await kernel.InvokePromptAsync("c", new KernelArguments(new PromptExecutionSettings { ModelId = "anthropic/claude-sonnet-4.5" }));
        await kernel.InvokePromptAsync("d", new KernelArguments(new PromptExecutionSettings { ModelId = "openai/gpt-4o-mini" }));

        Assert.Equal(
            ["anthropic/claude-sonnet-4.5", "openai/gpt-4o-mini", "anthropic/claude-sonnet-4.5", "openai/gpt-4o-mini"],
            emulator.Requests.Select(r => r.Json!.Value.Text("model")));
        Assert.Equal("anthropic/claude-sonnet-4.5", kernel.GetRequiredService<IChatCompletionService>("smart").Attributes[Microsoft.SemanticKernel.Services.AIServiceExtensions.ModelIdKey]);
    }
}
