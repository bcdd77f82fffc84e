using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Mapping;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Cost;

/// <summary>
/// The cost of a whole tool loop under <c>UseFunctionInvocation</c>, streamed and not: <c>GetOpenRouterCost()</c> equals
/// what the emulator billed for every request, where the per-call property holds only the last request's.
/// </summary>
public sealed class ToolLoopCostTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_tool_loop_costs_what_the_emulator_billed_for_both_requests(bool streamed)
    {
        // The README quick start, unscripted: the emulator calls get_weather, then answers from its result.
        await using var h = new Harness("openai/gpt-4o-mini");
        using var chat = h.ChatClient.AsBuilder().UseFunctionInvocation().Build();

        var response = await ChatCalls.AskAsync(chat, streamed, "What's the weather in Paris?", new ChatOptions { Tools = [Billing.WeatherTool()] });

        Assert.Equal(2, h.Emulator.Requests.Count);
        var billed = await Billing.BilledAsync(h.Client, h.Emulator);
        Assert.Equal(0.0000171m, billed);
        Assert.Equal(billed, response.GetOpenRouterCost());
        Assert.Equal(billed, response.Usage.GetOpenRouterCost());
        Assert.Equal(billed, response.GetOpenRouterSpend());
        Assert.True(Billing.LastCallCost(response) < billed, "the per-call property is the last request's cost only");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Scripted_costs_add_up_exactly(bool streamed)
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "get_weather", """{"city":"Paris"}""")], cost: 0.00000003m));
        h.Emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_2", "get_weather", """{"city":"Lyon"}""")], cost: 0.00123m));
        h.Emulator.Enqueue(EmulatorResponse.Chat("Sunny in both.", cost: 0.00000001875m));
        using var chat = h.ChatClient.AsBuilder().UseFunctionInvocation().Build();

        var response = await ChatCalls.AskAsync(chat, streamed, "Weather in Paris and Lyon?", new ChatOptions { Tools = [Billing.WeatherTool()] });

        Assert.Equal(3, h.Emulator.Requests.Count);
        Assert.Equal(0.00123004875m, response.GetOpenRouterCost());
        Assert.Equal(0.00123004875m, response.Usage.GetOpenRouterCost());
        Assert.Equal(await Billing.BilledAsync(h.Client, h.Emulator), response.GetOpenRouterCost());
    }

    [Fact]
    public async Task Usage_added_across_calls_adds_their_costs()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Chat("one", cost: 0.0004m));
        h.Emulator.Enqueue(EmulatorResponse.Chat("two", cost: 0.0006m));

        var first = await h.ChatClient.GetResponseAsync("1");
        var second = await h.ChatClient.GetStreamingResponseAsync("2").ToChatResponseAsync();
        var total = new UsageDetails();
        total.Add(first.Usage!);
        total.Add(second.Usage!);

        Assert.Equal(0.0004m, first.GetOpenRouterCost());
        Assert.Equal(0.0006m, second.GetOpenRouterCost());
        Assert.Equal(0.001m, total.GetOpenRouterCost());
    }

    [Fact]
    public async Task Each_streamed_usage_update_carries_its_calls_cost_count()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Chat("Hello there, streamed.", cost: 0.00025m));

        var updates = await h.ChatClient.GetStreamingResponseAsync("hi").ToListAsync();

        var usage = Assert.Single(updates.SelectMany(u => u.Contents).OfType<UsageContent>());
        Assert.Equal(250_000_000L, usage.Details.AdditionalCounts![OpenRouterPropertyNames.CostPicoUsd]);
        Assert.Equal(0.00025m, usage.Details.GetOpenRouterCost());
        Assert.Equal(0.00025m, updates.ToChatResponse().GetOpenRouterCost());
    }
}
