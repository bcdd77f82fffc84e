using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Reliability;

/// <summary>
/// Rows R7 to R13 of the reliability matrix through the <see cref="IChatClient"/>, under <c>UseLogging</c> at Trace,
/// over loopback against the emulator with a sentinel key: each test ends with the R14 scan of logs, activities,
/// exceptions and <c>ToString()</c>s.
/// </summary>
public sealed class ChatClientMatrixTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
    private readonly string _key = "sk-or-v1-sentinel-" + Guid.NewGuid().ToString("N");
    private readonly FakeLogCollector _logs = new();
    private EmulatorRig _rig = null!;

    private OpenRouterEmulator Emulator => _rig.Emulator;

    private SentinelScan Scan => _rig.Scan!;

    public async Task InitializeAsync() => _rig = await EmulatorRig.StartSentinelAsync(_key);

    public async Task DisposeAsync()
    {
        await _rig.StopAsync();
        Assert.NotEmpty(_logs.GetSnapshot());
        foreach (var record in _logs.GetSnapshot())
        {
            Scan.Add($"log record {record.Category}/{record.Level}", $"{record.Message}\n{record.Exception}\n{string.Join("\n", record.StructuredState ?? [])}");
        }

        await _rig.DisposeAsync();
    }

    /// <summary>A client with the sentinel key and two retries (scanned by the rig), under <c>UseLogging</c> at Trace.</summary>
    private IChatClient ChatClient(Action<OpenRouterClientOptions>? configure = null)
    {
        var core = _rig.CreateClient(options => { options.MaxRetries = 2; configure?.Invoke(options); });
        var loggerFactory = _rig.Own(LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs))));
        var chat = core.AsIChatClient("openai/gpt-4o-mini").AsBuilder().UseLogging(loggerFactory).Build();
        Scan.Add("IChatClient.ToString()", chat);
        Scan.Add("inner IChatClient.ToString()", chat.GetService<OpenRouterClient>()!.AsIChatClient());
        return chat;
    }

    private static ChatOptions Options() => new() { Temperature = 0.2f };

    private async Task<(List<ChatResponseUpdate> Updates, Exception? Failure)> StreamAsync(IChatClient chat, CancellationToken cancellationToken = default)
    {
        var updates = new List<ChatResponseUpdate>();
        var failure = await Scan.DrainAsync(chat.GetStreamingResponseAsync("Tell me a story.", Options(), cancellationToken), updates);
        return (updates, failure);
    }

    [Fact]
    public async Task R7_IChatClient_reset_after_n_events_yields_them_then_a_connection_lost_error_without_retry()
    {
        var chat = ChatClient();
        Emulator.Enqueue(EmulatorResponse.ResetAfterEvents(3, "alpha beta gamma delta epsilon zeta"));

        var (updates, failure) = await StreamAsync(chat);

        var ex = Assert.IsType<OpenRouterStreamException>(failure);
        Assert.Equal(StreamFailureKind.ConnectionLost, ex.Kind);
        Assert.Equal(3, updates.Count);
        Assert.Equal(3, ex.EventsReceived);
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task R8_IChatClient_eof_without_done_or_finish_reason_throws_truncated()
    {
        var chat = ChatClient();
        Emulator.Enqueue(EmulatorResponse.TruncatedStream("cut short"));

        var (updates, failure) = await StreamAsync(chat);

        Assert.Equal(StreamFailureKind.Truncated, Assert.IsType<OpenRouterStreamException>(failure).Kind);
        Assert.Equal("cut short", string.Concat(updates.Select(u => u.Text)));
    }

    [Fact]
    public async Task R8_IChatClient_eof_without_done_after_a_finish_reason_is_accepted()
    {
        var chat = ChatClient();
        Emulator.Enqueue(EmulatorResponse.StreamWithoutDone("whole answer"));

        var (updates, failure) = await StreamAsync(chat);

        Assert.Null(failure);
        var response = updates.ToChatResponse();
        Assert.Equal("whole answer", response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task R9_IChatClient_mid_stream_error_is_typed_after_the_earlier_updates(bool withFinishReason)
    {
        var chat = ChatClient();
        Emulator.Enqueue(withFinishReason
            ? EmulatorResponse.MidStreamError("Partial", 502, "Provider disconnected", """{"provider_name":"OpenAI"}""")
            : EmulatorResponse.MidStreamErrorWithoutFinishReason("Partial", 502, "Provider disconnected", """{"provider_name":"OpenAI"}"""));

        var (updates, failure) = await StreamAsync(chat);

        var ex = Assert.IsType<OpenRouterStreamException>(failure);
        Assert.Equal((StreamFailureKind.ServerError, "502", "OpenAI"), (ex.Kind, ex.ErrorCode, ex.ProviderName));
        Assert.Equal("Partial", string.Concat(updates.Select(u => u.Text)));
    }

    [Fact]
    public async Task R10_IChatClient_malformed_event_and_non_json_200_are_protocol_errors()
    {
        var chat = ChatClient();
        Emulator.Enqueue(EmulatorResponse.MalformedEvent(afterEvents: 1));
        Emulator.Enqueue(EmulatorResponse.Raw(200, "application/json", "not json at all"));

        var (updates, failure) = await StreamAsync(chat);
        var whole = await Scan.ThrowsAsync<OpenRouterProtocolException>(() => chat.GetResponseAsync("x", Options()));

        var streamed = Assert.IsType<OpenRouterProtocolException>(failure);
        Assert.Equal(1, streamed.EventIndex);
        Assert.Single(updates);
        Assert.IsAssignableFrom<JsonException>(streamed.InnerException);
        Assert.IsAssignableFrom<JsonException>(whole.InnerException);
        Assert.InRange(whole.ResponseExcerpt!.Length, 1, 256);
    }

    [Fact]
    public async Task R11_IChatClient_unknown_finish_reason_maps_to_a_new_chat_finish_reason_and_unknown_fields_are_ignored()
    {
        var chat = ChatClient();
        Emulator.Enqueue(EmulatorResponse.Sse(
            ": OPENROUTER PROCESSING\r\n\r\n" +
            "event: message\r\nid: 7\r\ndata:{\"id\":\"gen-u\",\"surprise\":[1],\"choices\":[{\"index\":0,\"delta\":{\"content\":\"odd \",\"extra\":{}}}]}\r\n\r\n" +
            ": between\r\r" +
            "data: {\"id\":\"gen-u\",\"choices\":[{\"index\":0,\n" +
            "data: \"delta\":{\"content\":\"end\"},\"finish_reason\":\"quantum_collapse\"}]}\n\n" +
            "data: [DONE]\n\n"));

        var (updates, failure) = await StreamAsync(chat);

        Assert.Null(failure);
        var response = updates.ToChatResponse();
        Assert.Equal("odd end", response.Text);
        Assert.Equal(new ChatFinishReason("quantum_collapse"), response.FinishReason);
    }

    [Fact]
    public async Task R12_IChatClient_stall_beyond_the_idle_timeout_is_a_timeout_exception()
    {
        var time = new FakeTimeProvider(Start);
        var chat = ChatClient(o => o.TimeProvider = time);
        Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 1));

        var drain = StreamAsync(chat);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!drain.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(10));
            await Task.WhenAny(drain, Task.Delay(20));
        }

        var (updates, failure) = await drain;
        Assert.IsType<TimeoutException>(failure);
        Assert.Single(updates);
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task R13_IChatClient_oversized_event_and_body_are_invalid_data_naming_the_bound()
    {
        var chat = ChatClient(o => { o.MaxStreamEventBytes = 64 * 1024; o.MaxResponseBytes = 256 * 1024; });
        Emulator.Enqueue(EmulatorResponse.OversizedEvent(4 * 1024 * 1024));
        Emulator.Enqueue(EmulatorResponse.OversizedEvent(4 * 1024 * 1024));

        var (_, failure) = await StreamAsync(chat);
        var whole = await Scan.ThrowsAsync<InvalidDataException>(() => chat.GetResponseAsync("x", Options()));

        Assert.Contains("MaxStreamEventBytes", Assert.IsType<InvalidDataException>(failure).Message, StringComparison.Ordinal);
        Assert.Contains("MaxResponseBytes", whole.Message, StringComparison.Ordinal);
    }
}

/// <summary>Bad input from the caller fails before any HTTP call, through the IChatClient.</summary>
public sealed class ChatClientBadInputTests
{
    public static TheoryData<string, Func<IChatClient, Task>> Cases => new()
    {
        { "no model", c => c.GetResponseAsync("hi") },
        { "empty messages", c => c.GetResponseAsync(Array.Empty<ChatMessage>(), new ChatOptions { ModelId = "m" }) },
        { "Temperature", c => c.GetResponseAsync("hi", new ChatOptions { ModelId = "m", Temperature = 2.5f }) },
        { "TopP", c => c.GetResponseAsync("hi", new ChatOptions { ModelId = "m", TopP = 1.5f }) },
        { "Effort", c => c.GetResponseAsync("hi", new ChatOptions { ModelId = "m", AdditionalProperties = new() { ["reasoning"] = new Dictionary<string, object?> { ["effort"] = "EXTREME" } } }) },
        { "Effort with a budget", c => c.GetResponseAsync("hi", new ChatOptions { ModelId = "m", Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Medium }, AdditionalProperties = new() { ["reasoning"] = new Dictionary<string, object?> { ["max_tokens"] = 1024 } } }) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_through_the_IChatClient_fails_before_any_http_call(string what, Func<IChatClient, Task> call)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        using var core = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-bad-input", Endpoint = emulator.Endpoint });
        var chat = core.AsIChatClient();

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => call(chat));

        Assert.True(ex is ArgumentException or InvalidOperationException, $"{what}: {ex.GetType().Name}: {ex.Message}");
        Assert.Empty(emulator.Requests);
    }
}
