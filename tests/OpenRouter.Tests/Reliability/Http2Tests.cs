using System.Net;
using OpenRouter.Testing;
using OpenRouter.Tests.Support;
using Xunit.Abstractions;

namespace OpenRouter.Tests.Reliability;

/// <summary>
/// R16: HTTP/2 over cleartext (h2c, prior knowledge) on loopback. The client sends through an <see cref="HttpClient"/>
/// whose default version is 2.0 with <see cref="HttpVersionPolicy.RequestVersionExact"/>: the request message gets
/// the client's defaults because it is sent through <see cref="HttpClient.SendAsync(HttpRequestMessage, HttpCompletionOption, CancellationToken)"/>.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class Http2Tests(ITestOutputHelper output) : MatrixTestBase
{
    protected override bool UseHttp2 => true;

    private static HttpClient Http2Client() => new()
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    [Fact]
    public async Task R16_streaming_over_h2c_yields_every_chunk()
    {
        using var http = Http2Client();
        var client = Client(http: http);
        Emulator.Enqueue(EmulatorResponse.Chat("Streamed over HTTP/2.", reasoning: "h2c"));
        var chunks = new List<ChatCompletionChunk>();

        var failure = await Scan.DrainAsync(client.StreamChatCompletionAsync(Request()), chunks);
        var whole = await client.CreateChatCompletionAsync(Request());

        Assert.Null(failure);
        Assert.Equal("Streamed over HTTP/2.", Text(chunks));
        Assert.NotNull(whole.Choices![0].Message!.Content);
        Assert.Equal(2, Emulator.Requests.Count);
        Assert.Equal(1, Emulator.ActiveConnections); // both requests shared one multiplexed connection
    }

    [Fact]
    public async Task R16_cancelling_an_h2c_stream_resets_it_and_the_server_sees_it_within_100_ms()
    {
        using var http = Http2Client();
        var client = Client(http: http);
        await WallClock.WithinBudgetAsync(TimeSpan.FromMilliseconds(100), async () =>
        {
            var first = Emulator.Requests.Count;
            Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 1));
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
            output.WriteLine($"h2c cancel: the server saw RST_STREAM after {lag.TotalMilliseconds:F1} ms");
            Assert.Equal(cts.Token, ex.CancellationToken);

            // The stream was reset, not the connection: the next call reuses it.
            var next = await client.CreateChatCompletionAsync(Request());
            Assert.NotNull(next.Id);
            Assert.Equal(1, Emulator.ActiveConnections);
            return lag;
        });
    }

    [Fact]
    public async Task R16_breaking_out_of_an_h2c_stream_is_seen_within_100_ms()
    {
        using var http = Http2Client();
        var client = Client(http: http);
        await WallClock.WithinBudgetAsync(TimeSpan.FromMilliseconds(100), async () =>
        {
            var first = Emulator.Requests.Count;
            Emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 2, keepAliveInterval: TimeSpan.FromMilliseconds(20)));
            var breakAt = default(DateTimeOffset);

            await foreach (var _ in client.StreamChatCompletionAsync(Request()))
            {
                breakAt = DateTimeOffset.UtcNow;
                break;
            }

            var lag = await Emulator.DisconnectLagAsync(breakAt, first);
            output.WriteLine($"h2c break: {lag.TotalMilliseconds:F1} ms");
            return lag;
        });
    }
}
