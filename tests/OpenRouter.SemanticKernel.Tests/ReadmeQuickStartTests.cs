using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>The README's Semantic Kernel quick start, run against the emulator.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public async Task The_readme_quick_start_calls_the_plugin_and_the_template_reaches_the_request()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "Weather_get_weather", "{\"city\":\"Paris\"}")]));
        emulator.Enqueue(EmulatorResponse.Chat("It is sunny in Paris.", cost: 0.0002m, provider: "OpenAI"));
        emulator.Enqueue(EmulatorResponse.Chat("Paris."));

        var builder = Kernel.CreateBuilder()
            .AddOpenRouterChatCompletion("openai/gpt-4o-mini", "sk-or-v1-readme", emulator.Endpoint);
        builder.Plugins.AddFromType<ReadmeWeatherPlugin>("Weather");
        var kernel = builder.Build();

        var chat = kernel.GetRequiredService<IChatCompletionService>();
        var history = new ChatHistory();
        history.AddUserMessage("What's the weather in Paris?");
        var settings = new OpenRouterPromptExecutionSettings
        {
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
            Provider = new ProviderPreferences { Sort = ProviderSortBy.Throughput },
            Models = ["anthropic/claude-haiku-4.5"],
        };
        var answer = await chat.GetChatMessageContentAsync(history, settings, kernel);

        Assert.Equal("It is sunny in Paris.", answer.Content);
        Assert.Equal("OpenAI", answer.Metadata?[OpenRouterMetadataKeys.Provider]);
        Assert.Equal(0.0002m, answer.Metadata?[OpenRouterMetadataKeys.Cost]);
        Assert.Equal(3, history.Count);
        var second = emulator.Body(1);
        Assert.Equal("throughput", second.GetProperty("provider").Text("sort"));
        Assert.Equal("Sunny in Paris", second.GetProperty("messages")[2].Text("content"));

        var function = KernelFunctionFactory.CreateFromPrompt(PromptTemplateConfig.FromJson("""
            {
              "template": "What is the capital of {{$country}}?",
              "execution_settings": {
                "default": {
                  "temperature": 0.2, "max_tokens": 64, "stop_sequences": ["END"],
                  "provider": { "order": ["anthropic", "openai"], "sort": "price" },
                  "models": ["anthropic/claude-haiku-4.5"],
                  "reasoning": { "effort": "high" },
                  "transforms": ["middle-out"],
                  "plugins": [ { "id": "web", "max_results": 3 } ]
                }
              }
            }
            """));
        var result = await kernel.InvokeAsync(function, new() { ["country"] = "France" });

        Assert.Equal("Paris.", result.ToString());
        Assert.Equal("price", emulator.Body(2).GetProperty("provider").Text("sort"));
    }

    public sealed class ReadmeWeatherPlugin
    {
        [KernelFunction("get_weather"), System.ComponentModel.Description("Gets the weather of a city.")]
        public string GetWeather(string city) => $"Sunny in {city}";
    }
}
