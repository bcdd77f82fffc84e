using System.Net;
using System.Text;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Client;

public sealed class RequestValidationTests
{
    private static (OpenRouterClient Client, ScriptedHandler Handler) Create()
    {
        var handler = new ScriptedHandler();
        return (new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-v", MaxRetries = 0 }, new HttpClient(handler)), handler);
    }

    private static ChatCompletionRequest Valid() => new() { Model = "m", Messages = [ChatCompletionMessage.User("hi")] };

    public static TheoryData<string, Func<ChatCompletionRequest>> BadRequests => new()
    {
        { "Temperature", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, Temperature = 2.5 } },
        { "TopP", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, TopP = 1.2 } },
        { "TopK", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, TopK = -1 } },
        { "FrequencyPenalty", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, FrequencyPenalty = -3 } },
        { "RepetitionPenalty", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, RepetitionPenalty = 2.1 } },
        { "MinP", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, MinP = 1.5 } },
        { "TopLogprobs", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, TopLogprobs = 21 } },
        { "MaxTokens", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, MaxTokens = 0 } },
        { "Effort", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, Reasoning = new ReasoningConfig { Effort = new ReasoningEffortLevel("Low") } } },
        { "Tools[0].Function.Name", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, Tools = [ChatCompletionTool.CreateFunction("")] } },
        { "has the character", () => new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, Tools = [ChatCompletionTool.CreateFunction("get weather")] } },
        { "ToolCallId", () => new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("hi"), new ChatCompletionMessage { Role = MessageRole.Tool, Content = "x" }] } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Out_of_range_or_malformed_values_fail_before_any_http_call_naming_the_property(string named, Func<ChatCompletionRequest> build)
    {
        var (client, handler) = Create();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.CreateChatCompletionAsync(build()));
        Assert.ThrowsAny<ArgumentException>(() => client.StreamChatCompletionAsync(build()));

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Reasoning_effort_with_a_reasoning_budget_fails_before_any_http_call_naming_both()
    {
        var (client, handler) = Create();
        var both = new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.High, MaxTokens = 2000 } };
        var shorthand = new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, ReasoningEffort = ReasoningEffortLevel.Low, Reasoning = new ReasoningConfig { MaxTokens = 2000 } };
        var legacy = new CompletionRequest { Model = "m", Prompt = "hi", Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Medium, MaxTokens = 512 } };

        var chat = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateChatCompletionAsync(both));
        var streamed = Assert.Throws<ArgumentException>(() => client.StreamChatCompletionAsync(shorthand));
        var completion = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateCompletionAsync(legacy));
        Assert.Throws<ArgumentException>(() => client.StreamCompletionAsync(legacy));

        Assert.Contains("ChatCompletionRequest.Reasoning.Effort is \"high\" and ChatCompletionRequest.Reasoning.MaxTokens is 2000", chat.Message, StringComparison.Ordinal);
        Assert.Contains("rejects reasoning.effort together with reasoning.max_tokens", chat.Message, StringComparison.Ordinal);
        Assert.Contains("ChatCompletionRequest.ReasoningEffort is \"low\" and ChatCompletionRequest.Reasoning.MaxTokens is 2000", streamed.Message, StringComparison.Ordinal);
        Assert.Contains("CompletionRequest.Reasoning.Effort is \"medium\" and CompletionRequest.Reasoning.MaxTokens is 512", completion.Message, StringComparison.Ordinal);
        Assert.Equal("request", chat.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_reasoning_budget_alone_or_an_effort_alone_is_sent()
    {
        var (client, handler) = Create();
        const string ok = """{"id":"gen-1","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}""";
        handler.EnqueueJson(HttpStatusCode.OK, ok).EnqueueJson(HttpStatusCode.OK, ok);

        await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, Reasoning = new ReasoningConfig { MaxTokens = 2000, Exclude = true } });
        await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = Valid().Messages, ReasoningEffort = ReasoningEffortLevel.High, Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.High } });

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Documented_edge_values_are_accepted()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"id":"gen-1","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}""");

        await client.CreateChatCompletionAsync(new ChatCompletionRequest
        {
            Model = "m",
            Messages = Valid().Messages,
            Temperature = 0,
            TopP = 1,
            TopK = 0,
            FrequencyPenalty = -2,
            PresencePenalty = 2,
            Reasoning = new ReasoningConfig { Effort = new ReasoningEffortLevel("future") },
            Tools = [ChatCompletionTool.CreateFunction("get_weather-2"), ChatCompletionTool.CreateServerTool("openrouter:web_search")],
        });

        Assert.Single(handler.Requests);
    }
}

public sealed class StreamIdleTimeoutTests
{
    /// <summary>A body that sends its prefix, then nothing until it is disposed (or the test ends).</summary>
    private sealed class StallingStream(byte[] prefix) : ReadOnlyTestStream
    {
        private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _position;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsMemory(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            await _closed.Task.WaitAsync(cancellationToken);
            throw new IOException("The connection was aborted.");
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        protected override void Dispose(bool disposing)
        {
            _closed.TrySetResult();
            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task A_silent_stream_times_out_with_a_timeout_exception_after_the_chunks_before_it()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var handler = new ScriptedHandler(time);
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-idle", TimeProvider = time, StreamIdleTimeout = TimeSpan.FromSeconds(30) }, new HttpClient(handler));
        handler.Enqueue(() =>
        {
            var content = new StreamContent(new StallingStream(Encoding.UTF8.GetBytes(": OPENROUTER PROCESSING\n\ndata: {\"id\":\"gen-i\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"},\"finish_reason\":null}]}\n\n")));
            content.Headers.TryAddWithoutValidation("Content-Type", "text/event-stream");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        var seen = 0;
        var firstChunk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var consume = Task.Run(async () =>
        {
            await foreach (var _ in client.StreamChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }))
            {
                seen++;
                firstChunk.TrySetResult();
            }
        });
        await firstChunk.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // The reader is now waiting for bytes that never come; 29 s of silence is still fine, 30 s is not.
        await Task.Delay(50);
        time.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(50);
        Assert.False(consume.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var ex = await Assert.ThrowsAsync<TimeoutException>(() => consume.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(1, seen);
        Assert.Contains("StreamIdleTimeout", ex.Message, StringComparison.Ordinal);
        Assert.Contains("30 s", ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public void A_non_positive_idle_timeout_is_refused_and_infinite_turns_it_off()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenRouterClient(new OpenRouterClientOptions { StreamIdleTimeout = TimeSpan.Zero }));
        using var client = new OpenRouterClient(new OpenRouterClientOptions { StreamIdleTimeout = Timeout.InfiniteTimeSpan });
        Assert.NotNull(client);
    }
}
