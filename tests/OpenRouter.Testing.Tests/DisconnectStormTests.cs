using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace OpenRouter.Testing.Tests;

/// <summary>Hundreds of streams at once: runs alone, so it neither starves nor is starved by the timing tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StormCollection
{
    public const string Name = "Disconnect storm";
}

/// <summary>
/// Every client disconnect is recorded (<see cref="RecordedRequest.AbortedAt"/>), also when hundreds of streams are
/// cancelled at random points while the emulator is writing them, and no complete stream is recorded as one.
/// </summary>
[Collection(StormCollection.Name)]
public sealed class DisconnectStormTests(ITestOutputHelper output)
{
    private const int Cancelled = 400;
    private const int Completed = 100;

    /// <summary>Events of a cancelled stream: at <see cref="ChunkDelay"/> apart the emulator needs 10 s to write them all, so a cancel in the first seconds is always mid-stream.</summary>
    private const int LongStreamEvents = 500;

    private static readonly TimeSpan ChunkDelay = TimeSpan.FromMilliseconds(20);

    /// <summary>Clients cancel at a random moment up to this long after their first event.</summary>
    private static readonly TimeSpan CancelWindow = TimeSpan.FromMilliseconds(800);

    [Theory]
    [InlineData(11)]
    [InlineData(47)]
    public async Task Every_one_of_400_streams_cancelled_mid_stream_among_500_concurrent_is_recorded_as_a_disconnect(int seed)
    {
        var clock = Stopwatch.StartNew();
        await using var emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ChunkDelay = ChunkDelay, KeepAliveCommentsBeforeFirstChunk = 0 });
        for (var i = 0; i < Cancelled; i++)
        {
            emulator.Enqueue("chat/completions", EmulatorResponse.Sse(LongStream()));
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Cancelled + Completed, MaxResponseDrainSize = 0 })
        {
            BaseAddress = emulator.Endpoint,
            Timeout = TimeSpan.FromSeconds(60),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorRig.DefaultKey);

        var random = new Random(seed);
        var delays = Enumerable.Range(0, Cancelled).Select(_ => TimeSpan.FromMilliseconds(random.NextDouble() * CancelWindow.TotalMilliseconds)).ToArray();
        var order = Enumerable.Range(0, Cancelled + Completed).OrderBy(_ => random.Next()).ToArray();
        var tasks = order.Select(i => i < Cancelled ? CancelMidStreamAsync(http, i, delays[i]) : ReadToEndAsync(http, i)).ToArray();
        var outcomes = await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(60));
        var sent = clock.Elapsed;

        var cancelled = outcomes.Where(o => o.Cancelled).Select(o => o.Marker).ToHashSet();
        Assert.Equal(Cancelled, cancelled.Count);
        Assert.All(outcomes.Where(o => !o.Cancelled), o => Assert.True(o.EndedWithDone, $"{o.Marker} did not end with [DONE]"));

        // Bounded wait: each disconnect must be recorded, none of them lost.
        var deadline = Stopwatch.StartNew();
        List<RecordedRequest> missing;
        do
        {
            missing = emulator.Requests.Where(r => cancelled.Contains(MarkerOf(r)) && r.AbortedAt is null).ToList();
            if (missing.Count == 0)
            {
                break;
            }

            await Task.Delay(20);
        }
        while (deadline.Elapsed < TimeSpan.FromSeconds(10));

        output.WriteLine($"seed {seed}: {Cancelled} cancelled + {Completed} complete streams in {sent.TotalSeconds:F1} s; every disconnect recorded {deadline.Elapsed.TotalMilliseconds:F0} ms later; {missing.Count} missing");
        Assert.True(missing.Count == 0, $"{missing.Count} of {Cancelled} cancelled streams have no AbortedAt: {string.Join(", ", missing.Take(10).Select(MarkerOf))}");

        var requests = emulator.Requests;
        Assert.Equal(Cancelled + Completed, requests.Count);
        Assert.All(requests.Where(r => !cancelled.Contains(MarkerOf(r))), r => Assert.Null(r.AbortedAt));
        Assert.Contains(MarkerOf(await emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(1))), cancelled);
    }

    /// <summary>A chat stream that takes the emulator <see cref="LongStreamEvents"/> × <see cref="ChunkDelay"/> to write.</summary>
    private static string LongStream()
    {
        var sse = new StringBuilder();
        for (var i = 0; i < LongStreamEvents; i++)
        {
            sse.Append("data: {\"id\":\"gen-storm\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word ")
                .Append(i).Append(" \"},\"finish_reason\":null}]}\n\n");
        }

        return sse.Append("data: [DONE]\n\n").ToString();
    }

    private static string MarkerOf(RecordedRequest request) =>
        request.Json is { } json && json.TryGetProperty("user", out var user) ? user.GetString() ?? string.Empty : string.Empty;

    /// <summary>A chat stream, cancelled <paramref name="delay"/> after its first event arrived while a read is pending or between reads.</summary>
    private static async Task<Outcome> CancelMidStreamAsync(HttpClient http, int index, TimeSpan delay)
    {
        var marker = "storm-" + index;
        using var cts = new CancellationTokenSource();
        using var response = await SendAsync(http, "chat/completions", marker, CancellationToken.None);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        var line = await reader.ReadLineAsync();
        Assert.StartsWith("data: ", line, StringComparison.Ordinal);
        cts.CancelAfter(delay);
        try
        {
            while (await reader.ReadLineAsync(cts.Token) is { } next)
            {
                Assert.NotEqual("data: [DONE]", next);
            }

            throw new InvalidOperationException($"{marker} ended before it was cancelled");
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return new Outcome(marker, Cancelled: true, EndedWithDone: false);
        }
    }

    /// <summary>A short legacy completions stream read to its end.</summary>
    private static async Task<Outcome> ReadToEndAsync(HttpClient http, int index)
    {
        var marker = "storm-" + index;
        using var response = await SendAsync(http, "completions", marker, CancellationToken.None);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        return new Outcome(marker, Cancelled: false, EndedWithDone: lines.Contains("data: [DONE]"));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string marker, CancellationToken cancellationToken)
    {
        var json = path == "completions"
            ? $$"""{"model":"openai/gpt-4o-mini","prompt":"hi","stream":true,"user":"{{marker}}"}"""
            : $$"""{"model":"openai/gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"stream":true,"user":"{{marker}}"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private sealed record Outcome(string Marker, bool Cancelled, bool EndedWithDone);
}
