using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

/// <summary>
/// Our IChatClient under <c>UseFunctionInvocation</c>: a two-step tool loop against the emulator, checking what the
/// middleware makes us send on the second request (tool calls, tool results, reasoning_details, tools).
/// </summary>
public sealed class FunctionInvocationPipelineTests
{
    private const string CallId = "call_weather_1";
    private const string ArgumentsJson = """{"city":"Paris","unit":"celsius"}""";
    private const string ReasoningDetailsJson =
        """[{"type":"reasoning.text","text":"I need the weather","signature":"sig-1","format":"anthropic-claude-v1","index":0}]""";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Tool_loop_sends_calls_results_and_reasoning_details_back(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Chat(
            null,
            reasoning: "I need the weather",
            reasoningDetailsJson: ReasoningDetailsJson,
            toolCalls: [new EmulatorToolCall(CallId, "get_weather", ArgumentsJson)],
            promptTokens: 30,
            completionTokens: 12,
            provider: "Anthropic"));
        harness.Emulator.Enqueue(EmulatorResponse.Chat("It is sunny in Paris, 21 degrees.", promptTokens: 50, completionTokens: 9, provider: "Anthropic"));

        var invocations = new List<string>();
        var tool = AIFunctionFactory.Create(
            (string city, string unit) =>
            {
                invocations.Add($"{city}/{unit}");
                return $"Sunny, 21 {unit} in {city}";
            },
            "get_weather",
            "Current weather for a city.");
        using var client = harness.ChatClient.AsBuilder().UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [tool] };
        List<ChatMessage> history = [new(ChatRole.User, "What is the weather in Paris?")];

        var response = await GetAsync(client, history, options, streamed);

        Assert.Equal(["Paris/celsius"], invocations);
        Assert.Equal(2, harness.Emulator.Requests.Count);
        Assert.Equal("It is sunny in Paris, 21 degrees.", response.Text);
        Assert.Equal(30 + 50, response.Usage?.InputTokenCount);
        Assert.Equal(12 + 9, response.Usage?.OutputTokenCount);
        Assert.Equal(30 + 12 + 50 + 9, response.Usage?.TotalTokenCount);

        // The first answer as the caller sees it: the call, parsed.
        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal(CallId, call.CallId);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("Paris", call.Arguments?["city"]?.ToString());

        var second = harness.RequestBody(1);
        var messages = Assert.IsType<JsonArray>(second["messages"]);
        Assert.Equal(3, messages.Count);
        Assert.Equal("user", (string?)messages[0]!["role"]);

        var assistant = Assert.IsType<JsonObject>(messages[1]);
        Assert.Equal("assistant", (string?)assistant["role"]);
        var wireCall = Assert.IsType<JsonObject>(Assert.Single(Assert.IsType<JsonArray>(assistant["tool_calls"])));
        Assert.Equal(CallId, (string?)wireCall["id"]);
        Assert.Equal("function", (string?)wireCall["type"]);
        Assert.Equal("get_weather", (string?)wireCall["function"]!["name"]);
        JsonAssert.DeepEqual(ArgumentsJson, JsonNode.Parse((string)wireCall["function"]!["arguments"]!));

        // reasoning_details go back exactly as the emulator sent them (Anthropic rejects a changed signature).
        JsonAssert.DeepEqual(ReasoningDetailsJson, assistant["reasoning_details"]);

        var toolMessage = Assert.IsType<JsonObject>(messages[2]);
        Assert.Equal("tool", (string?)toolMessage["role"]);
        Assert.Equal(CallId, (string?)toolMessage["tool_call_id"]);
        Assert.Equal("Sunny, 21 celsius in Paris", (string?)toolMessage["content"]);

        var tools = Assert.IsType<JsonArray>(second["tools"]);
        Assert.Equal("get_weather", (string?)Assert.Single(tools)!["function"]!["name"]);
        Assert.Equal(streamed, (bool?)second["stream"] ?? false);
        JsonAssert.DeepEqual(harness.RequestBody(0)["tools"]!.ToJsonString(), tools);
    }

    /// <summary>
    /// Reasoning details streamed the way Anthropic's arrive through OpenRouter: the text of one entry split over
    /// several chunks and the signature on a late chunk. What we send back must be the one assembled entry.
    /// </summary>
    [Fact]
    public async Task Fragmented_reasoning_details_are_assembled_before_they_are_sent_back()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Sse(FragmentedStream()));
        harness.Emulator.Enqueue(EmulatorResponse.Chat("Sunny."));

        var tool = AIFunctionFactory.Create((string city, string unit) => "sunny", "get_weather");
        using var client = harness.ChatClient.AsBuilder().UseFunctionInvocation().Build();
        var updates = await client.GetStreamingResponseAsync("Weather in Paris?", new ChatOptions { Tools = [tool] }).ToListAsync();

        Assert.Equal("Sunny.", updates.ToChatResponse().Text);
        var assistant = Assert.IsType<JsonArray>(harness.RequestBody(1)["messages"])[1]!;
        JsonAssert.DeepEqual(ReasoningDetailsJson, assistant["reasoning_details"]);
        Assert.Equal("I need the weather", (string?)assistant["reasoning"]);
    }

    /// <summary>
    /// Without scripted details the emulator makes up one <c>reasoning.text</c> entry per streamed piece (all index 0);
    /// streamed and not, the entry we send back must be the same whole entry the JSON answer carries.
    /// </summary>
    [Fact]
    public async Task Synthesized_reasoning_details_round_trip_the_same_streamed_and_not()
    {
        const string reasoning = "The user wants the weather, so I will call get_weather with the city they named.";
        var sentBack = new List<JsonNode?>();
        foreach (var streamed in new[] { false, true })
        {
            await using var harness = await EmulatorHarness.StartAsync();
            harness.Emulator.Enqueue(EmulatorResponse.Chat(null, reasoning: reasoning, toolCalls: [new EmulatorToolCall(CallId, "get_weather", ArgumentsJson)]));
            harness.Emulator.Enqueue(EmulatorResponse.Chat("Sunny."));
            var tool = AIFunctionFactory.Create((string city, string unit) => "sunny", "get_weather");
            using var client = harness.ChatClient.AsBuilder().UseFunctionInvocation().Build();

            await GetAsync(client, [new(ChatRole.User, "Weather?")], new ChatOptions { Tools = [tool] }, streamed);

            sentBack.Add(harness.RequestBody(1)["messages"]![1]!["reasoning_details"]?.DeepClone());
        }

        var expected = $$"""[{"type":"reasoning.text","text":{{JsonValue.Create(reasoning).ToJsonString()}},"signature":null,"id":null,"format":"unknown","index":0}]""";
        JsonAssert.DeepEqual(expected, sentBack[0]);
        JsonAssert.DeepEqual(expected, sentBack[1]);
    }

    /// <summary>
    /// Text before the tool call: streamed updates share one message id, so the middleware rebuilds ONE assistant
    /// message holding the text and the tool_calls (two would break the call/result pairing on the wire).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Text_and_tool_calls_go_back_as_one_assistant_message(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Chat(
            "Let me check the weather and the time for you.",
            toolCalls: [new EmulatorToolCall("call_1", "get_weather", """{"city":"Rome","unit":"celsius"}"""), new EmulatorToolCall("call_2", "get_time", "{}")]));
        harness.Emulator.Enqueue(EmulatorResponse.Chat("Sunny, and it is noon."));
        var tools = new List<AITool>
        {
            AIFunctionFactory.Create((string city, string unit) => "sunny", "get_weather"),
            AIFunctionFactory.Create(() => "12:00", "get_time"),
        };
        using var client = harness.ChatClient.AsBuilder().UseFunctionInvocation().Build();

        var response = await GetAsync(client, [new(ChatRole.User, "Weather and time in Rome?")], new ChatOptions { Tools = tools }, streamed);

        Assert.Equal("Sunny, and it is noon.", response.Messages[^1].Text);
        var messages = Assert.IsType<JsonArray>(harness.RequestBody(1)["messages"]);
        Assert.Equal(["user", "assistant", "tool", "tool"], messages.Select(m => (string?)m!["role"]));
        Assert.Equal("Let me check the weather and the time for you.", (string?)messages[1]!["content"]);
        Assert.Equal(["call_1", "call_2"], Assert.IsType<JsonArray>(messages[1]!["tool_calls"]).Select(c => (string?)c!["id"]));
        Assert.Equal("{}", (string?)messages[1]!["tool_calls"]![1]!["function"]!["arguments"]);
        Assert.Equal(["call_1", "call_2"], messages.Skip(2).Select(m => (string?)m!["tool_call_id"]));
        Assert.Equal(["sunny", "12:00"], messages.Skip(2).Select(m => (string?)m!["content"]));
    }

    private static async Task<ChatResponse> GetAsync(IChatClient client, List<ChatMessage> history, ChatOptions options, bool streamed)
    {
        if (!streamed)
        {
            return await client.GetResponseAsync(history, options);
        }

        var updates = await client.GetStreamingResponseAsync(history, options).ToListAsync();
        Assert.All(updates, u => Assert.Null(u.ConversationId));
        return updates.ToChatResponse();
    }

    private static string FragmentedStream()
    {
        static string Chunk(string delta, string? finish = null) =>
            $$"""data: {"id":"gen-frag-1","provider":"Anthropic","model":"anthropic/claude-sonnet-4","object":"chat.completion.chunk","created":1760000000,"choices":[{"index":0,"delta":{{delta}},"finish_reason":{{(finish is null ? "null" : "\"" + finish + "\"")}},"native_finish_reason":null,"logprobs":null}]}""" + "\n\n";

        return ": OPENROUTER PROCESSING\n\n"
            + Chunk("""{"role":"assistant","content":""}""")
            + Chunk("""{"role":"assistant","content":"","reasoning":"I need ","reasoning_details":[{"type":"reasoning.text","text":"I need ","format":"anthropic-claude-v1","index":0}]}""")
            + Chunk("""{"role":"assistant","content":"","reasoning":"the weather","reasoning_details":[{"type":"reasoning.text","text":"the weather","format":"anthropic-claude-v1","index":0}]}""")
            + Chunk("""{"role":"assistant","content":"","reasoning_details":[{"type":"reasoning.text","text":"","signature":"sig-1","format":"anthropic-claude-v1","index":0}]}""")
            + Chunk($$$"""{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"{{{CallId}}}","type":"function","function":{"name":"get_weather","arguments":""}}]}""")
            + Chunk("""{"role":"assistant","content":null,"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":\"Paris\","}}]}""")
            + Chunk("""{"role":"assistant","content":null,"tool_calls":[{"index":0,"function":{"arguments":"\"unit\":\"celsius\"}"}}]}""")
            + Chunk("""{"role":"assistant","content":""}""", "tool_calls")
            + """data: {"id":"gen-frag-1","provider":"Anthropic","model":"anthropic/claude-sonnet-4","object":"chat.completion.chunk","created":1760000000,"choices":[],"usage":{"prompt_tokens":20,"completion_tokens":8,"total_tokens":28,"cost":0.0001}}""" + "\n\n"
            + "data: [DONE]\n\n";
    }
}
