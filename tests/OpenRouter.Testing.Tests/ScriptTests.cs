using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

public sealed class ScriptTests
{
    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Error_script_sends_the_envelope_status_metadata_and_headers(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Error(
                429,
                "Provider returned error",
                "{\"provider_name\":\"BaseTen\",\"raw\":\"rate limited upstream\"}",
                new Dictionary<string, string> { ["retry-after-ms"] = "1500" })
            .WithHeader("Retry-After", "2"));

        using var response = await h.ChatAsync();
        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2", Assert.Single(response.Headers.GetValues("Retry-After")));
        Assert.Equal("1500", Assert.Single(response.Headers.GetValues("retry-after-ms")));
        Assert.True(response.Headers.Contains("X-Generation-Id"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("error");
        Assert.Equal(429, error.GetProperty("code").GetInt32());
        Assert.Equal("Provider returned error", error.GetProperty("message").GetString());
        Assert.Equal("BaseTen", error.GetProperty("metadata").GetProperty("provider_name").GetString());
        Assert.Equal("user_emulator", json.RootElement.GetProperty("user_id").GetString());
        Assert.Equal(0, h.Emulator.PendingResponses);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Error_with_status_200_has_an_error_body_and_no_choices(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.ErrorWithStatus200(429, "Rate limit exceeded", "{\"error_type\":\"rate_limit_exceeded\"}"));
        using var response = await h.ChatAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(429, json.RootElement.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("rate_limit_exceeded", json.RootElement.GetProperty("error").GetProperty("metadata").GetProperty("error_type").GetString());
        Assert.False(json.RootElement.TryGetProperty("choices", out _));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Mid_stream_error_follows_content_and_ends_the_stream(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("Partial answer before the failure", 502, "Provider disconnected", "{\"error_type\":\"provider_unavailable\"}"));
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("x", "server_error", "Internal"));

        using var response = await h.ChatAsync(stream: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(sse.EndedWithDone);
        var chunks = sse.Json;
        var last = chunks[^1];
        Assert.Equal(502, last.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("Provider disconnected", last.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal("provider_unavailable", last.GetProperty("error").GetProperty("metadata").GetProperty("error_type").GetString());
        Assert.Equal("error", last.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal(string.Empty, last.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString());
        Assert.Equal("Partial answer before the failure", string.Concat(chunks.Take(chunks.Count - 1).Select(c => c.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString())));

        using var second = await h.ChatAsync(stream: true);
        var code = SseCapture.Parse(await second.Content.ReadAsStringAsync()).Json[^1].GetProperty("error").GetProperty("code");
        Assert.Equal("server_error", code.GetString());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Mid_stream_error_on_a_non_streaming_request_is_a_200_with_choice_error(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("Half", 502, "Provider disconnected"));
        using var response = await h.ChatAsync();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var choice = json.RootElement.GetProperty("choices")[0];
        Assert.Equal("error", choice.GetProperty("finish_reason").GetString());
        Assert.Equal("Half", choice.GetProperty("message").GetProperty("content").GetString());
        Assert.Equal(502, choice.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Json_raw_and_sse_scripts_are_written_as_given(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Json(422, "{\"odd\":true"));
        h.Emulator.Enqueue(EmulatorResponse.Raw(502, "text/html", "<html><body>Bad gateway</body></html>"));
        const string Fixture = ": OPENROUTER PROCESSING\n\ndata: {\"id\":\"gen-f\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
        h.Emulator.Enqueue(EmulatorResponse.Sse(Fixture));

        using var json = await h.ChatAsync();
        Assert.Equal((HttpStatusCode)422, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"odd\":true", await json.Content.ReadAsStringAsync());

        using var html = await h.ChatAsync(stream: true);
        Assert.Equal(HttpStatusCode.BadGateway, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<html><body>Bad gateway</body></html>", await html.Content.ReadAsStringAsync());

        using var sse = await h.ChatAsync(stream: true);
        Assert.Equal("text/event-stream", sse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Fixture, await sse.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Raw_bytes_are_written_byte_for_byte_with_the_headers_given(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        byte[] halfUtf8 = [.. "{\"text\":\"caf\u00e9"u8[..^1]];
        byte[] garbage = [0x00, 0xFF, 0xFE, 0x1F, 0x8B, 0x80, 0x0A];
        h.Emulator.Enqueue(EmulatorResponse.Raw(200, "application/json", halfUtf8));
        h.Emulator.Enqueue(EmulatorResponse.Raw(502, "application/octet-stream", garbage, new Dictionary<string, string> { ["Content-Encoding"] = "gzip" }));

        using var half = await h.ChatAsync();
        Assert.Equal(halfUtf8, await half.Content.ReadAsByteArrayAsync());
        Assert.Equal(0xC3, halfUtf8[^1]);

        using var binary = await h.ChatAsync(stream: true);
        Assert.Equal(HttpStatusCode.BadGateway, binary.StatusCode);
        Assert.Equal("application/octet-stream", binary.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["gzip"], binary.Content.Headers.ContentEncoding);
        Assert.Equal(garbage, await binary.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Path_scripts_win_over_path_less_ones_and_any_path_can_be_scripted(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Chat("from the shared queue"));
        h.Emulator.Enqueue("models", EmulatorResponse.Error(503, "catalogue down"));
        h.Emulator.Enqueue("/api/v1/embeddings", EmulatorResponse.Json(200, "{\"object\":\"list\",\"data\":[]}"));
        Assert.Equal(3, h.Emulator.PendingResponses);

        using var models = await h.Http.GetAsync("models");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, models.StatusCode);
        using var embeddings = await h.PostAsync("embeddings", "{\"model\":\"m\",\"input\":\"x\"}");
        Assert.Equal("{\"object\":\"list\",\"data\":[]}", await embeddings.Content.ReadAsStringAsync());
        using var chat = await h.ChatAsync();
        Assert.Contains("from the shared queue", await chat.Content.ReadAsStringAsync());
        Assert.Equal(0, h.Emulator.PendingResponses);

        using var unscripted = await h.Http.GetAsync("models");
        Assert.Equal(HttpStatusCode.OK, unscripted.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task WithDelay_waits_before_answering(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Chat("late").WithDelay(TimeSpan.FromMilliseconds(300)));
        var watch = Stopwatch.StartNew();
        using var response = await h.ChatAsync();
        Assert.True(watch.ElapsedMilliseconds >= 280, $"answered after {watch.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Factories_reject_invalid_json_and_copies_do_not_change_the_original()
    {
        Assert.Throws<ArgumentException>(() => EmulatorResponse.Error(400, "x", "not json"));
        Assert.Throws<ArgumentException>(() => EmulatorResponse.Error(400, "x", "[1]"));
        Assert.Throws<ArgumentException>(() => EmulatorResponse.Chat("x", annotationsJson: "{}"));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorResponse.Error(42, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorResponse.ResetAfterEvents(-1));

        var original = EmulatorResponse.Error(503, "busy");
        var copy = original.WithHeader("Retry-After", "1").WithDelay(TimeSpan.FromSeconds(1));
        Assert.Empty(original.Headers);
        Assert.Equal(TimeSpan.Zero, original.Delay);
        Assert.Single(copy.Headers);
        Assert.Equal(TimeSpan.FromSeconds(1), copy.Delay);
    }
}
