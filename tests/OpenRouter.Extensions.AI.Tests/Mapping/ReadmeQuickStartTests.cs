using System.Net.Http;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

/// <summary>
/// The README's Microsoft.Extensions.AI quick start and its "test your own app with the emulator" example, verbatim
/// (OpenRouter.Tests' ReadmeTests checks every README C# block line by line against the compiled sources), run here.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    private static async Task<ChatResponse> QuickStartAsync(OpenRouterClientOptions clientOptions)
    {
        // README "Quick start: IChatClient" block, from here...
        using var openRouter = new OpenRouterClient(clientOptions);   // clientOptions: new OpenRouterClientOptions { ApiKey = "sk-or-v1-..." }
        IChatClient chat = openRouter.AsIChatClient("openai/gpt-4o-mini")
            .AsBuilder()
            .UseFunctionInvocation()
            .Build();

        var options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => $"Sunny in {city}", "get_weather")] }
            .WithProviderPreferences(new ProviderPreferences { Sort = ProviderSortBy.Throughput })
            .WithFallbackModels("anthropic/claude-haiku-4.5");
        var response = await chat.GetResponseAsync("What's the weather in Paris?", options);
        Console.WriteLine($"{response.Text} (cost {response.GetOpenRouterCost()})");   // both requests of the tool loop

        // ...to here.
        return response;
    }

    [Fact]
    public async Task The_readme_quick_start_runs_a_tool_loop_with_routing_settings()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")], cost: 0.0001m));
        emulator.Enqueue(EmulatorResponse.Chat("It is sunny in Paris.", cost: 0.0002m));

        var response = await QuickStartAsync(new OpenRouterClientOptions { ApiKey = "sk-or-v1-readme", Endpoint = emulator.Endpoint });

        Assert.Equal(2, emulator.Requests.Count);
        Assert.Equal(0.0001m + 0.0002m, response.GetOpenRouterCost());
        var second = emulator.Requests[1].Json!.Value;
        Assert.Equal("throughput", second.GetProperty("provider").GetProperty("sort").GetString());
        Assert.Equal("anthropic/claude-haiku-4.5", second.GetProperty("models")[0].GetString());
        Assert.Equal("Sunny in Paris", second.GetProperty("messages")[2].GetProperty("content").GetString());
    }

    [Fact]
    public async Task The_readme_quick_start_works_on_the_emulator_defaults_too()
    {
        // No script: the emulator calls the offered tool because the prompt asks about the weather.
        await using var emulator = await OpenRouterEmulator.StartAsync();

        var response = await QuickStartAsync(new OpenRouterClientOptions { ApiKey = "sk-or-v1-readme", Endpoint = emulator.Endpoint });

        Assert.Equal(2, emulator.Requests.Count);
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-readme", Endpoint = emulator.Endpoint });
        var billed = (await client.GetKeyAsync()).Usage;
        Assert.Equal(0.0000171m, billed);   // what the quick start prints: both requests, as billed
        Assert.Equal(billed, response.GetOpenRouterCost());
        Assert.Equal("Sunny in Paris", emulator.Requests[1].Json!.Value.GetProperty("messages")[2].GetProperty("content").GetString());
    }

    [Fact]
    public async Task The_readme_emulator_example_tests_an_app_offline()
    {
        // README "Test your own app with the emulator" from here...
        await using var emulator = OpenRouterEmulator.CreateInProcess();   // or await OpenRouterEmulator.StartAsync() for a loopback server
        using var http = new HttpClient(emulator.CreateHandler());
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-test", Endpoint = emulator.Endpoint }, http);
        IChatClient chat = client.AsIChatClient("openai/gpt-4o-mini");

        emulator.Enqueue(EmulatorResponse.Chat("Paris.", reasoning: "France's capital is Paris.", cost: 0.00002m));
        var response = await chat.GetResponseAsync("Capital of France?");
        Assert.Equal("Paris.", response.Text);
        Assert.Equal("Capital of France?", emulator.Requests[0].Json!.Value.GetProperty("messages")[0].GetProperty("content").GetString());

        emulator.Enqueue(EmulatorResponse.MidStreamError("Par", 502, "Provider disconnected"));
        await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync("Capital of France?"))
            {
                Console.Write(update.Text);   // "Par" arrives, then the error is thrown
            }
        });

        // ...to here.
        Assert.Equal(0.00002m, response.AdditionalProperties?[OpenRouterPropertyNames.Cost]);
    }
}
