using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

/// <summary>The faults added for the reliability matrix: pause, malformed and oversized events, error without finish reason, no [DONE], refused endpoint, h2c.</summary>
public sealed class OnDemandFaultTests
{
    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Pause_sends_some_events_then_only_comments_for_the_duration_then_the_rest(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Pause(2, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(50), "resumes after a pause"));
        var clock = Stopwatch.StartNew();

        using var response = await h.ChatAsync(stream: true);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"took only {clock.ElapsedMilliseconds} ms");
        Assert.True(sse.EndedWithDone);
        Assert.True(sse.Comments.Count >= 1 + 3, $"{sse.Comments.Count} comments");
        var lines = sse.Lines.Where(l => l.Length > 0).ToList();
        var firstPauseComment = lines.FindIndex(3, l => l.StartsWith(':'));
        Assert.Equal(2, lines.Take(firstPauseComment).Count(l => l.StartsWith("data: ", StringComparison.Ordinal)));
        Assert.Equal("resumes after a pause", string.Concat(sse.Json.Select(c => c.GetProperty("choices").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } ch && ch.GetProperty("delta").TryGetProperty("content", out var t) ? t.GetString() : null)));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Malformed_event_is_inserted_after_n_events_and_the_stream_goes_on(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.MalformedEvent(3));
        h.Emulator.Enqueue(EmulatorResponse.MalformedEvent(0, "{not json"));

        using var response = await h.ChatAsync(stream: true);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());
        using var plain = await h.ChatAsync();

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(sse.Data[3]));
        Assert.All(sse.Data.Take(3), d => JsonDocument.Parse(d).Dispose());
        Assert.True(sse.EndedWithDone);
        Assert.Equal("{not json", await plain.Content.ReadAsStringAsync());
        Assert.Throws<ArgumentException>(() => EmulatorResponse.MalformedEvent(0, "two\nlines"));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Oversized_event_is_one_valid_chunk_of_the_requested_size(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.OversizedEvent(300_000, afterEvents: 1));
        h.Emulator.Enqueue(EmulatorResponse.OversizedEvent(50_000));

        using var response = await h.ChatAsync(stream: true);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());
        using var plain = await h.ChatAsync();
        var body = await plain.Content.ReadAsStringAsync();

        var big = sse.Data[1];
        Assert.InRange(("data: " + big + "\n\n").Length, 299_000, 301_000);
        Assert.StartsWith("xxxx", JsonDocument.Parse(big).RootElement.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.True(sse.EndedWithDone);
        Assert.True(body.Length > 50_000);
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorResponse.OversizedEvent(10));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Mid_stream_error_without_finish_reason_has_a_null_finish_reason(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.MidStreamErrorWithoutFinishReason("Partial", 502, "gone", """{"provider_name":"X"}"""));

        using var response = await h.ChatAsync(stream: true);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());

        var last = sse.Json[^1];
        Assert.Equal(502, last.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind);
        Assert.False(sse.EndedWithDone);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Stream_without_done_has_the_finish_and_usage_chunks_but_no_done(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.StreamWithoutDone("done-less"));

        using var response = await h.ChatAsync(stream: true);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());

        Assert.False(sse.EndedWithDone);
        Assert.Contains(sse.Json, c => c.TryGetProperty("usage", out _));
        Assert.Contains(sse.Json, c => c.GetProperty("choices").GetArrayLength() > 0 && c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Refused_endpoint_refuses_connections()
    {
        var endpoint = OpenRouterEmulator.CreateRefusedEndpoint();
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(endpoint, "models")));

        Assert.Equal(HttpRequestError.ConnectionError, ex.HttpRequestError);
        Assert.Equal("127.0.0.1", endpoint.Host);
    }

    [Fact]
    public async Task Http2_option_serves_h2c_with_prior_knowledge_and_streams()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { UseHttp2 = true });
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.Endpoint, "chat/completions")) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact, Content = new StringContent(EmulatorRig.ChatBody(stream: true), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorRig.DefaultKey);

        using var response = await http.SendAsync(request);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.True(sse.EndedWithDone);
    }
}
