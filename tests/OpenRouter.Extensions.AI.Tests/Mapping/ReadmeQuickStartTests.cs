using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

/// <summary>The README's Microsoft.Extensions.AI quick start, run against the emulator.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public async Task The_readme_quick_start_runs_a_tool_loop_with_routing_settings()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")]));
        emulator.Enqueue(EmulatorResponse.Chat("It is sunny in Paris.", cost: 0.0002m));

        using var openRouter = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-readme", Endpoint = emulator.Endpoint });
        IChatClient chat = openRouter.AsIChatClient("openai/gpt-4o-mini")
            .AsBuilder()
            .UseFunctionInvocation()
            .Build();

        var options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => $"Sunny in {city}", "get_weather")] }
            .WithProviderPreferences(new ProviderPreferences { Sort = ProviderSortBy.Throughput })
            .WithFallbackModels("anthropic/claude-haiku-4.5");
        var response = await chat.GetResponseAsync("What's the weather in Paris?", options);

        Assert.Equal("It is sunny in Paris.", response.Text);
        Assert.Equal(0.0002m, response.AdditionalProperties?[OpenRouterPropertyNames.Cost]);
        Assert.Equal(2, emulator.Requests.Count);
        var second = emulator.Requests[1].Json!.Value;
        Assert.Equal("throughput", second.GetProperty("provider").GetProperty("sort").GetString());
        Assert.Equal("Sunny in Paris", second.GetProperty("messages")[2].GetProperty("content").GetString());
    }
}
