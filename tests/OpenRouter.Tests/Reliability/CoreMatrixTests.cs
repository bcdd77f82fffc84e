using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpenRouter.Testing;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Reliability;

/// <summary>Rows R1 to R13 of the reliability matrix for the core client, over real loopback HTTP against the emulator, with a sentinel key (R14).</summary>
public sealed class CoreMatrixTests : MatrixTestBase
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task R1_503s_over_loopback_are_retried_with_backoff_and_the_last_is_typed_with_attempts()
    {
        var time = new SteppingTime();
        var client = Client(o => { o.MaxRetries = 2; o.TimeProvider = time; o.JitterSource = () => 0.5; });
        for (var i = 0; i < 3; i++)
        {
            Emulator.Enqueue(EmulatorResponse.Error(503, "No provider available", """{"provider_name":"Emulator"}"""));
        }

        var ex = await Scan.ThrowsAsync<OpenRouterException>(() => time.RunAsync(client.CreateChatCompletionAsync(Request())));

        Assert.Equal((503, 3, "Emulator"), (ex.StatusCode!.Value, ex.Attempts, ex.ProviderName));
        Assert.Equal(3, Emulator.Requests.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(500 + 1000), time.GetUtcNow() - Start);
    }

    [Fact]
    public async Task R1_a_503_before_a_stream_starts_is_retried_then_the_stream_is_read()
    {
        var time = new SteppingTime();
        var client = Client(o => { o.MaxRetries = 2; o.TimeProvider = time; o.JitterSource = () => 0.5; });
        Emulator.Enqueue(EmulatorResponse.Error(503, "busy"));
        Emulator.Enqueue(EmulatorResponse.Chat("streamed after a retry"));
        var chunks = new List<ChatCompletionChunk>();

        var failure = await time.RunAsync(Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks));

        Assert.Null(failure);
        Assert.Equal("streamed after a retry", Text(chunks));
        Assert.Equal(2, Emulator.Requests.Count);
    }

    [Theory]
    [InlineData("retry-after-ms", "1500", 1500)]
    [InlineData("Retry-After", "3", 3000)]
    [InlineData("Retry-After", "Fri, 27 Nov 2026 00:00:04 GMT", 4000)]
    [InlineData("Retry-After", "Thu, 26 Nov 2026 23:00:00 GMT", 500)]
    [InlineData("Retry-After", "soon-ish", 500)]
    public async Task R2_server_delays_over_loopback_are_a_minimum_past_dates_are_zero_and_garbage_is_ignored(string header, string value, int expectedMs)
    {
        var time = new SteppingTime();
        var client = Client(o => { o.MaxRetries = 1; o.TimeProvider = time; o.JitterSource = () => 0.5; });
        Emulator.Enqueue(EmulatorResponse.Error(429, "slow down").WithHeader(header, value));
        Emulator.Enqueue(EmulatorResponse.Chat("ok"));

        await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), time.GetUtcNow() - Start);
    }

    [Fact]
    public async Task R2_retry_after_ms_wins_over_retry_after_and_above_the_cap_fails_fast()
    {
        var time = new SteppingTime();
        var client = Client(o => { o.MaxRetries = 2; o.TimeProvider = time; o.JitterSource = () => 0.5; });
        Emulator.Enqueue(EmulatorResponse.Error(429, "a").WithHeader("Retry-After", "9").WithHeader("retry-after-ms", "700"));
        Emulator.Enqueue(EmulatorResponse.Error(429, "b").WithHeader("Retry-After", "61"));

        var ex = await Scan.ThrowsAsync<OpenRouterException>(() => time.RunAsync(client.CreateChatCompletionAsync(Request())));

        Assert.Equal(TimeSpan.FromMilliseconds(700), time.GetUtcNow() - Start);
        Assert.Equal(TimeSpan.FromSeconds(61), ex.RetryAfter);
        Assert.Equal(2, ex.Attempts);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(402)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(413)]
    [InlineData(422)]
    [InlineData(501)]
    public async Task R3_client_errors_over_loopback_are_not_retried_and_hold_no_key(int status)
    {
        var client = Client(o => o.MaxRetries = 2);
        Emulator.Enqueue(EmulatorResponse.Error(status, $"refused with {status}"));

        var ex = await Scan.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(status, ex.StatusCode);
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task R3_limit_errors_over_loopback_the_in_flight_402_waits_retry_after_and_the_others_are_typed_and_not_retried()
    {
        var time = new SteppingTime();
        var client = Client(o => { o.MaxRetries = 2; o.TimeProvider = time; o.JitterSource = () => 0.5; });
        Emulator.Enqueue(EmulatorResponse.Error(402, "In-flight budget exhausted", """{"limit_source":"openrouter_in_flight_budget"}""", new Dictionary<string, string> { ["Retry-After"] = "4" }));
        Emulator.Enqueue(EmulatorResponse.Chat("after the in-flight budget freed up"));
        Emulator.Enqueue(EmulatorResponse.Error(402, "Request exceeds your remaining credits", """{"limit_source":"openrouter_credits"}"""));
        Emulator.Enqueue(EmulatorResponse.Error(403, "Key limit exceeded", """{"limit_source":"openrouter_key_limit","scope":"daily","limit_usd":"1.00","spend_usd":1.02,"resets_at":"2026-11-28T00:00:00Z"}"""));

        var answer = await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        // A retry would wait on the fake clock, which nothing moves from here on: bound the wait so that a retry fails the test.
        var credits = await Scan.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()).WaitAsync(TimeSpan.FromSeconds(10)));
        var budget = await Scan.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("after the in-flight budget freed up", answer.Choices![0].Message!.Content);
        Assert.Equal(TimeSpan.FromSeconds(4), time.GetUtcNow() - Start);
        Assert.Equal((402, 1, LimitSource.Credits), (credits.StatusCode!.Value, credits.Attempts, credits.LimitSource!.Value));
        Assert.Equal((403, 1, LimitSource.KeyLimit, "daily"), (budget.StatusCode!.Value, budget.Attempts, budget.LimitSource!.Value, budget.LimitScope));
        Assert.Equal((1.00m, 1.02m, new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)), (budget.LimitUsd!.Value, budget.SpendUsd!.Value, budget.ResetsAt!.Value));
        Assert.Equal(4, Emulator.Requests.Count);
    }

    [Fact]
    public async Task R1_an_upstream_429_over_loopback_is_retried_and_typed_and_an_account_429_carries_its_rate_limit_headers()
    {
        var time = new SteppingTime();
        var client = Client(o => { o.MaxRetries = 1; o.TimeProvider = time; o.JitterSource = () => 0.5; });
        const string upstream = """{"provider_name":"BaseTen","limit_source":"upstream_provider_shared_pool","remedy_hint":"Route to another provider"}""";
        Emulator.Enqueue(EmulatorResponse.Error(429, "Provider returned error", upstream));
        Emulator.Enqueue(EmulatorResponse.Error(429, "Provider returned error", upstream));
        var headers = new Dictionary<string, string> { ["X-RateLimit-Limit"] = "20", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = Start.AddMinutes(10).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Emulator.Enqueue(EmulatorResponse.Error(429, "Rate limit exceeded: free-models-per-min.", null, headers));

        var shared = await Scan.ThrowsAsync<OpenRouterException>(() => time.RunAsync(client.CreateChatCompletionAsync(Request())));

        // The reset is 10 minutes away, beyond the 60 s cap: no wait (a retry would wait on the fake clock, which nothing moves now).
        var account = await Scan.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal((true, 2, "Route to another provider"), (shared.IsUpstreamRateLimit, shared.Attempts, shared.RemedyHint));
        Assert.False(account.IsUpstreamRateLimit);
        Assert.Equal((20L, 0L, Start.AddMinutes(10)), (account.RateLimit!.Limit!.Value, account.RateLimit.Remaining!.Value, account.RateLimit.Reset!.Value));
        Assert.Equal(1, account.Attempts);
        Assert.Equal(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(500), account.RetryAfter);
    }

    [Fact]
    public async Task R4_connection_refused_is_retried_and_the_final_failure_is_typed()
    {
        var time = new SteppingTime();
        var client = Client(o => { o.Endpoint = OpenRouterEmulator.CreateRefusedEndpoint(); o.MaxRetries = 2; o.TimeProvider = time; o.JitterSource = () => 0.5; });

        var ex = await Scan.ThrowsAsync<OpenRouterException>(() => time.RunAsync(client.CreateChatCompletionAsync(Request())));

        Assert.Null(ex.StatusCode);
        Assert.Equal(3, ex.Attempts);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), time.GetUtcNow() - Start);
    }

    [Fact]
    public async Task R4_a_reset_before_the_headers_is_retried_unless_turned_off()
    {
        var time = new SteppingTime();
        var retrying = Client(o => { o.MaxRetries = 1; o.TimeProvider = time; o.JitterSource = () => 0.5; });
        var strict = Client(o => { o.MaxRetries = 1; o.RetryWhenConnectionLostAfterSend = false; });
        Emulator.Enqueue(EmulatorResponse.ResetBeforeHeaders());
        Emulator.Enqueue(EmulatorResponse.Chat("second try"));
        Emulator.Enqueue(EmulatorResponse.ResetBeforeHeaders());

        var completion = await time.RunAsync(retrying.CreateChatCompletionAsync(Request()));
        var ex = await Scan.ThrowsAsync<OpenRouterException>(() => strict.CreateChatCompletionAsync(Request()));

        Assert.Equal("second try", completion.Choices![0].Message!.Content);
        Assert.Equal(1, ex.Attempts);
        Assert.Equal(3, Emulator.Requests.Count);
    }

    [Fact]
    public async Task R5_cancelling_a_stalled_request_is_not_retried_and_carries_the_callers_token()
    {
        var client = Client(o => o.MaxRetries = 2);
        Emulator.Enqueue(EmulatorResponse.Chat("late").WithDelay(TimeSpan.FromSeconds(30)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var ex = await Scan.ThrowsAsync<OperationCanceledException>(() => client.CreateChatCompletionAsync(Request(), cts.Token));

        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task R7_a_reset_after_n_events_delivers_them_then_a_connection_lost_error_and_is_never_retried()
    {
        var client = Client(o => o.MaxRetries = 2);
        Emulator.Enqueue(EmulatorResponse.ResetAfterEvents(3, "one two three four five six seven eight"));
        var chunks = new List<ChatCompletionChunk>();

        var failure = await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);

        var ex = Assert.IsType<OpenRouterStreamException>(failure);
        Assert.Equal(StreamFailureKind.ConnectionLost, ex.Kind);
        Assert.Equal(3, chunks.Count);
        Assert.Equal(3, ex.EventsReceived);
        Assert.IsAssignableFrom<IOException>(ex.InnerException);
        Assert.False(ex.IsRetryable);
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task R8_eof_without_done_and_without_finish_reason_is_a_truncation_error_after_the_text()
    {
        var client = Client();
        Emulator.Enqueue(EmulatorResponse.TruncatedStream("a cut answer"));
        var chunks = new List<ChatCompletionChunk>();

        var failure = await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);

        var ex = Assert.IsType<OpenRouterStreamException>(failure);
        Assert.Equal(StreamFailureKind.Truncated, ex.Kind);
        Assert.Equal("a cut answer", Text(chunks));
        Assert.Equal(chunks.Count, ex.EventsReceived);
    }

    [Fact]
    public async Task R8_eof_without_done_after_a_finish_reason_is_accepted()
    {
        var client = Client();
        Emulator.Enqueue(EmulatorResponse.StreamWithoutDone("complete, but no [DONE]"));
        var chunks = new List<ChatCompletionChunk>();

        var failure = await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);

        Assert.Null(failure);
        Assert.Equal("complete, but no [DONE]", Text(chunks));
        Assert.Contains(chunks, c => c.Choices?.FirstOrDefault()?.FinishReason == CompletionFinishReason.Stop);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task R9_a_mid_stream_error_event_is_typed_with_code_message_and_provider_after_the_earlier_updates(bool withFinishReason)
    {
        var client = Client(o => o.MaxRetries = 2);
        const string Metadata = """{"provider_name":"Anthropic","raw":"{\"error\":{\"message\":\"overloaded\"}}"}""";
        Emulator.Enqueue(withFinishReason
            ? EmulatorResponse.MidStreamError("Partial answer", 502, "Provider disconnected", Metadata)
            : EmulatorResponse.MidStreamErrorWithoutFinishReason("Partial answer", 502, "Provider disconnected", Metadata));
        var chunks = new List<ChatCompletionChunk>();

        var failure = await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);

        var ex = Assert.IsType<OpenRouterStreamException>(failure);
        Assert.Equal(StreamFailureKind.ServerError, ex.Kind);
        Assert.Equal("Partial answer", Text(chunks));
        Assert.Equal(("502", "Provider disconnected", "Anthropic", "overloaded"), (ex.ErrorCode, ex.ErrorMessage, ex.ProviderName, ex.ProviderMessage));
        Assert.Equal(chunks.Count, ex.EventsReceived);
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task R10_a_malformed_event_is_a_protocol_error_with_its_index_and_a_short_sanitised_excerpt()
    {
        var client = Client();
        var payload = "{\"choices\":[{\"delta\":{\"content\":\"" + Key + "\u0001" + new string('z', 600);
        Emulator.Enqueue(EmulatorResponse.MalformedEvent(afterEvents: 2, payload));
        var chunks = new List<ChatCompletionChunk>();

        var failure = await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);

        var ex = Assert.IsType<OpenRouterProtocolException>(failure);
        Assert.Equal(2, chunks.Count);
        Assert.Equal(2, ex.EventIndex);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.NotNull(ex.ResponseExcerpt);
        Assert.InRange(ex.ResponseExcerpt!.Length, 1, 256);
        Assert.DoesNotContain(Key, ex.ResponseExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', ex.ResponseExcerpt);
    }

    [Fact]
    public async Task R10_a_non_json_200_body_is_a_protocol_error_wrapping_the_json_exception()
    {
        var client = Client(o => o.MaxRetries = 2);
        Emulator.Enqueue(EmulatorResponse.Raw(200, "application/json", "<html><body>Gateway says hi</body></html>"));

        var ex = await Scan.ThrowsAsync<OpenRouterProtocolException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Contains("Gateway says hi", ex.ResponseExcerpt, StringComparison.Ordinal);
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task R10_a_wrong_content_type_on_a_stream_is_a_protocol_error_not_an_empty_success()
    {
        var client = Client();
        Emulator.Enqueue(EmulatorResponse.Raw(200, "text/html", "<html>maintenance</html>"));

        var failure = await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), []);

        var ex = Assert.IsType<OpenRouterProtocolException>(failure);
        Assert.Contains("text/html", ex.Message, StringComparison.Ordinal);
        Assert.Contains("maintenance", ex.ResponseExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R11_sse_edge_cases_over_loopback_are_read_per_the_spec()
    {
        var client = Client();
        const string Sse =
            ": OPENROUTER PROCESSING\r\n\r\n" +
            "event: message\r\nid: 1\r\ndata: {\"id\":\"gen-e\",\"unknown_top\":{\"x\":[1,2]},\"choices\":[{\"index\":0,\"delta\":{\"content\":\"crlf \",\"mystery\":true}}]}\r\n\r\n" +
            ": comment between events\n\n" +
            "data:{\"id\":\"gen-e\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"no-space \"}}]}\r\r" +
            "data: {\"id\":\"gen-e\",\"choices\":[{\"index\":0,\n" +
            "data: \"delta\":{\"content\":\"multi-line\"},\"finish_reason\":\"brand_new_reason\"}]}\n\n" +
            "retry: 10\n\n" +
            "data: [DONE]\n\n";
        Emulator.Enqueue(EmulatorResponse.Sse(Sse));
        var chunks = new List<ChatCompletionChunk>();

        var failure = await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);

        Assert.Null(failure);
        Assert.Equal("crlf no-space multi-line", Text(chunks));
        Assert.Equal("brand_new_reason", chunks[^1].Choices![0].FinishReason!.Value.Value);
    }

    [Fact]
    public async Task R11_keep_alive_comments_alone_for_longer_than_the_idle_timeout_keep_the_stream_open()
    {
        var time = new FakeTimeProvider(Start);
        var counter = new ByteCountingHandler(new SocketsHttpHandler { MaxResponseDrainSize = 0 });
        var client = Client(o => { o.TimeProvider = time; o.StreamIdleTimeout = TimeSpan.FromSeconds(20); }, new HttpClient(counter) { Timeout = Timeout.InfiniteTimeSpan });
        Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 2, keepAliveInterval: TimeSpan.FromMilliseconds(20)));
        using var cancel = new CancellationTokenSource();
        var chunks = new List<ChatCompletionChunk>();

        var drain = Scan.DrainAsync(client.StreamChatCompletionAsync(Request(), cancellationToken: cancel.Token), chunks);
        Assert.True(await WallClock.EventuallyAsync(() => chunks.Count == 2));

        // Fake time moves 8 s only after the client has read another keep-alive, so no quiet gap reaches the 20 s idle
        // timeout while the total (80 s) is four times it. Pacing by reads, not by the wall clock, keeps a busy machine
        // from turning this into a timeout (or into too little fake time).
        for (var step = 0; step < 10; step++)
        {
            var before = counter.BytesRead;
            Assert.True(await WallClock.EventuallyAsync(() => counter.BytesRead > before, TimeSpan.FromSeconds(10)), $"no keep-alive arrived at step {step}");
            time.Advance(TimeSpan.FromSeconds(8));
            await Task.Yield();
            Assert.False(drain.IsCompleted, $"the stream ended at step {step}");
        }

        await cancel.CancelAsync();
        var failure = await drain.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.IsAssignableFrom<OperationCanceledException>(failure);
        Assert.Equal(2, chunks.Count);
        Assert.Equal(TimeSpan.FromSeconds(80), time.GetUtcNow() - Start);
    }

    [Fact]
    public async Task R12_a_stall_beyond_the_idle_timeout_is_a_timeout_exception_the_connection_is_closed_and_nothing_is_retried()
    {
        var time = new FakeTimeProvider(Start);
        var client = Client(o => { o.TimeProvider = time; o.MaxRetries = 2; });
        Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 2));
        var chunks = new List<ChatCompletionChunk>();

        var drain = Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);
        Assert.True(await WallClock.EventuallyAsync(() => chunks.Count == 2));
        await Task.Delay(50);
        time.Advance(TimeSpan.FromSeconds(121));
        var failure = await drain.WaitAsync(TimeSpan.FromSeconds(10));

        var ex = Assert.IsType<TimeoutException>(failure);
        Assert.Contains("StreamIdleTimeout", ex.Message, StringComparison.Ordinal);
        Assert.NotNull((await Emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(5))).AbortedAt);
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task R12_the_idle_timeout_also_closes_a_stall_read_through_a_plain_user_supplied_HttpClient()
    {
        var time = new FakeTimeProvider(Start);
        using var http = new HttpClient(); // default handler and settings, as a user would pass it
        var client = Client(o => o.TimeProvider = time, http);
        Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 1));
        var chunks = new List<ChatCompletionChunk>();

        var drain = Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);
        Assert.True(await WallClock.EventuallyAsync(() => chunks.Count == 1));
        await Task.Delay(50);
        time.Advance(TimeSpan.FromSeconds(121));
        var failure = await drain.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.IsType<TimeoutException>(failure);
        Assert.NotNull((await Emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(5))).AbortedAt);
    }

    [Fact]
    public async Task R13_an_oversized_event_is_invalid_data_naming_the_bound_and_is_not_read_whole()
    {
        var counter = new ByteCountingHandler(new SocketsHttpHandler { MaxResponseDrainSize = 0 });
        var client = Client(o => o.MaxStreamEventBytes = 64 * 1024, new HttpClient(counter) { Timeout = Timeout.InfiniteTimeSpan });
        Emulator.Enqueue(EmulatorResponse.OversizedEvent(32 * 1024 * 1024, afterEvents: 1));
        var chunks = new List<ChatCompletionChunk>();

        var failure = await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);

        var ex = Assert.IsType<InvalidDataException>(failure);
        Assert.Contains("MaxStreamEventBytes", ex.Message, StringComparison.Ordinal);
        Assert.Single(chunks);

        // The server had 32 MiB to send; the client stopped reading shortly after the 64 KiB bound (plus what the
        // connection had already buffered when it was closed): the event was never buffered whole.
        Assert.InRange(counter.BytesRead, 64 * 1024, 4 * 1024 * 1024);
    }

    /// <summary>Counts the response body bytes the client actually read.</summary>
    private sealed class ByteCountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private long _bytesRead;

        public long BytesRead => Interlocked.Read(ref _bytesRead);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var original = response.Content;
            var stream = await original.ReadAsStreamAsync(cancellationToken);
            var counted = new StreamContent(new CountingStream(stream, n => Interlocked.Add(ref _bytesRead, n)));
            foreach (var header in original.Headers)
            {
                counted.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = counted;
            return response;
        }
    }

    private sealed class CountingStream(Stream inner, Action<int> onRead) : ReadOnlyTestStream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            onRead(n);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            onRead(n);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task R13_a_non_streamed_body_over_the_bound_is_invalid_data_naming_the_bound()
    {
        var client = Client(o => o.MaxResponseBytes = 1024 * 1024);
        Emulator.Enqueue(EmulatorResponse.OversizedEvent(8 * 1024 * 1024));

        var ex = await Scan.ThrowsAsync<InvalidDataException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Contains("MaxResponseBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R14_tostring_of_options_client_and_request_options_hold_no_key()
    {
        var options = new OpenRouterClientOptions { ApiKey = Key, Endpoint = new Uri("https://openrouter.ai/api/v1/") };
        using var client = new OpenRouterClient(options);
        var perCall = new OpenRouterRequestOptions { SessionId = "s-1", MaxRetries = 1 };
        perCall.Headers["x-anthropic-beta"] = "b";
        foreach (var value in new object[] { options, client, perCall, Request() })
        {
            Scan.Add(value.GetType().Name + ".ToString()", value);
            Assert.DoesNotContain(Key, value.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains("(set)", options.ToString(), StringComparison.Ordinal);
    }
}
