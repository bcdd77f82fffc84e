using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Consumers;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Agents;

/// <summary>
/// Multi-turn agent sessions on our IChatClient: the session is saved as JSON text and restored into a new agent, and
/// the next request still carries the whole history, with the reasoning of earlier turns exactly as OpenRouter sent it.
/// </summary>
public sealed class AgentSessionTests
{
    private const string Instructions = "Answer briefly.";
    private const string ReasoningModel = "deepseek/deepseek-r1";

    /// <summary>
    /// Turn 1 goes to a reasoning model without a script, so the emulator makes up the reasoning and its details; the
    /// expected values are read from the HTTP response body it sent, not from anything our client parsed.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reasoning_of_turn_one_goes_back_unchanged_after_the_session_is_saved_and_restored(bool streamedSecondTurn)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var recorder = new ResponseRecorder();
        using var http = new HttpClient(recorder);
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = harness.ApiKey, Endpoint = harness.Emulator.Endpoint, MaxRetries = 0 }, http);
        using var chat = client.AsIChatClient(ReasoningModel);

        var first = chat.AsAIAgent(instructions: Instructions);
        var session = await first.CreateSessionAsync();
        var answer = await first.RunAsync("Why is the sky blue?", session);

        var returned = Assert.IsType<JsonObject>(Assert.Single(recorder.Bodies)["choices"]![0]!["message"]);
        var returnedReasoning = (string?)returned["reasoning"];
        var returnedDetails = Assert.IsType<JsonArray>(returned["reasoning_details"]);
        Assert.False(string.IsNullOrEmpty(returnedReasoning));
        Assert.NotEmpty(returnedDetails);
        Assert.Equal((string?)returned["content"], answer.Text);

        // Saved as text, as an app stores it, and restored into a new agent instance.
        var saved = (await first.SerializeSessionAsync(session)).GetRawText();
        var second = chat.AsAIAgent(instructions: Instructions);
        using var document = JsonDocument.Parse(saved);
        var restored = await second.DeserializeSessionAsync(document.RootElement);
        await AgentRuns.RunAsync(second, "And why are sunsets red?", restored, streamedSecondTurn);

        var messages = Assert.IsType<JsonArray>(harness.RequestBody(1)["messages"]);
        Assert.Equal(["system", "user", "assistant", "user"], messages.Select(m => (string?)m!["role"]));
        var assistant = Assert.IsType<JsonObject>(messages[2]);
        Assert.Equal(returnedReasoning, (string?)assistant["reasoning"]);
        JsonAssert.DeepEqual(returnedDetails.ToJsonString(), assistant["reasoning_details"]);
        Assert.Equal((string?)returned["content"], (string?)assistant["content"]);
        Assert.Equal("And why are sunsets red?", (string?)messages[3]!["content"]);
    }

    /// <summary>
    /// Anthropic's signed thinking must reach the provider byte for byte in later turns, or the provider rejects the
    /// request. Turn 1 is streamed the way Anthropic's thinking arrives through OpenRouter (the text in pieces, each with
    /// its <c>reasoning_details</c> piece, then the signature alone), so the entry is assembled before it is saved.
    /// </summary>
    [Fact]
    public async Task Signed_thinking_streamed_in_turn_one_goes_back_whole_after_the_session_is_restored()
    {
        const string assembled = """[{"type":"reasoning.text","text":"Blue light scatters more.","signature":"EqQBCkYIBxgCKkCsig==","format":"anthropic-claude-v1","index":0}]""";
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Sse(SignedThinkingStream()));
        harness.Emulator.Enqueue(EmulatorResponse.Chat("The light travels through more air."));

        var first = harness.ChatClient.AsAIAgent(instructions: Instructions);
        var session = await first.CreateSessionAsync();
        Assert.Equal("Rayleigh scattering.", (await AgentRuns.RunAsync(first, "Why is the sky blue?", session, streamed: true)).Text);

        var saved = (await first.SerializeSessionAsync(session)).GetRawText();
        var second = harness.ChatClient.AsAIAgent(instructions: Instructions);
        using var document = JsonDocument.Parse(saved);
        var restored = await second.DeserializeSessionAsync(document.RootElement);
        await second.RunAsync("And at sunset?", restored);

        var assistant = Assert.IsType<JsonArray>(harness.RequestBody(1)["messages"])[2]!;
        Assert.Equal("assistant", (string?)assistant["role"]);
        Assert.Equal("Rayleigh scattering.", (string?)assistant["content"]);
        Assert.Equal("Blue light scatters more.", (string?)assistant["reasoning"]);
        JsonAssert.DeepEqual(assembled, assistant["reasoning_details"]);
    }

    /// <summary>
    /// An agent stops sending history once the chat client returns a <c>ConversationId</c> (it then assumes the service
    /// keeps the conversation); OpenRouter keeps none, so our client must never return one, in a tool loop or not.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_conversation_id_comes_back_so_every_turn_sends_the_whole_history(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var spy = new ConversationIdSpy(harness.ChatClient);
        var weather = AIFunctionFactory.Create((string city) => $"Rainy in {city}", "get_weather", "Current weather for a city.");
        AIAgent agent = spy.AsAIAgent(instructions: Instructions, tools: [weather]);
        var session = await agent.CreateSessionAsync();

        await AgentRuns.RunAsync(agent, "What is the weather in Oslo?", session, streamed);   // a tool call, then the answer
        await AgentRuns.RunAsync(agent, "Thanks, and tomorrow?", session, streamed);

        Assert.NotEmpty(spy.Seen);
        Assert.All(spy.Seen, Assert.Null);
        Assert.Null(Assert.IsType<ChatClientAgentSession>(session).ConversationId);

        Assert.Equal(3, harness.Emulator.Requests.Count);
        var third = Assert.IsType<JsonArray>(harness.RequestBody(2)["messages"]);
        Assert.Equal(["system", "user", "assistant", "tool", "assistant", "user"], third.Select(m => (string?)m!["role"]));
        Assert.Equal("What is the weather in Oslo?", (string?)third[1]!["content"]);
        Assert.Equal("get_weather", (string?)third[2]!["tool_calls"]![0]!["function"]!["name"]);
        Assert.Equal("Rainy in Oslo", (string?)third[3]!["content"]);
        Assert.Equal("Here is what I found. get_weather: Rainy in Oslo.", (string?)third[4]!["content"]);
        Assert.Equal("Thanks, and tomorrow?", (string?)third[5]!["content"]);
    }

    private static string SignedThinkingStream()
    {
        static string Chunk(string delta, string? finish = null) =>
            $$"""data: {"id":"gen-signed-1","provider":"Anthropic","model":"anthropic/claude-sonnet-4.5","object":"chat.completion.chunk","created":1760000000,"choices":[{"index":0,"delta":{{delta}},"finish_reason":{{(finish is null ? "null" : "\"" + finish + "\"")}},"native_finish_reason":null,"logprobs":null}]}""" + "\n\n";

        return ": OPENROUTER PROCESSING\n\n"
            + Chunk("""{"role":"assistant","content":"","reasoning":"Blue light ","reasoning_details":[{"type":"reasoning.text","text":"Blue light ","format":"anthropic-claude-v1","index":0}]}""")
            + Chunk("""{"role":"assistant","content":"","reasoning":"scatters more.","reasoning_details":[{"type":"reasoning.text","text":"scatters more.","format":"anthropic-claude-v1","index":0}]}""")
            + Chunk("""{"role":"assistant","content":"","reasoning_details":[{"type":"reasoning.text","signature":"EqQBCkYIBxgCKkCsig==","format":"anthropic-claude-v1","index":0}]}""")
            + Chunk("""{"role":"assistant","content":"Rayleigh "}""")
            + Chunk("""{"role":"assistant","content":"scattering."}""")
            + Chunk("""{"role":"assistant","content":""}""", "stop")
            + """data: {"id":"gen-signed-1","provider":"Anthropic","model":"anthropic/claude-sonnet-4.5","object":"chat.completion.chunk","created":1760000000,"choices":[],"usage":{"prompt_tokens":20,"completion_tokens":8,"total_tokens":28,"cost":0.0001}}""" + "\n\n"
            + "data: [DONE]\n\n";
    }
}
