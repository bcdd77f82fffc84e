using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Consumers;

namespace OpenRouter.Extensions.AI.Tests.Agents;

/// <summary>
/// Who runs the tools. Our IChatClient never invokes functions itself: it holds no <see cref="FunctionInvokingChatClient"/>.
/// A <see cref="ChatClientAgent"/> adds one around it by default (unless the caller's client already has one, or the
/// caller asks for the client to be used as is), so tools run exactly once per call either way.
/// </summary>
public sealed class AgentFunctionInvocationTests
{
    private static AIFunction CountingWeatherTool(List<string> calls) =>
        AIFunctionFactory.Create(
            (string city) =>
            {
                calls.Add(city);
                return $"Sunny in {city}";
            },
            "get_weather",
            "Current weather for a city.");

    [Fact]
    public async Task Our_client_has_no_function_invocation_of_its_own()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Null(harness.Client.AsIChatClient().GetService<FunctionInvokingChatClient>());
        Assert.Null(harness.ChatClient.GetService<FunctionInvokingChatClient>());
        Assert.Same(harness.Client, harness.ChatClient.GetService<OpenRouterClient>());
    }

    [Fact]
    public async Task The_agent_adds_one_function_invoking_client_around_ours_by_default()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var calls = new List<string>();
        var agent = harness.ChatClient.AsAIAgent(instructions: "Be brief.", tools: [CountingWeatherTool(calls)]);

        var invoking = agent.GetService<FunctionInvokingChatClient>();
        Assert.NotNull(invoking);
        Assert.Same(invoking, agent.ChatClient.GetService<FunctionInvokingChatClient>());
        Assert.NotSame(harness.ChatClient, agent.ChatClient);

        // Everything the agent stacked on top still reaches our client and its OpenRouterClient.
        Assert.Same(harness.Client, agent.GetService<OpenRouterClient>());
        Assert.Equal("openrouter", agent.GetService<ChatClientMetadata>()?.ProviderName);

        var response = await agent.RunAsync("What is the weather in Lyon?");
        Assert.Equal(["Lyon"], calls);
        Assert.Equal(2, harness.Emulator.Requests.Count);
        Assert.Contains("Sunny in Lyon", response.Text, StringComparison.Ordinal);

        // Adding the agent changed nothing on our client.
        Assert.Null(harness.ChatClient.GetService<FunctionInvokingChatClient>());
    }

    [Fact]
    public async Task A_client_that_already_invokes_functions_is_not_given_a_second_invoker()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var calls = new List<string>();
        using var mine = harness.ChatClient.AsBuilder().UseFunctionInvocation().Build();
        var agent = mine.AsAIAgent(instructions: "Be brief.", tools: [CountingWeatherTool(calls)]);

        Assert.Same(mine, agent.GetService<FunctionInvokingChatClient>());

        await agent.RunAsync("What is the weather in Nice?");
        Assert.Equal(["Nice"], calls);
        Assert.Equal(2, harness.Emulator.Requests.Count);
    }

    [Fact]
    public async Task Used_as_is_the_agent_returns_the_tool_call_without_running_it()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var calls = new List<string>();
        var agent = new ChatClientAgent(
            harness.ChatClient,
            new ChatClientAgentOptions
            {
                UseProvidedChatClientAsIs = true,
                ChatOptions = new ChatOptions { Instructions = "Be brief.", Tools = [CountingWeatherTool(calls)] },
            });

        Assert.Same(harness.ChatClient, agent.ChatClient);
        Assert.Null(agent.GetService<FunctionInvokingChatClient>());

        var response = await agent.RunAsync("What is the weather in Brest?");

        Assert.Empty(calls);
        Assert.Single(harness.Emulator.Requests);
        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("Brest", call.Arguments?["city"]?.ToString());
    }
}
