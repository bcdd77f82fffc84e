using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Consumers;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Agents;

/// <summary>
/// The README's Agent Framework example, verbatim (OpenRouter.Tests' ReadmeTests checks every README C# block line by
/// line against the compiled sources), run against the emulator without a script.
/// </summary>
public sealed class ReadmeAgentTests
{
    private static async Task<(AIAgent Agent, AgentSession Restored)> AgentQuickStartAsync(OpenRouterClientOptions clientOptions)
    {
        // README "Agents" block, from here...
        using var openRouter = new OpenRouterClient(clientOptions);   // clientOptions: new OpenRouterClientOptions { ApiKey = "sk-or-v1-..." }
        AIAgent agent = openRouter.AsIChatClient("anthropic/claude-sonnet-4.5").AsAIAgent(
            instructions: "You are a travel assistant. Use the tools, then answer in one sentence.",
            name: "travel",
            tools: [AIFunctionFactory.Create((string city) => $"Sunny, 24 degrees in {city}", "get_weather", "Current weather for a city.")]);

        AgentSession session = await agent.CreateSessionAsync();
        Console.WriteLine(await agent.RunAsync("What's the weather in Lisbon?", session));   // the agent runs get_weather
        await foreach (var update in agent.RunStreamingAsync("And what should I pack?", session))
        {
            Console.Write(update);
        }

        // Save the session (history and reasoning) and carry on later, in another agent instance or process.
        string saved = (await agent.SerializeSessionAsync(session)).GetRawText();
        AgentSession restored = await agent.DeserializeSessionAsync(JsonElement.Parse(saved));

        // ...to here.
        return (agent, restored);
    }

    [Fact]
    public async Task The_readme_agent_example_calls_the_tool_streams_a_second_turn_and_restores_the_session()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var options = new OpenRouterClientOptions { ApiKey = "sk-or-v1-readme", Endpoint = emulator.Endpoint };

        var (agent, restored) = await AgentQuickStartAsync(options);

        // Turn 1: the tool call, then the answer from its result; turn 2 streamed, with the whole history.
        Assert.Equal(3, emulator.Requests.Count);
        var first = emulator.Requests[0].Json!.Value;
        Assert.Equal("system", first.GetProperty("messages")[0].GetProperty("role").GetString());
        Assert.Equal("get_weather", first.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString());
        Assert.Equal("Sunny, 24 degrees in Lisbon", emulator.Requests[1].Json!.Value.GetProperty("messages")[3].GetProperty("content").GetString());
        var third = JsonNode.Parse(emulator.Requests[2].Body)!;
        Assert.True((bool?)third["stream"]);
        Assert.Equal(["system", "user", "assistant", "tool", "assistant", "user"], third["messages"]!.AsArray().Select(m => (string?)m!["role"]));

        // The restored session holds the four turns' messages (user, call, result, answer; user, answer).
        Assert.True(restored.TryGetInMemoryChatHistory(out var history));
        Assert.Equal(6, history!.Count);
        Assert.Contains("Sunny, 24 degrees in Lisbon", history[3].Text, StringComparison.Ordinal);
        Assert.Equal(ChatRole.Assistant, history[^1].Role);
    }
}
