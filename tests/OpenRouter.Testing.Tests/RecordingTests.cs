using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

public sealed class RecordingTests
{
    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Every_request_is_recorded_with_method_path_query_headers_and_body(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        var before = DateTimeOffset.UtcNow;
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions")
        {
            Content = new StringContent(EmulatorRig.ChatBody(text: "recorded?"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("HTTP-Referer", "https://example.com/app");
        request.Headers.Add("X-OpenRouter-Title", "Emulator tests");
        using (var chat = await h.Http.SendAsync(request))
        using (var generation = await h.Http.GetAsync("generation?id=gen-1"))
        using (var models = await h.Http.GetAsync("models/openai/gpt-4o-mini/endpoints"))
        {
        }

        var requests = h.Emulator.Requests;
        Assert.Equal(3, requests.Count);
        var first = requests[0];
        Assert.Equal("POST", first.Method);
        Assert.Equal("chat/completions", first.Path);
        Assert.Null(first.QueryString);
        Assert.Equal("Bearer " + EmulatorRig.DefaultKey, first.Headers["authorization"]);
        Assert.Equal("https://example.com/app", first.Headers["http-referer"]);
        Assert.Equal("Emulator tests", first.Headers["X-OpenRouter-Title"]);
        Assert.StartsWith("application/json", first.Headers["Content-Type"]);
        Assert.Equal(EmulatorRig.ChatBody(text: "recorded?"), first.Body);
        Assert.Equal("recorded?", first.Json!.Value.GetProperty("messages")[1].GetProperty("content").GetString());
        Assert.StartsWith("gen-", first.GenerationId);
        Assert.InRange(first.ReceivedAt, before, DateTimeOffset.UtcNow);
        Assert.Null(first.AbortedAt);
        Assert.Equal("POST chat/completions", first.ToString());

        Assert.Equal("GET", requests[1].Method);
        Assert.Equal("generation", requests[1].Path);
        Assert.Equal("?id=gen-1", requests[1].QueryString);
        Assert.Equal(string.Empty, requests[1].Body);
        Assert.Null(requests[1].Json);
        Assert.Null(requests[1].GenerationId);
        Assert.Equal("models/openai/gpt-4o-mini/endpoints", requests[2].Path);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task WaitForRequestAsync_returns_past_and_future_requests(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using (await h.Http.GetAsync("models"))
        {
        }

        var past = await h.Emulator.WaitForRequestAsync();
        Assert.Equal("models", past.Path);

        var future = h.Emulator.WaitForRequestAsync(r => r.Path == "credits");
        Assert.False(future.IsCompleted);
        using (await h.Http.GetAsync("credits"))
        {
        }

        Assert.Equal("credits", (await future).Path);
        await Assert.ThrowsAsync<TimeoutException>(() => h.Emulator.WaitForRequestAsync(r => r.Path == "never", TimeSpan.FromMilliseconds(50)));
        await Assert.ThrowsAsync<TimeoutException>(() => h.Emulator.WaitForClientDisconnectAsync(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task Requests_is_a_thread_safe_snapshot_under_concurrency()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.Loopback);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = await h.ChatAsync(stream: i % 2 == 0, text: $"message {i}");
            await response.Content.ReadAsStringAsync();
        }));

        var requests = h.Emulator.Requests;
        Assert.Equal(20, requests.Count);
        Assert.Equal(20, requests.Select(r => r.GenerationId).Distinct().Count());
    }

    [Fact]
    public async Task Endpoints_are_loopback_api_roots()
    {
        await using var server = await OpenRouterEmulator.StartAsync();
        Assert.Equal("127.0.0.1", server.Endpoint.Host);
        Assert.NotEqual(0, server.Endpoint.Port);
        Assert.Equal("/api/v1/", server.Endpoint.AbsolutePath);

        await using var inProcess = OpenRouterEmulator.CreateInProcess();
        Assert.Equal(new Uri("http://localhost/api/v1/"), inProcess.Endpoint);
    }
}
