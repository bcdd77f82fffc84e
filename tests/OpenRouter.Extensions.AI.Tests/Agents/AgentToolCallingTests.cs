using System.Text.Json.Nodes;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Consumers;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Agents;

/// <summary>
/// A Microsoft Agent Framework <see cref="ChatClientAgent"/> built on our IChatClient, with instructions and function
/// tools, against the emulator without a script: the emulated model asks for the tool the question names, the agent's
/// own function invocation runs it, and the emulated model answers from the tool's result.
/// </summary>
public sealed class AgentToolCallingTests
{
    private const string Instructions = "You are a weather assistant. Answer in one sentence.";
    private const string ToolResult = "Sunny and 21 degrees in Paris";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_agent_calls_the_tool_and_answers_from_its_result(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var cities = new List<string>();
        var weather = AIFunctionFactory.Create(
            (string city) =>
            {
                cities.Add(city);
                return city == "Paris" ? ToolResult : "unknown city";
            },
            "get_weather",
            "Current weather for a city.");
        var clock = AIFunctionFactory.Create(() => "12:00", "get_local_time", "Local clock time.");
        AIAgent agent = harness.ChatClient.AsAIAgent(instructions: Instructions, name: "forecaster", tools: [weather, clock]);

        var response = await AgentRuns.RunAsync(agent, "What is the weather in Paris?", session: null, streamed);

        // The tool ran once, with the argument the model chose, and the answer is built from what it returned.
        Assert.Equal(["Paris"], cities);
        Assert.Equal($"Here is what I found. get_weather: {ToolResult}.", response.Text);
        Assert.Equal([ChatRole.Assistant, ChatRole.Tool, ChatRole.Assistant], response.Messages.Select(m => m.Role));
        var call = Assert.Single(response.Messages[0].Contents.OfType<FunctionCallContent>());
        Assert.Equal("get_weather", call.Name);
        var result = Assert.Single(response.Messages[1].Contents.OfType<FunctionResultContent>());
        Assert.Equal(call.CallId, result.CallId);
        Assert.Equal(ToolResult, result.Result?.ToString());

        // Two requests (the call, then the answer); each carries the instructions as the system message and both tools.
        Assert.Equal(2, harness.Emulator.Requests.Count);
        for (var i = 0; i < 2; i++)
        {
            var body = harness.RequestBody(i);
            var messages = Assert.IsType<JsonArray>(body["messages"]);
            JsonAssert.DeepEqual($$"""{"role":"system","content":"{{Instructions}}"}""", messages[0]);
            Assert.Single(messages, m => (string?)m!["role"] == "system");
            var tools = Assert.IsType<JsonArray>(body["tools"]);
            Assert.Equal(["get_weather", "get_local_time"], tools.Select(t => (string?)t!["function"]!["name"]));
            JsonAssert.DeepEqual(
                """{"type":"function","function":{"name":"get_weather","description":"Current weather for a city.","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}""",
                tools[0]);
            Assert.Equal(streamed, (bool?)body["stream"] ?? false);
        }

        // The second request sends the call and its result back, paired by the call id.
        var second = Assert.IsType<JsonArray>(harness.RequestBody(1)["messages"]);
        Assert.Equal(["system", "user", "assistant", "tool"], second.Select(m => (string?)m!["role"]));
        Assert.Equal("What is the weather in Paris?", (string?)second[1]!["content"]);
        var wireCall = Assert.Single(Assert.IsType<JsonArray>(second[2]!["tool_calls"]))!;
        Assert.Equal(call.CallId, (string?)wireCall["id"]);
        JsonAssert.DeepEqual("""{"city":"Paris"}""", JsonNode.Parse((string)wireCall["function"]!["arguments"]!));
        Assert.Equal(call.CallId, (string?)second[3]!["tool_call_id"]);
        Assert.Equal(ToolResult, (string?)second[3]!["content"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Usage_and_cost_of_both_calls_reach_the_agent_response(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "get_weather", """{"city":"Paris"}""")], promptTokens: 30, completionTokens: 12, cost: 0.0003m));
        harness.Emulator.Enqueue(EmulatorResponse.Chat("Sunny.", promptTokens: 50, completionTokens: 9, cost: 0.0005m));
        var weather = AIFunctionFactory.Create((string city) => "sunny", "get_weather");
        AIAgent agent = harness.ChatClient.AsAIAgent(instructions: Instructions, tools: [weather]);

        var response = await AgentRuns.RunAsync(agent, "Weather in Paris?", session: null, streamed);

        Assert.Equal("Sunny.", response.Text);
        Assert.Equal(30 + 50, response.Usage?.InputTokenCount);
        Assert.Equal(12 + 9, response.Usage?.OutputTokenCount);

        // Each OpenRouter call's cost stays on the assistant message that call produced.
        var costs = response.Messages
            .Where(m => m.Role == ChatRole.Assistant)
            .Select(m => m.AdditionalProperties?[OpenRouterPropertyNames.Cost]);
        Assert.Equal([0.0003m, 0.0005m], costs);
    }
}
