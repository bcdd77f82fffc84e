using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>
/// The budget under <c>UseFunctionInvocation()</c>. Inside it (the recommended placement, added after it) the budget sees
/// each HTTP call of a tool loop and stops the loop between calls; outside it, it checks once per turn and counts the
/// turn's total.
/// </summary>
public sealed class BudgetPlacementTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Inside_function_invocation_every_http_call_of_a_tool_loop_is_counted(bool streamed)
    {
        await using var rig = new BudgetRig();
        EnqueueToolLoop(rig, 0.003m, 0.005m);
        var store = new OpenRouterInMemorySpendStore();
        var calls = 0;
        using var client = rig.ChatClient.AsBuilder()
            .UseFunctionInvocation()
            .UseOpenRouterBudget(1m, o => o.Store = store)
            .Build();

        var response = await ChatCalls.AskAsync(client, streamed, "Weather in Paris?", Options(() => calls++));

        Assert.Equal(1, calls);
        Assert.Equal(2, rig.ChatRequests);
        Assert.Contains("Sunny", response.Text, StringComparison.Ordinal);
        Assert.Equal(8_000_000, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Inside_function_invocation_the_budget_stops_a_tool_loop_between_http_calls(bool streamed)
    {
        await using var rig = new BudgetRig();
        EnqueueToolLoop(rig, 0.003m, 0.005m);
        var calls = 0;
        using var client = rig.ChatClient.AsBuilder()
            .UseFunctionInvocation()
            .UseOpenRouterBudget(0.002m)
            .Build();

        var refused = await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => ChatCalls.AskAsync(client, streamed, "Weather in Paris?", Options(() => calls++)));

        Assert.Equal(1, calls);
        Assert.Equal(1, rig.ChatRequests);
        Assert.Equal(0.003m, refused.SpentUsd);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Outside_function_invocation_the_turn_is_checked_once_and_counted_whole(bool streamed)
    {
        await using var rig = new BudgetRig();
        EnqueueToolLoop(rig, 0.003m, 0.005m);
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder()
            .UseOpenRouterBudget(0.002m, o => o.Store = store)
            .UseFunctionInvocation()
            .Build();

        // The turn starts under the limit, so both of its HTTP calls run; the whole turn is counted.
        await ChatCalls.AskAsync(client, streamed, "Weather in Paris?", Options(() => { }));

        Assert.Equal(2, rig.ChatRequests);
        Assert.Equal(8_000_000, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
        await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => ChatCalls.AskAsync(client, streamed, "Again?", Options(() => { })));
        Assert.Equal(2, rig.ChatRequests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Below_a_cache_a_cache_hit_costs_nothing(bool streamed)
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.003m);
        var store = new OpenRouterInMemorySpendStore();
        var cache = new Microsoft.Extensions.Caching.Distributed.MemoryDistributedCache(Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Caching.Memory.MemoryDistributedCacheOptions()));
        using var client = rig.ChatClient.AsBuilder()
            .UseDistributedCache(cache)
            .UseOpenRouterBudget(1m, o => o.Store = store)
            .Build();

        await ChatCalls.AskAsync(client, streamed, "Same question");
        await ChatCalls.AskAsync(client, streamed, "Same question");

        Assert.Equal(1, rig.ChatRequests);
        Assert.Equal(3_000_000, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    private static void EnqueueToolLoop(BudgetRig rig, decimal firstCost, decimal secondCost)
    {
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "get_weather", """{"city":"Paris"}""")], cost: firstCost));
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Chat("Sunny in Paris.", cost: secondCost));
    }

    private static ChatOptions Options(Action onCall) =>
        new() { Tools = [AIFunctionFactory.Create((string city) => { onCall(); return $"Sunny in {city}"; }, "get_weather", "Weather for a city.")] };
}
