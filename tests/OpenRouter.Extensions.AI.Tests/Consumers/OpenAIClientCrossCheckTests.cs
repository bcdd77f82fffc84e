using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

/// <summary>
/// The same scripted answers read by our IChatClient and by Microsoft's OpenAI IChatClient pointed at the emulator:
/// both must see the same text and the same function calls. A check against a parser nobody here wrote.
/// </summary>
public sealed class OpenAIClientCrossCheckTests
{
    public static TheoryData<bool, bool> Cases => new()
    {
        { false, false },
        { true, false },
        { false, true },
        { true, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Both_clients_parse_the_same_text_and_calls(bool streamed, bool withToolCalls)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var openAI = new OpenAI.Chat.ChatClient(
            EmulatorHarness.Model,
            new ApiKeyCredential(harness.ApiKey),
            new OpenAIClientOptions { Endpoint = harness.Emulator.Endpoint }).AsIChatClient();

        IReadOnlyList<EmulatorToolCall>? calls = withToolCalls
            ?
            [
                new EmulatorToolCall("call_a1", "get_weather", """{"city":"Paris","days":3,"units":{"temp":"C"},"alerts":true}"""),
                new EmulatorToolCall("call_b2", "get_time", """{"zone":"Europe/Paris"}"""),
            ]
            : null;
        const string text = "Let me look that up for you — un instant, s'il vous plaît. 🌤";
        var ours = await AskAsync(harness, harness.ChatClient, text, calls, streamed);
        var theirs = await AskAsync(harness, openAI, text, calls, streamed);

        Assert.Equal(2, harness.Emulator.Requests.Count);
        Assert.Equal(text, ours.Text);
        Assert.Equal(theirs.Text, ours.Text);
        Assert.Equal(theirs.FinishReason, ours.FinishReason);
        Assert.Equal(theirs.Usage?.InputTokenCount, ours.Usage?.InputTokenCount);
        Assert.Equal(theirs.Usage?.OutputTokenCount, ours.Usage?.OutputTokenCount);
        Assert.Equal(theirs.ModelId, ours.ModelId);

        var ourCalls = Calls(ours);
        var theirCalls = Calls(theirs);
        Assert.Equal(withToolCalls ? 2 : 0, ourCalls.Count);
        Assert.Equal(theirCalls.Count, ourCalls.Count);
        for (var i = 0; i < ourCalls.Count; i++)
        {
            Assert.Equal(theirCalls[i].CallId, ourCalls[i].CallId);
            Assert.Equal(theirCalls[i].Name, ourCalls[i].Name);
            Assert.Equal(Arguments(theirCalls[i]), Arguments(ourCalls[i]));
        }

        if (withToolCalls)
        {
            Assert.Equal(ChatFinishReason.ToolCalls, ours.FinishReason);
            JsonAssert.DeepEqual("""{"city":"Paris","days":3,"units":{"temp":"C"},"alerts":true}""", System.Text.Json.Nodes.JsonNode.Parse(Arguments(ourCalls[0])));
        }
    }

    /// <summary>
    /// The request side: under <c>UseFunctionInvocation</c>, the history each client sends on the second turn must
    /// carry the same tool calls (id, name, arguments) and the same tool results.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Both_clients_send_the_same_tool_loop_history(bool streamed)
    {
        var sent = new List<System.Text.Json.Nodes.JsonArray>();
        foreach (var useOpenAI in new[] { false, true })
        {
            await using var harness = await EmulatorHarness.StartAsync();
            using var inner = useOpenAI
                ? new OpenAI.Chat.ChatClient(EmulatorHarness.Model, new ApiKeyCredential(harness.ApiKey), new OpenAIClientOptions { Endpoint = harness.Emulator.Endpoint }).AsIChatClient()
                : harness.Client.AsIChatClient(EmulatorHarness.Model);
            using var client = inner.AsBuilder().UseFunctionInvocation().Build();
            harness.Emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_x", "get_weather", """{"city":"Lyon","days":2}""")]));
            harness.Emulator.Enqueue(EmulatorResponse.Chat("Rain in Lyon."));
            var options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city, int days) => new { city, days, sky = "rain" }, "get_weather")] };

            var response = streamed
                ? (await client.GetStreamingResponseAsync("Lyon?", options).ToListAsync()).ToChatResponse()
                : await client.GetResponseAsync("Lyon?", options);

            Assert.Equal("Rain in Lyon.", response.Text);
            sent.Add(Assert.IsType<System.Text.Json.Nodes.JsonArray>(harness.RequestBody(1)["messages"]));
        }

        Assert.Equal(3, sent[0].Count);
        Assert.Equal(sent[1].Count, sent[0].Count);
        var ourCall = sent[0][1]!["tool_calls"]![0]!;
        var theirCall = sent[1][1]!["tool_calls"]![0]!;
        Assert.Equal((string?)theirCall["id"], (string?)ourCall["id"]);
        Assert.Equal((string?)theirCall["type"], (string?)ourCall["type"]);
        Assert.Equal((string?)theirCall["function"]!["name"], (string?)ourCall["function"]!["name"]);
        JsonAssert.DeepEqual((string)theirCall["function"]!["arguments"]!, System.Text.Json.Nodes.JsonNode.Parse((string)ourCall["function"]!["arguments"]!));
        Assert.Equal((string?)sent[1][2]!["role"], (string?)sent[0][2]!["role"]);
        Assert.Equal((string?)sent[1][2]!["tool_call_id"], (string?)sent[0][2]!["tool_call_id"]);
        JsonAssert.DeepEqual(ContentText(sent[1][2]!), System.Text.Json.Nodes.JsonNode.Parse(ContentText(sent[0][2]!)));
    }

    /// <summary>A message's content as text, whether sent as a string or as text parts.</summary>
    private static string ContentText(System.Text.Json.Nodes.JsonNode message) =>
        message["content"] switch
        {
            System.Text.Json.Nodes.JsonArray parts => string.Concat(parts.Select(p => (string?)p!["text"])),
            var value => (string?)value ?? string.Empty,
        };

    private static async Task<ChatResponse> AskAsync(EmulatorHarness harness, IChatClient client, string text, IReadOnlyList<EmulatorToolCall>? calls, bool streamed)
    {
        harness.Emulator.Enqueue(EmulatorResponse.Chat(text, toolCalls: calls, promptTokens: 21, completionTokens: 13));
        List<ChatMessage> messages = [new(ChatRole.User, "Weather and time in Paris?")];
        var options = new ChatOptions
        {
            Tools =
            [
                AIFunctionFactory.Create((string city, int days) => "sunny", "get_weather"),
                AIFunctionFactory.Create((string zone) => "12:00", "get_time"),
            ],
        };
        return streamed
            ? (await client.GetStreamingResponseAsync(messages, options).ToListAsync()).ToChatResponse()
            : await client.GetResponseAsync(messages, options);
    }

    private static List<FunctionCallContent> Calls(ChatResponse response) =>
        response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();

    /// <summary>Arguments as canonical JSON: values may be JsonElements or CLR values depending on the parser.</summary>
    private static string Arguments(FunctionCallContent call) =>
        JsonSerializer.Serialize(call.Arguments, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>)));
}
