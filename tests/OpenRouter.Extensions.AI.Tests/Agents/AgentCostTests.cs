using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Consumers;
using OpenRouter.Extensions.AI.Tests.Cost;

namespace OpenRouter.Extensions.AI.Tests.Agents;

/// <summary>
/// An Agent Framework run's cost: the agent sums the usage of every OpenRouter call of the run (its tool loop too), and
/// the cost travels in that usage, so <c>response.Usage.GetOpenRouterCost()</c> is what the emulator billed.
/// </summary>
public sealed class AgentCostTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_run_with_a_tool_costs_what_the_emulator_billed(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        AIAgent agent = harness.ChatClient.AsAIAgent(instructions: "Answer in one sentence.", tools: [Billing.WeatherTool()]);

        var response = await AgentRuns.RunAsync(agent, "What's the weather in Paris?", session: null, streamed);

        Assert.Equal(2, harness.Emulator.Requests.Count);
        var billed = await Billing.BilledAsync(harness.Client, harness.Emulator);
        Assert.Equal(billed, response.Usage.GetOpenRouterCost());
        Assert.Equal(billed, response.Usage.GetOpenRouterSpend());
    }

    [Fact]
    public async Task The_turns_of_a_session_add_up_to_the_bill()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        AIAgent agent = harness.ChatClient.AsAIAgent(instructions: "Answer in one sentence.", tools: [Billing.WeatherTool()]);
        var session = await agent.CreateSessionAsync();

        var total = new UsageDetails();
        total.Add((await AgentRuns.RunAsync(agent, "What's the weather in Paris?", session, streamed: false)).Usage!);
        total.Add((await AgentRuns.RunAsync(agent, "And in Lyon? Check the weather.", session, streamed: true)).Usage!);
        total.Add((await AgentRuns.RunAsync(agent, "Thanks!", session, streamed: false)).Usage!);

        Assert.True(harness.Emulator.Requests.Count >= 4, $"expected two tool loops and an answer, got {harness.Emulator.Requests.Count} requests");
        Assert.Equal(await Billing.BilledAsync(harness.Client, harness.Emulator), total.GetOpenRouterCost());
    }
}
