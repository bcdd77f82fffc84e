using System.Diagnostics;
using System.Net;
using OpenRouter.Testing;
using OpenRouter.Tests.Support;
using Xunit.Abstractions;

namespace OpenRouter.Tests.Reliability;

/// <summary>
/// R6 with an <see cref="HttpClient"/> the user made: a plain <c>new HttpClient()</c>, whose handler drains a cancelled
/// HTTP/1.1 response for up to 2 s before closing it. The client closes the connection itself, so the bound holds
/// anyway. Run alone because they assert wall-clock bounds; each bound is measured up to three times, on a fresh stalled
/// response each time, and holds when one measurement is within it (a loaded machine can wake one up late).
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class DisconnectTests(ITestOutputHelper output) : MatrixTestBase
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task R6_cancelling_mid_stream_through_a_default_HttpClient_is_seen_by_the_server_within_100_ms()
    {
        using var http = new HttpClient();
        var client = Client(http: http);
        await WallClock.WithinBudgetAsync(Budget, async () =>
        {
            var first = Emulator.Requests.Count;
            Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 2));
            using var cts = new CancellationTokenSource();
            var cancelledAt = default(DateTimeOffset);

            var ex = await Scan.ThrowsAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in client.StreamChatCompletionAsync(Request(), cts.Token))
                {
                    cancelledAt = DateTimeOffset.UtcNow;
                    await cts.CancelAsync();
                }
            });

            var lag = await Emulator.DisconnectLagAsync(cancelledAt, first);
            output.WriteLine($"default HttpClient, cancel between reads: server saw the disconnect after {lag.TotalMilliseconds:F1} ms");
            Assert.Equal(cts.Token, ex.CancellationToken);
            Assert.True(await WallClock.EventuallyAsync(() => Emulator.ActiveConnections == 0), $"{Emulator.ActiveConnections} connections still open");
            return lag;
        });
    }

    [Fact]
    public async Task R6_cancelling_while_a_read_waits_through_a_default_HttpClient_is_seen_within_100_ms()
    {
        using var http = new HttpClient();
        var client = Client(http: http);
        await WallClock.WithinBudgetAsync(Budget, async () =>
        {
            var first = Emulator.Requests.Count;
            Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 1));
            using var cts = new CancellationTokenSource();
            var cancelledAt = default(DateTimeOffset);

            await Scan.ThrowsAsync<OperationCanceledException>(async () =>
            {
                await foreach (var chunk in client.StreamChatCompletionAsync(Request(), cts.Token))
                {
                    _ = Task.Run(async () =>
                    {
                        await Task.Delay(50);
                        cancelledAt = DateTimeOffset.UtcNow;
                        await cts.CancelAsync();
                    });
                }
            });

            var lag = await Emulator.DisconnectLagAsync(cancelledAt, first);
            output.WriteLine($"default HttpClient, cancel during a pending read: {lag.TotalMilliseconds:F1} ms");
            Assert.True(await WallClock.EventuallyAsync(() => Emulator.ActiveConnections == 0), $"{Emulator.ActiveConnections} connections still open");
            return lag;
        });
    }

    [Fact]
    public async Task R6_breaking_out_of_a_stream_through_a_default_HttpClient_is_seen_within_100_ms()
    {
        using var http = new HttpClient();
        var client = Client(http: http);
        await WallClock.WithinBudgetAsync(Budget, async () =>
        {
            var first = Emulator.Requests.Count;
            Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 3));
            var breakAt = default(DateTimeOffset);

            await foreach (var _ in client.StreamChatCompletionAsync(Request()))
            {
                breakAt = DateTimeOffset.UtcNow;
                break;
            }

            var lag = await Emulator.DisconnectLagAsync(breakAt, first);
            output.WriteLine($"default HttpClient, break: {lag.TotalMilliseconds:F1} ms");
            Assert.True(await WallClock.EventuallyAsync(() => Emulator.ActiveConnections == 0), $"{Emulator.ActiveConnections} connections still open");
            return lag;
        });
    }

    [Fact]
    public async Task R6_a_completed_stream_leaves_its_connection_for_reuse()
    {
        using var http = new HttpClient();
        var client = Client(http: http);

        for (var i = 0; i < 3; i++)
        {
            await foreach (var _ in client.StreamChatCompletionAsync(Request()))
            {
            }
        }

        Assert.Equal(3, Emulator.Requests.Count);
        Assert.All(Emulator.Requests, r => Assert.Null(r.AbortedAt));
        Assert.Equal(1, Emulator.ActiveConnections);
    }

    /// <summary>
    /// The reference point, reported and not asserted: a default handler on its own, disposing a stalled response,
    /// keeps the connection for its drain timeout before closing it.
    /// </summary>
    [Fact]
    public async Task R6_reference_a_default_handler_alone_closes_a_disposed_stream_late()
    {
        using var http = new HttpClient();
        Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 1));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Emulator.Endpoint, "chat/completions"))
        {
            Content = new StringContent("""{"model":"m","stream":true,"messages":[{"role":"user","content":"x"}]}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStreamAsync();
        _ = await body.ReadAsync(new byte[256]);

        var disposedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        response.Dispose();
        var lag = await Emulator.DisconnectLagAsync(disposedAt, timeout: TimeSpan.FromSeconds(10));
        output.WriteLine($"reference: default handler alone, dispose of an unread stream: server saw the disconnect after {lag.TotalMilliseconds:F0} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }
}
