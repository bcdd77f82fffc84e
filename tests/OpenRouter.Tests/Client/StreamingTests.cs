using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Client;

public sealed class StreamingTests
{
    private static ChatCompletionRequest Request() => new() { Model = "openai/gpt-4o", Messages = [new ChatCompletionMessage { Role = "user", Content = "hi" }] };

    private static string Chunk(int n, string? finish = null) =>
        $"{{\"id\":\"gen-s\",\"object\":\"chat.completion.chunk\",\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"t{n}\"}},\"finish_reason\":{(finish is null ? "null" : $"\"{finish}\"")}}}]}}";

    private static (OpenRouterClient Client, ScriptedHandler Handler) Create(Action<OpenRouterClientOptions>? configure = null)
    {
        var handler = new ScriptedHandler();
        var options = new OpenRouterClientOptions { ApiKey = "sk-or-v1-stream-secret", MaxRetries = 2, JitterSource = () => 0.5 };
        configure?.Invoke(options);
        return (new OpenRouterClient(options, new HttpClient(handler)), handler);
    }

    private static async Task<List<ChatCompletionChunk>> CollectAsync(IAsyncEnumerable<ChatCompletionChunk> stream, List<ChatCompletionChunk>? into = null)
    {
        into ??= [];
        await foreach (var chunk in stream)
        {
            into.Add(chunk);
        }

        return into;
    }

    [Fact]
    public async Task Comments_are_skipped_and_done_ends_the_stream()
    {
        var (client, handler) = Create();
        handler.EnqueueSse($": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\ndata: {Chunk(1)}\n\n: OPENROUTER PROCESSING\n\ndata: {Chunk(2, "stop")}\n\ndata: {{\"id\":\"gen-s\",\"choices\":[],\"usage\":{{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}}}\n\ndata: [DONE]\n\ndata: {Chunk(99)}\n\n");

        var chunks = await CollectAsync(client.StreamChatCompletionAsync(Request()));

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.Equal("gen-s", c.Id));
        Assert.Empty(chunks[2].Choices!);
        var sent = handler.Requests.Single();
        Assert.Contains("\"stream\":true", sent.Body, StringComparison.Ordinal);
        Assert.Equal("text/event-stream", sent.Headers["Accept"]);
    }

    [Fact]
    public async Task Streaming_does_not_change_the_callers_request()
    {
        var (client, handler) = Create();
        handler.EnqueueSse($"data: {Chunk(1, "stop")}\n\ndata: [DONE]\n\n");
        var request = Request();

        await CollectAsync(client.StreamChatCompletionAsync(request));

        Assert.Null(request.Stream);
    }

    [Fact]
    public async Task Crlf_line_endings_data_without_space_and_multi_line_data_are_read_per_the_sse_spec()
    {
        var (client, handler) = Create();
        var split = "{\"id\":\"gen-s\",\n\"choices\":[]}";
        var sse = $"event: message\r\nid: 1\r\ndata:{Chunk(1)}\r\n\r\ndata: {split.Replace("\n", "\r\ndata: ", StringComparison.Ordinal)}\r\n\r\ndata: {Chunk(2, "stop")}\r\n\r\ndata: [DONE]\r\n\r\n";
        handler.EnqueueSse(sse);

        var chunks = await CollectAsync(client.StreamChatCompletionAsync(Request()));

        Assert.Equal(3, chunks.Count);
        Assert.Empty(chunks[1].Choices!);
    }

    [Fact]
    public async Task Eof_without_done_and_without_finish_reason_is_a_truncation_error_after_the_chunks()
    {
        var (client, handler) = Create();
        handler.EnqueueSse($"data: {Chunk(1)}\n\ndata: {Chunk(2)}\n\n");
        var seen = new List<ChatCompletionChunk>();

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(() => CollectAsync(client.StreamChatCompletionAsync(Request()), seen));

        Assert.Equal(2, seen.Count);
        Assert.Equal(StreamFailureKind.Truncated, ex.Kind);
        Assert.Equal(2, ex.EventsReceived);
        Assert.Equal("gen-s", ex.GenerationId);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Eof_without_done_after_a_finish_reason_is_accepted()
    {
        var (client, handler) = Create();
        handler.EnqueueSse($"data: {Chunk(1)}\n\ndata: {Chunk(2, "length")}\n\n");

        var chunks = await CollectAsync(client.StreamChatCompletionAsync(Request()));

        Assert.Equal(2, chunks.Count);
    }

    [Theory]
    [InlineData("429", "Rate limit exceeded", 429, "429")]
    [InlineData("\"server_error\"", "Internal error", null, "server_error")]
    public async Task Mid_stream_error_event_is_thrown_after_the_earlier_chunks(string code, string message, int? status, string codeText)
    {
        var (client, handler) = Create();
        var errorEvent = $"{{\"id\":\"gen-s\",\"object\":\"chat.completion.chunk\",\"provider\":\"OpenAI\",\"error\":{{\"code\":{code},\"message\":\"{message}\",\"metadata\":{{\"error_type\":\"rate_limit_exceeded\",\"provider_name\":\"OpenAI\"}}}},\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"\"}},\"finish_reason\":\"error\"}}]}}";
        handler.EnqueueSse($"data: {Chunk(1)}\n\ndata: {Chunk(2)}\n\ndata: {errorEvent}\n\n");
        var seen = new List<ChatCompletionChunk>();

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(() => CollectAsync(client.StreamChatCompletionAsync(Request()), seen));

        Assert.Equal(2, seen.Count);
        Assert.Equal(StreamFailureKind.ServerError, ex.Kind);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(codeText, ex.ErrorCode);
        Assert.Equal(message, ex.ErrorMessage);
        Assert.Equal("OpenAI", ex.ProviderName);
        Assert.Equal("rate_limit_exceeded", ex.ErrorType);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests); // never retried once the stream started
    }

    [Fact]
    public async Task Bare_error_event_without_choices_is_thrown()
    {
        var (client, handler) = Create();
        handler.EnqueueSse("data: {\"error\":{\"code\":502,\"message\":\"Provider returned error\",\"metadata\":{\"raw\":\"{\\\"error\\\":{\\\"message\\\":\\\"upstream exploded\\\"}}\",\"provider_name\":\"Crucible\"}}}\n\n");

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(() => CollectAsync(client.StreamChatCompletionAsync(Request())));

        Assert.Equal(502, ex.StatusCode);
        Assert.Equal("upstream exploded", ex.ProviderMessage);
        Assert.Contains("upstream exploded", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_event_is_a_protocol_error_with_its_index_and_a_sanitised_excerpt()
    {
        var (client, handler) = Create();
        handler.EnqueueSse($"data: {Chunk(1)}\n\ndata: {{\"id\": oops sk-or-v1-stream-secret\n\n");
        var seen = new List<ChatCompletionChunk>();

        var ex = await Assert.ThrowsAsync<OpenRouterProtocolException>(() => CollectAsync(client.StreamChatCompletionAsync(Request()), seen));

        Assert.Single(seen);
        Assert.Equal(1, ex.EventIndex);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex.InnerException);
        Assert.NotNull(ex.ResponseExcerpt);
        Assert.Contains("oops", ex.ResponseExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-or-v1-stream-secret", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_error_body_with_status_200_on_a_streaming_request_is_an_error()
    {
        var (client, handler) = Create(o => o.MaxRetries = 0);
        handler.EnqueueJson(HttpStatusCode.OK, """{"error":{"code":429,"message":"Rate limited upstream","metadata":{"provider_name":"Hyperbolic"}},"user_id":"user_1"}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => CollectAsync(client.StreamChatCompletionAsync(Request())));

        Assert.IsNotType<OpenRouterProtocolException>(ex);
        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("Hyperbolic", ex.ProviderName);
    }

    [Fact]
    public async Task A_non_sse_answer_to_a_streaming_request_is_a_protocol_error_not_an_empty_success()
    {
        var (client, handler) = Create();
        handler.Enqueue(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>gateway</html>", Encoding.UTF8, "text/html") });

        var ex = await Assert.ThrowsAsync<OpenRouterProtocolException>(() => CollectAsync(client.StreamChatCompletionAsync(Request())));

        Assert.Contains("text/html", ex.Message, StringComparison.Ordinal);
        Assert.Contains("gateway", ex.ResponseExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_status_before_the_stream_starts_is_retried()
    {
        var time = new SteppingTime();
        var handler = new ScriptedHandler(time);
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "k", TimeProvider = time, JitterSource = () => 0.5 }, new HttpClient(handler));
        handler.EnqueueJson(HttpStatusCode.BadGateway, """{"error":{"code":502,"message":"bad gateway"}}""")
               .EnqueueSse($"data: {Chunk(1, "stop")}\n\ndata: [DONE]\n\n");

        var chunks = await time.RunAsync(CollectAsync(client.StreamChatCompletionAsync(Request())));

        Assert.Single(chunks);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(500, (handler.Requests[1].At - handler.Requests[0].At).TotalMilliseconds);
    }

    [Fact]
    public async Task A_connection_lost_mid_stream_is_a_stream_error_and_not_retried()
    {
        var (client, handler) = Create();
        handler.Enqueue(() =>
        {
            var content = new StreamContent(new FailingStream(Encoding.UTF8.GetBytes($"data: {Chunk(1)}\n\ndata: {Chunk(2)}\n\n")));
            content.Headers.TryAddWithoutValidation("Content-Type", "text/event-stream");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        var seen = new List<ChatCompletionChunk>();

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(() => CollectAsync(client.StreamChatCompletionAsync(Request()), seen));

        Assert.Equal(2, seen.Count);
        Assert.Equal(StreamFailureKind.ConnectionLost, ex.Kind);
        Assert.Equal(2, ex.EventsReceived);
        Assert.IsType<IOException>(ex.InnerException);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_event_of_several_megabytes_is_read_whole()
    {
        var (client, handler) = Create();
        var big = new string('x', 5 * 1024 * 1024);
        handler.EnqueueSse($"data: {{\"id\":\"gen-s\",\"choices\":[],\"padding\":\"{big}\"}}\n\ndata: {Chunk(1, "stop")}\n\ndata: [DONE]\n\n");

        var chunks = await CollectAsync(client.StreamChatCompletionAsync(Request()));

        Assert.Equal(2, chunks.Count);
    }

    [Fact]
    public async Task An_event_larger_than_the_bound_fails_with_a_message_naming_the_setting()
    {
        var (client, handler) = Create(o => o.MaxStreamEventBytes = 4096);
        var big = new string('x', 10_000);
        handler.EnqueueSse($"data: {Chunk(1)}\n\ndata: {{\"id\":\"gen-s\",\"padding\":\"{big}\"}}\n\ndata: [DONE]\n\n");
        var seen = new List<ChatCompletionChunk>();

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => CollectAsync(client.StreamChatCompletionAsync(Request()), seen));

        Assert.Single(seen);
        Assert.Contains("MaxStreamEventBytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("4096", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_mid_stream_throws_operation_cancelled_with_the_callers_token()
    {
        var (client, handler) = Create();
        handler.EnqueueSse($"data: {Chunk(1)}\n\ndata: {Chunk(2)}\n\ndata: {Chunk(3, "stop")}\n\ndata: [DONE]\n\n");
        using var cts = new CancellationTokenSource();
        var seen = 0;

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.StreamChatCompletionAsync(Request(), cts.Token))
            {
                seen++;
                await cts.CancelAsync();
            }
        });

        Assert.Equal(1, seen);
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task Legacy_completions_stream_through_the_same_reader()
    {
        var (client, handler) = Create();
        handler.EnqueueSse(": OPENROUTER PROCESSING\n\ndata: {\"id\":\"gen-c\",\"choices\":[{\"index\":0,\"text\":\"7, 11\",\"finish_reason\":null}]}\n\ndata: {\"id\":\"gen-c\",\"choices\":[{\"index\":0,\"text\":\", 13\",\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");

        var chunks = new List<CompletionChunk>();
        await foreach (var chunk in client.StreamCompletionAsync(new CompletionRequest { Model = "m", Prompt = "primes:" }))
        {
            chunks.Add(chunk);
        }

        Assert.Equal(2, chunks.Count);
        Assert.Equal("completions", handler.Requests.Single().Uri.AbsolutePath.Split('/').Last());
        Assert.Contains("\"stream\":true", handler.Requests.Single().Body, StringComparison.Ordinal);
    }

    /// <summary>Serves some bytes, then fails like a reset connection.</summary>
    private sealed class FailingStream(byte[] prefix) : ReadOnlyTestStream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= prefix.Length)
            {
                throw new IOException("Connection reset by peer");
            }

            var n = Math.Min(count, prefix.Length - _position);
            Array.Copy(prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }
}
