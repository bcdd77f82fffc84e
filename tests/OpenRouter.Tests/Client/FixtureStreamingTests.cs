using System.Net;
using System.Text;
using OpenRouter.Tests.Serialization;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Client;

/// <summary>Recorded-shape SSE fixtures streamed through the real client, end to end from bytes to typed chunks.</summary>
public sealed class FixtureStreamingTests
{
    private static (OpenRouterClient Client, ScriptedHandler Handler) Create()
    {
        var handler = new ScriptedHandler();
        return (new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-fixture", MaxRetries = 0 }, new HttpClient(handler)), handler);
    }

    private static ChatCompletionRequest Request() => new() { Model = "anthropic/claude-sonnet-4.5", Messages = [ChatCompletionMessage.User("Capital of France?")] };

    [Fact]
    public async Task Reasoning_then_text_then_a_late_signature_then_usage()
    {
        var (client, handler) = Create();
        handler.EnqueueSse(Fixtures.Read("Responses/chat-stream-reasoning.sse"), ("X-Generation-Id", "gen-1764031697-r1"));

        var text = new StringBuilder();
        var reasoning = new StringBuilder();
        var details = new List<ReasoningDetail>();
        TokenUsage? usage = null;
        CompletionFinishReason? finish = null;
        string? nativeFinish = null;
        await foreach (var chunk in client.StreamChatCompletionAsync(Request()))
        {
            usage ??= chunk.Usage;
            foreach (var choice in chunk.Choices ?? [])
            {
                text.Append(choice.Delta?.Content);
                reasoning.Append(choice.Delta?.Reasoning);
                details.AddRange(choice.Delta?.ReasoningDetails ?? []);
                finish ??= choice.FinishReason;
                nativeFinish ??= choice.NativeFinishReason;
            }
        }

        Assert.Equal("The capital of France is Paris.", text.ToString());
        Assert.Equal("The user asks for the capital.", reasoning.ToString());
        Assert.Equal(3, details.Count);
        Assert.Equal("EqQBCkgIARABGAIiQ", details[2].Signature);
        Assert.Equal(CompletionFinishReason.Stop, finish);
        Assert.Equal("end_turn", nativeFinish);
        Assert.NotNull(usage);
        Assert.Equal(55, usage.TotalTokens);
        Assert.Equal(12, usage.CompletionTokensDetails?.ReasoningTokens);
        Assert.Equal(0.000537m, usage.Cost);
    }

    [Fact]
    public async Task Tool_call_fragments_concatenate_by_index()
    {
        var (client, handler) = Create();
        handler.EnqueueSse(Fixtures.Read("Responses/chat-stream-tools.sse"));

        var arguments = new StringBuilder();
        string? id = null, name = null;
        TokenUsage? usage = null;
        await foreach (var chunk in client.StreamChatCompletionAsync(Request()))
        {
            usage ??= chunk.Usage;
            foreach (var call in chunk.Choices?.SelectMany(c => c.Delta?.ToolCalls ?? []) ?? [])
            {
                Assert.Equal(0, call.Index);
                id ??= call.Id;
                name ??= call.Function?.Name;
                arguments.Append(call.Function?.Arguments);
            }
        }

        Assert.Equal("call_1", id);
        Assert.Equal("get_weather", name);
        Assert.Equal("{\"city\":\"Paris\"}", arguments.ToString());
        Assert.Equal(1749, usage?.TotalTokens);
    }

    [Fact]
    public async Task Mid_stream_error_fixture_yields_the_text_then_throws_the_typed_error()
    {
        var (client, handler) = Create();
        handler.EnqueueSse(Fixtures.Read("Responses/chat-stream-midstream-error.sse"));
        var text = new StringBuilder();

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var chunk in client.StreamChatCompletionAsync(Request()))
            {
                text.Append(chunk.Choices?[0].Delta?.Content);
            }
        });

        Assert.Equal("Once upon a time", text.ToString());
        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("rate_limit_exceeded", ex.ErrorType);
        Assert.Equal("gen-abc123", ex.GenerationId);
        Assert.Equal(2, ex.EventsReceived);
    }

    [Fact]
    public async Task A_full_completion_fixture_parses_through_the_client()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.OK, Fixtures.Read("Responses/chat-completion-full.json"));

        var completion = await client.CreateChatCompletionAsync(Request());

        Assert.StartsWith("gen-", completion.Id, StringComparison.Ordinal);
        Assert.NotNull(completion.Usage);
        Assert.NotEmpty(completion.Choices!);
    }
}
