using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Extensions.AI.Redis;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>
/// The README's "Budgets" examples (and OpenRouter.Extensions.AI.Redis's package readme), compiled here verbatim and run
/// against the emulator, so that they cannot drift from the API (tests/OpenRouter.Tests/Client/ReadmeTests.cs checks
/// each block stands in a compiled file).
/// </summary>
public sealed class ReadmeBudgetTests
{
    [Fact]
    public async Task The_budget_example_stops_a_tool_loop_once_five_dollars_are_spent()
    {
        await using var rig = new BudgetRig();
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "get_weather", """{"city":"Paris"}""")], cost: 6m));
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Chat("Sunny in Paris.", cost: 0.001m));
        var weatherCalls = 0;
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => { weatherCalls++; return $"Sunny in {city}"; }, "get_weather")] };

        await BudgetExampleAsync(rig.Client, options);

        Assert.Equal(1, weatherCalls);
        Assert.Equal(1, rig.ChatRequests);
    }

    [Fact]
    public async Task The_scoped_example_answers_within_the_estimate()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.0004m);

        var answer = await ScopedExampleAsync(rig.Client);

        Assert.Contains("Answer costing", answer.Text, StringComparison.Ordinal);
        Assert.Equal(1, rig.ChatRequests);
    }

    [Fact]
    public async Task The_store_example_registers_the_Redis_store_and_a_budgeted_chat_client()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue("chat/completions", EmulatorResponse.Chat("Within budget.", cost: 0.01m));
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = "sk-or-v1-readme",
            ["OpenRouter:Endpoint"] = emulator.Endpoint.ToString(),
            ["OpenRouter:DefaultModel"] = BudgetRig.Model,
        }).Build());
        StoreExample(services);

        await using (var provider = services.BuildServiceProvider())
        {
            var redisStore = provider.GetRequiredService<IOpenRouterSpendStore>();
            Assert.IsType<OpenRouterRedisSpendStore>(redisStore);
            Assert.StartsWith("openrouter:budget:global:", ((OpenRouterRedisSpendStore)redisStore).GetKey(OpenRouterBudgetOptions.GlobalScope), StringComparison.Ordinal);
        }

        // The same pipeline on a store of the test's own, so that nothing is written to a Redis on localhost:6379.
        var memory = new OpenRouterInMemorySpendStore();
        services.AddSingleton<IOpenRouterSpendStore>(memory);
        await using var withMemory = services.BuildServiceProvider();
        var response = await withMemory.GetRequiredService<IChatClient>().GetResponseAsync("Hi");

        Assert.Equal("Within budget.", response.Text);
        Assert.Equal(10_000_000, await memory.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    private static async Task BudgetExampleAsync(OpenRouterClient openRouter, ChatOptions options)
    {
        IChatClient chat = openRouter.AsIChatClient("openai/gpt-4o-mini")
            .AsBuilder()
            .UseFunctionInvocation()
            .UseOpenTelemetry()
            .UseOpenRouterBudget(5m)
            .Build();
        try
        {
            Console.WriteLine(await chat.GetResponseAsync("What's the weather in Paris?", options));
        }
        catch (OpenRouterBudgetExceededException e)
        {
            Console.WriteLine($"Budget used up: ${e.SpentUsd} of ${e.LimitUsd} spent.");
        }
    }

    private static async Task<ChatResponse> ScopedExampleAsync(OpenRouterClient openRouter)
    {
        IChatClient perUser = openRouter.AsIChatClient("openai/gpt-4o-mini")
            .AsBuilder()
            .UseFunctionInvocation()
            .UseOpenRouterBudget(0.50m, o =>
            {
                o.EstimateBeforeCall = true;
                o.ScopeLimit = scope => scope.StartsWith("premium:", StringComparison.Ordinal) ? 5m : null;
            })
            .Build();
        var answer = await perUser.GetResponseAsync("Summarise my inbox.",
            new ChatOptions { MaxOutputTokens = 800 }.WithOpenRouterBudgetScope("user-42"));
        return answer;
    }

    private static void StoreExample(IServiceCollection services)
    {
        services.AddOpenRouterRedisSpendStore("localhost:6379", o => o.Window = TimeSpan.FromDays(1));
        services.AddOpenRouterChatClient()
            .UseFunctionInvocation()
            .UseOpenRouterBudget(100m, o => o.StoreFailureMode = OpenRouterBudgetFailureMode.FailOpen);
    }
}
