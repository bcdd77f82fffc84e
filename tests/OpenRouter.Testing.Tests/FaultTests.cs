using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

public sealed class FaultTests
{
    private static readonly TimeSpan DisconnectBudget = TimeSpan.FromMilliseconds(100);

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Truncated_stream_ends_cleanly_without_finish_reason_usage_or_done(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.TruncatedStream("This answer is cut somewhere in the middle"));
        using var response = await h.ChatAsync(stream: true);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(sse.EndedWithDone);
        Assert.NotEmpty(sse.Json);
        Assert.All(sse.Json, c =>
        {
            Assert.False(c.TryGetProperty("usage", out _));
            Assert.Equal(JsonValueKind.Null, c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind);
        });

        h.Emulator.Enqueue(EmulatorResponse.TruncatedStream());
        using var plain = await h.ChatAsync();
        var body = await plain.Content.ReadAsStringAsync();
        Assert.StartsWith("{", body);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Reset_before_headers_fails_the_request(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.ResetBeforeHeaders());
        await Assert.ThrowsAsync<HttpRequestException>(() => h.ChatAsync(stream: true));
        var recorded = Assert.Single(h.Emulator.Requests);
        Assert.Null(recorded.AbortedAt);

        using var next = await h.ChatAsync();
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Reset_after_events_delivers_those_events_then_an_IOException(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.ResetAfterEvents(3, "a fairly long answer that streams in many small pieces"));
        using var response = await h.ChatAsync(stream: true, completion: HttpCompletionOption.ResponseHeadersRead);
        var sse = new SseCapture();
        await Assert.ThrowsAnyAsync<IOException>(async () => await SseCapture.ReadAsync(await response.Content.ReadAsStreamAsync(), sse));
        Assert.Equal(3, sse.Data.Count);
        Assert.Single(sse.Comments);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Reset_of_a_non_streaming_answer_fails_while_reading_the_body(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.ResetAfterEvents(1));
        using var response = await h.ChatAsync(completion: HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stream = await response.Content.ReadAsStreamAsync();
        await Assert.ThrowsAnyAsync<IOException>(() => stream.CopyToAsync(Stream.Null));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public Task Stall_sends_nothing_and_a_cancelled_read_is_seen_as_a_disconnect_within_100_ms(string mode)
        => WallClock.WithinBudgetAsync(DisconnectBudget, () => CancelledStallLatencyAsync(mode));

    private static async Task<TimeSpan> CancelledStallLatencyAsync(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 1));
        using var response = await h.ChatAsync(stream: true, completion: HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        string? line;
        do
        {
            line = await reader.ReadLineAsync();
        }
        while (line is not null && !line.StartsWith("data: ", StringComparison.Ordinal));
        Assert.NotNull(line);
        Assert.Equal(string.Empty, await reader.ReadLineAsync()); // the blank line that ends the event

        using var cts = new CancellationTokenSource();
        var pending = reader.ReadLineAsync(cts.Token).AsTask();
        await Task.WhenAny(pending, Task.Delay(250));
        Assert.False(pending.IsCompleted, "a stalled stream must not deliver anything");

        var cancelledAt = DateTimeOffset.UtcNow;
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        var aborted = await h.Emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(aborted.AbortedAt);
        return aborted.AbortedAt!.Value - cancelledAt;
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_disconnect_wait_with_a_predicate_skips_earlier_abandoned_requests(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        for (var i = 0; i < 2; i++)
        {
            h.Emulator.Enqueue(EmulatorResponse.Stall());
            var response = await h.ChatAsync(stream: true, completion: HttpCompletionOption.ResponseHeadersRead);
            Assert.True(await (await response.Content.ReadAsStreamAsync()).ReadAsync(new byte[64]) > 0);
            response.Dispose();
            await h.Emulator.WaitForClientDisconnectAsync(r => r == h.Emulator.Requests[i], TimeSpan.FromSeconds(5));
        }

        var first = await h.Emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(5));
        var second = await h.Emulator.WaitForClientDisconnectAsync(r => r != first, TimeSpan.FromSeconds(5));

        Assert.Same(h.Emulator.Requests[0], first);
        Assert.Same(h.Emulator.Requests[1], second);
        await Assert.ThrowsAsync<TimeoutException>(() => h.Emulator.WaitForClientDisconnectAsync(r => r != first && r != second, TimeSpan.FromMilliseconds(50)));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public Task Disposing_a_response_mid_stream_is_seen_as_a_disconnect_within_100_ms(string mode)
        => WallClock.WithinBudgetAsync(DisconnectBudget, () => DisposedResponseLatencyAsync(mode));

    private static async Task<TimeSpan> DisposedResponseLatencyAsync(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Stall());
        var response = await h.ChatAsync(stream: true, completion: HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        Assert.True(await stream.ReadAsync(new byte[64]) > 0); // the keep-alive comment

        var disposedAt = DateTimeOffset.UtcNow;
        response.Dispose();
        var aborted = await h.Emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(aborted.AbortedAt);
        var latency = aborted.AbortedAt!.Value - disposedAt;
        Assert.Same(aborted, Assert.Single(h.Emulator.Requests));

        using var generation = await h.Http.GetAsync($"generation?id={aborted.GenerationId}");
        using var json = JsonDocument.Parse(await generation.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("data").GetProperty("cancelled").GetBoolean());
        return latency;
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Stall_with_keep_alive_sends_only_comments(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, new OpenRouterEmulatorOptions { KeepAliveCommentsBeforeFirstChunk = 0 });
        h.Emulator.Enqueue(EmulatorResponse.Stall(keepAliveInterval: TimeSpan.FromMilliseconds(40)));
        using var response = await h.ChatAsync(stream: true, completion: HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        var sse = new SseCapture();
        var watch = Stopwatch.StartNew();
        while (sse.Comments.Count < 3)
        {
            sse.Add(await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(5)) ?? throw new EndOfStreamException());
        }

        Assert.True(watch.ElapsedMilliseconds >= 70, $"three comments 40 ms apart came after {watch.ElapsedMilliseconds} ms");
        Assert.Empty(sse.Data);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Stopping_the_emulator_ends_stalled_responses(string mode)
    {
        var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Stall());
        using var response = await h.ChatAsync(stream: true, completion: HttpCompletionOption.ResponseHeadersRead);
        var reading = SseCapture.ReadAsync(await response.Content.ReadAsStreamAsync(), new SseCapture());
        var watch = Stopwatch.StartNew();
        await h.Emulator.DisposeAsync();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"stopping took {watch.Elapsed}");
        await Assert.ThrowsAnyAsync<IOException>(() => reading.WaitAsync(TimeSpan.FromSeconds(5)));
        h.Http.Dispose();
    }

    [Fact]
    public async Task Loopback_connection_count_returns_to_zero_when_the_client_is_disposed()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.Loopback);
        Assert.Equal(0, h.Emulator.ActiveConnections);
        using (var response = await h.ChatAsync())
        {
            Assert.Equal(1, h.Emulator.ActiveConnections);
        }

        h.Http.Dispose();
        Assert.True(await WallClock.EventuallyAsync(() => h.Emulator.ActiveConnections == 0, TimeSpan.FromSeconds(5)), "condition not met in time");
    }

    [Fact]
    public async Task In_process_connection_count_follows_open_response_bodies()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        h.Emulator.Enqueue(EmulatorResponse.Stall());
        var response = await h.ChatAsync(stream: true, completion: HttpCompletionOption.ResponseHeadersRead);
        _ = await response.Content.ReadAsStreamAsync();
        Assert.Equal(1, h.Emulator.ActiveConnections);
        response.Dispose();
        Assert.Equal(0, h.Emulator.ActiveConnections);
    }
}
