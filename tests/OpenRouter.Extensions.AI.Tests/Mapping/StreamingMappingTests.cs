using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

public sealed class StreamingMappingTests
{
    private static async Task<List<ChatResponseUpdate>> CollectAsync(IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        var list = new List<ChatResponseUpdate>();
        await foreach (var update in updates)
        {
            list.Add(update);
        }

        return list;
    }

    [Fact]
    public async Task Every_update_carries_ids_model_time_role_and_its_chunk()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Sse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "chat-stream-reasoning.sse"))));

        var updates = await CollectAsync(h.ChatClient.GetStreamingResponseAsync("Capital of France?"));

        Assert.All(updates, u =>
        {
            Assert.Equal("gen-1764031697-r1", u.ResponseId);
            Assert.Equal("gen-1764031697-r1", u.MessageId);
            Assert.Equal("anthropic/claude-sonnet-4.5", u.ModelId);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764031697), u.CreatedAt);
            Assert.Equal(ChatRole.Assistant, u.Role);
            Assert.NotNull(u.RawRepresentation);
            Assert.Null(u.ConversationId);
        });
        Assert.Equal(7, updates.Count); // six chunks and the final assembled update

        var response = updates.ToChatResponse();
        var message = Assert.Single(response.Messages);
        Assert.Equal("The capital of France is Paris.", message.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(55, response.Usage!.TotalTokenCount);
        Assert.Equal(12, response.Usage.ReasoningTokenCount);
        Assert.Equal("end_turn", message.AdditionalProperties![OpenRouterPropertyNames.NativeFinishReason]);
        Assert.Equal(0.000537m, message.AdditionalProperties[OpenRouterPropertyNames.Cost]);
        Assert.Equal("Anthropic", message.AdditionalProperties[OpenRouterPropertyNames.Provider]);

        var reasoning = message.Contents.OfType<TextReasoningContent>().ToList();
        Assert.Equal("The user asks for the capital.", string.Concat(reasoning.Select(r => r.Text)));
        Assert.Equal(
            """[{"type":"reasoning.text","text":"The user asks for the capital.","format":"anthropic-claude-v1","index":0,"signature":"EqQBCkgIARABGAIiQ"}]""",
            reasoning.Last(r => r.ProtectedData is not null).ProtectedData);
    }

    [Fact]
    public async Task Tool_call_fragments_arrive_once_in_a_final_update_and_coalesce_into_one_message_with_the_text()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Chat("Let me check.", toolCalls: [new EmulatorToolCall("call_9", "get_weather", "{\"city\":\"Paris\",\"days\":3}"), new EmulatorToolCall("call_10", "get_time", "")]));

        var updates = await CollectAsync(h.ChatClient.GetStreamingResponseAsync("weather?", new ChatOptions { Tools = [AIFunctionFactory.Create((string city, int days) => "x", "get_weather"), AIFunctionFactory.Create(() => 1, "get_time")] }));

        Assert.All(updates.Take(updates.Count - 1), u => Assert.Empty(u.Contents.OfType<FunctionCallContent>()));
        var calls = updates[^1].Contents.OfType<FunctionCallContent>().ToList();
        Assert.Equal(["call_9", "call_10"], calls.Select(c => c.CallId));
        Assert.Equal("Paris", calls[0].Arguments!["city"]!.ToString());
        Assert.Equal("3", calls[0].Arguments!["days"]!.ToString());
        Assert.Empty(calls[1].Arguments!);
        Assert.Equal(ChatFinishReason.ToolCalls, updates[^1].FinishReason);

        var message = Assert.Single(updates.ToChatResponse().Messages);
        Assert.Equal("Let me check.", message.Text);
        Assert.Equal(2, message.Contents.OfType<FunctionCallContent>().Count());
    }

    [Fact]
    public async Task A_mid_stream_error_is_thrown_after_the_updates_before_it()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("Once upon a time", 502, "Provider disconnected"));
        var text = new System.Text.StringBuilder();

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var update in h.ChatClient.GetStreamingResponseAsync("story"))
            {
                text.Append(update.Text);
            }
        });

        Assert.Equal("Once upon a time", text.ToString());
        Assert.Equal(502, ex.StatusCode);
    }

    [Fact]
    public async Task Gateways_that_reuse_indexes_or_omit_them_still_give_separate_complete_calls()
    {
        await using var h = new Harness();
        const string sse = """
            data: {"id":"gen-t","model":"m","created":5,"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"a","type":"function","function":{"name":"f","arguments":"{\"x\":"}}]},"finish_reason":null}]}

            data: {"id":"gen-t","model":"m","created":5,"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]},"finish_reason":null}]}

            data: {"id":"gen-t","model":"m","created":5,"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"b","type":"function","function":{"name":"g","arguments":"{}"}}]},"finish_reason":null}]}

            data: {"id":"gen-t","model":"m","created":5,"choices":[{"index":0,"delta":{"tool_calls":[{"id":"c","type":"function","function":{"name":"h","arguments":"{\"y\":2}"}}]},"finish_reason":"stop"}]}

            data: [DONE]


            """;
        h.Emulator.Enqueue(EmulatorResponse.Sse(sse.Replace("\r\n", "\n", StringComparison.Ordinal)));

        var updates = await CollectAsync(h.ChatClient.GetStreamingResponseAsync("go"));

        var calls = updates[^1].Contents.OfType<FunctionCallContent>().ToList();
        Assert.Equal(["a", "b", "c"], calls.Select(c => c.CallId));
        Assert.Equal(["f", "g", "h"], calls.Select(c => c.Name));
        Assert.Equal("1", calls[0].Arguments!["x"]!.ToString());
        Assert.Equal("2", calls[2].Arguments!["y"]!.ToString());
    }
}
