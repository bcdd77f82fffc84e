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
