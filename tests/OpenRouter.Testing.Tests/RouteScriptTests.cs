using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using static OpenRouter.Testing.Tests.RouteCalls;

namespace OpenRouter.Testing.Tests;

/// <summary>The scripts and faults of chat, on the routes beside it.</summary>
public sealed class RouteScriptTests
{
    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["embeddings"] = ToJson(new { model = EmbeddingModel, input = "a b c" }),
        ["images"] = ToJson(new { model = ImageModel, prompt = "a kite" }),
        ["audio/speech"] = ToJson(new { model = SpeechModel, input = "One two three four five six seven eight nine ten.", response_format = "pcm" }),
        ["audio/transcriptions"] = ToJson(new { model = TranscriptionModel, input_audio = new { data = Convert.ToBase64String(new byte[4800]), format = "pcm" } }),
        ["rerank"] = ToJson(new { model = RerankModel, query = "q", documents = new[] { "d" } }),
    };

    public static TheoryData<string, string> RoutesInBothModes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, i) in Bodies.Keys.Select((p, i) => (p, i)))
        {
            data.Add(i % 2 == 0 ? EmulatorRig.Loopback : EmulatorRig.InProcess, path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RoutesInBothModes))]
    public async Task An_error_script_sends_its_status_envelope_and_headers_on_every_route(string mode, string path)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Error(429, "Provider returned error", "{\"limit_source\":\"upstream_provider_shared_pool\"}").WithHeader("Retry-After", "2"));
        using var response = await h.PostAsync(path, Bodies[path]);

        var body = await ValidationTests.AssertErrorAsync(response, 429);
        Assert.Contains("upstream_provider_shared_pool", body, StringComparison.Ordinal);
        Assert.Equal("2", Assert.Single(response.Headers.GetValues("Retry-After")));
        Assert.True(response.Headers.Contains("X-Generation-Id"));
        Assert.Equal(0, h.Emulator.PendingResponses);
    }

    [Fact]
    public async Task The_next_path_less_script_serves_whichever_route_comes_next_and_path_scripts_wait_for_theirs()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        h.Emulator.Enqueue("rerank", EmulatorResponse.Error(503, "rerank down"));
        h.Emulator.Enqueue(EmulatorResponse.Error(502, "whatever comes first"));

        using var image = await h.PostAsync("images", Bodies["images"]);
        await ValidationTests.AssertErrorAsync(image, 502);
        using var embeddings = await h.PostAsync("embeddings", Bodies["embeddings"]);
        Assert.Equal(HttpStatusCode.OK, embeddings.StatusCode);
        using var rerank = await h.PostAsync("rerank", Bodies["rerank"]);
        await ValidationTests.AssertErrorAsync(rerank, 503);
        using var catalog = await h.Http.GetAsync("providers");
        Assert.Equal(HttpStatusCode.OK, catalog.StatusCode);
    }

    [Fact]
    public async Task A_chat_script_lends_its_model_provider_cost_and_text_to_the_route_answer()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        h.Emulator.Enqueue(EmulatorResponse.Chat(null, cost: 0.5m, model: "someone/other-embedder"));
        var embeddings = await h.PostOkAsync("embeddings", new { model = EmbeddingModel, input = "x" });
        Assert.Equal(("someone/other-embedder", 0.5m), (embeddings.GetProperty("model").GetString(), embeddings.GetProperty("usage").GetProperty("cost").GetDecimal()));

        h.Emulator.Enqueue(EmulatorResponse.Chat("A scripted transcript.", provider: "Groq"));
        var transcript = await h.PostOkAsync("audio/transcriptions", JsonDocument.Parse(Bodies["audio/transcriptions"]).RootElement);
        Assert.Equal("A scripted transcript.", transcript.GetProperty("text").GetString());
        Assert.Equal("Groq", (await h.GetOkAsync("generation?id=" + h.Emulator.Requests[^1].GenerationId)).GetProperty("data").GetProperty("provider_name").GetString());
    }

    [Fact]
    public async Task A_delay_and_a_reset_before_headers_apply_to_the_new_routes()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.Loopback);
        h.Emulator.Enqueue(EmulatorResponse.Error(500, "late").WithDelay(TimeSpan.FromMilliseconds(300)));
        var watch = Stopwatch.StartNew();
        using var late = await h.PostAsync("rerank", Bodies["rerank"]);
        Assert.True(watch.ElapsedMilliseconds >= 280, $"{watch.ElapsedMilliseconds} ms");
        await ValidationTests.AssertErrorAsync(late, 500);

        h.Emulator.Enqueue(EmulatorResponse.ResetBeforeHeaders());
        await Assert.ThrowsAsync<HttpRequestException>(() => h.PostAsync("audio/speech", Bodies["audio/speech"]));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_reset_after_pieces_delivers_those_audio_pieces_then_fails(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        var whole = (await h.SpeakAsync("One two three four five six seven eight nine ten.", "pcm")).Length;
        h.Emulator.Enqueue(EmulatorResponse.ResetAfterEvents(2));
        using var response = await h.PostAsync("audio/speech", Bodies["audio/speech"], HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var received = new MemoryStream();
        await Assert.ThrowsAnyAsync<IOException>(() => stream.CopyToAsync(received));
        Assert.Equal(2 * 4800, received.Length);
        Assert.True(received.Length < whole);
        Assert.True((await h.GetOkAsync("generation?id=" + h.Emulator.Requests[^1].GenerationId)).GetProperty("data").GetProperty("cancelled").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_truncated_answer_is_half_a_json_body_ended_cleanly(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.TruncatedStream());
        using var response = await h.PostAsync("embeddings", Bodies["embeddings"]);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("{\"id\":", text, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_stall_holds_the_answer_until_the_client_gives_up_and_the_disconnect_is_recorded(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Stall());
        using var response = await h.PostAsync("audio/transcriptions", Bodies["audio/transcriptions"], HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var stream = await response.Content.ReadAsStreamAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await stream.ReadAtLeastAsync(new byte[16], 1, cancellationToken: cancel.Token));
        response.Dispose();
        var abandoned = await h.Emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("audio/transcriptions", abandoned.Path);
    }

    [Fact]
    public async Task A_pause_splits_the_speech_stream_where_the_script_says()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.Loopback);
        h.Emulator.Enqueue(EmulatorResponse.Pause(1, TimeSpan.FromMilliseconds(400)));
        using var response = await h.PostAsync("audio/speech", Bodies["audio/speech"], HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var watch = Stopwatch.StartNew();
        await stream.ReadExactlyAsync(new byte[4800]); // the first piece: 100 ms of audio
        var firstAt = watch.ElapsedMilliseconds;
        using var rest = new MemoryStream();
        await stream.CopyToAsync(rest);
        Assert.True(watch.ElapsedMilliseconds - firstAt >= 300, $"the rest came {watch.ElapsedMilliseconds - firstAt} ms later");
        Assert.True(rest.Length > 4800);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_mid_stream_error_is_an_error_event_in_an_image_stream_and_a_200_envelope_elsewhere(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("ignored", 502, "Provider disconnected"));
        using var stream = await h.PostAsync("images", ToJson(new { model = ImageModel, prompt = "a kite", stream = true }));
        var sse = SseCapture.Parse(await stream.Content.ReadAsStringAsync());
        Assert.False(sse.EndedWithDone);
        Assert.Equal(["image_generation.partial_image", "error"], sse.Json.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(("502", "Provider disconnected"), (sse.Json[1].GetProperty("error").GetProperty("code").GetString(), sse.Json[1].GetProperty("error").GetProperty("message").GetString()));

        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("ignored", "server_error", "Upstream failed"));
        using var rerank = await h.PostAsync("rerank", Bodies["rerank"]);
        Assert.Equal(HttpStatusCode.OK, rerank.StatusCode);
        using var body = JsonDocument.Parse(await rerank.Content.ReadAsStringAsync());
        Assert.Equal("server_error", body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_malformed_or_oversized_answer_replaces_or_pads_the_json_body()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        h.Emulator.Enqueue(EmulatorResponse.MalformedEvent(0, "{\"results\":[{\"index\":"));
        using var malformed = await h.PostAsync("rerank", Bodies["rerank"]);
        Assert.Equal("{\"results\":[{\"index\":", await malformed.Content.ReadAsStringAsync());

        h.Emulator.Enqueue(EmulatorResponse.OversizedEvent(300_000));
        using var oversized = await h.PostAsync("embeddings", Bodies["embeddings"]);
        var text = await oversized.Content.ReadAsStringAsync();
        Assert.Equal(300_000, text.Length);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(3072, json.RootElement.GetProperty("data")[0].GetProperty("embedding").GetArrayLength());

        h.Emulator.Enqueue(EmulatorResponse.OversizedEvent(2_000_000));
        using var speech = await h.PostAsync("audio/speech", Bodies["audio/speech"]);
        Assert.Equal(2_000_000, (await speech.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Requests_to_the_new_routes_are_recorded_like_chat()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        foreach (var (path, body) in Bodies)
        {
            using var response = await h.PostAsync(path, body);
        }

        var recorded = h.Emulator.Requests;
        Assert.Equal(Bodies.Keys, recorded.Select(r => r.Path));
        Assert.All(recorded, r => Assert.Equal(("POST", Bodies[r.Path]), (r.Method, r.Body)));
        Assert.All(recorded, r => Assert.Equal(Bodies[r.Path], System.Text.Encoding.UTF8.GetString(r.BodyBytes.Span)));
        Assert.All(recorded, r => Assert.StartsWith("gen-", r.GenerationId, StringComparison.Ordinal));
        Assert.All(recorded, r => Assert.Null(r.Form));
    }

    [Fact]
    public async Task The_readme_examples_script_the_new_routes()
    {
        await using var emulator = OpenRouterEmulator.CreateInProcess();
        emulator.Enqueue("audio/speech", EmulatorResponse.ResetAfterEvents(3));   // 300 ms of audio, then a reset
        emulator.Enqueue("embeddings", EmulatorResponse.Error(429, "Rate limited").WithHeader("Retry-After", "1"));
        emulator.Enqueue(EmulatorResponse.Chat("Scripted transcript.", cost: 0.01m)); // the next request, whatever its route
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.Endpoint };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", EmulatorRig.DefaultKey);

        using var transcript = await http.PostAsync("audio/transcriptions", new StringContent(Bodies["audio/transcriptions"]));
        var text = await OkJsonAsync(transcript);
        Assert.Equal(("Scripted transcript.", 0.01m), (text.GetProperty("text").GetString(), text.GetProperty("usage").GetProperty("cost").GetDecimal()));
        using var limited = await http.PostAsync("embeddings", new StringContent(Bodies["embeddings"]));
        await ValidationTests.AssertErrorAsync(limited, 429);
        using var speechRequest = new HttpRequestMessage(HttpMethod.Post, "audio/speech") { Content = new StringContent(Bodies["audio/speech"]) };
        using var speech = await http.SendAsync(speechRequest, HttpCompletionOption.ResponseHeadersRead);
        using var received = new MemoryStream();
        await Assert.ThrowsAnyAsync<IOException>(async () => await (await speech.Content.ReadAsStreamAsync()).CopyToAsync(received));
        Assert.Equal(3 * 4800, received.Length);
    }
}
