using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

public sealed class ChatTests
{
    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Default_chat_answer_has_the_OpenRouter_json_shape(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var response = await h.ChatAsync(text: "Capital of France?");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var generationId = Assert.Single(response.Headers.GetValues("X-Generation-Id"));
        Assert.Matches(new Regex("^gen-[0-9]+-[0-9]+$"), generationId);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(generationId, root.GetProperty("id").GetString());
        Assert.Equal("chat.completion", root.GetProperty("object").GetString());
        Assert.Equal("openai/gpt-4o-mini", root.GetProperty("model").GetString());
        Assert.Equal("Emulator", root.GetProperty("provider").GetString());
        Assert.True(root.GetProperty("created").GetInt64() > 1_700_000_000);
        var choice = Assert.Single(root.GetProperty("choices").EnumerateArray());
        Assert.Equal(0, choice.GetProperty("index").GetInt32());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        Assert.Equal("stop", choice.GetProperty("native_finish_reason").GetString());
        Assert.Equal(JsonValueKind.Null, choice.GetProperty("logprobs").ValueKind);
        var message = choice.GetProperty("message");
        Assert.Equal("assistant", message.GetProperty("role").GetString());
        var content = message.GetProperty("content").GetString();
        Assert.Contains("emulator", content);
        Assert.Contains("Capital of France?", content);

        var usage = root.GetProperty("usage");
        var prompt = usage.GetProperty("prompt_tokens").GetInt32();
        var completion = usage.GetProperty("completion_tokens").GetInt32();
        Assert.True(prompt > 0 && completion > 0);
        Assert.Equal(prompt + completion, usage.GetProperty("total_tokens").GetInt32());
        Assert.True(usage.GetProperty("cost").GetDecimal() > 0);
        Assert.False(usage.GetProperty("is_byok").GetBoolean());
        Assert.Equal(0, usage.GetProperty("prompt_tokens_details").GetProperty("cached_tokens").GetInt32());
        Assert.Equal(0, usage.GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Default_chat_stream_is_framed_like_OpenRouter(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, new OpenRouterEmulatorOptions { KeepAliveCommentsBeforeFirstChunk = 2 });
        using var response = await h.ChatAsync(stream: true, text: "Tell me a story about a small robot");

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var generationId = Assert.Single(response.Headers.GetValues("X-Generation-Id"));
        var text = await response.Content.ReadAsStringAsync();
        var sse = SseCapture.Parse(text);

        Assert.StartsWith(": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\ndata: {", text);
        Assert.EndsWith("data: [DONE]\n\n", text);
        Assert.True(sse.EndedWithDone);
        var chunks = sse.Json;
        Assert.All(chunks, c =>
        {
            Assert.Equal(generationId, c.GetProperty("id").GetString());
            Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString());
            Assert.Equal("Emulator", c.GetProperty("provider").GetString());
            Assert.Equal("openai/gpt-4o-mini", c.GetProperty("model").GetString());
        });

        var usageChunk = chunks[^1];
        Assert.Equal(0, usageChunk.GetProperty("choices").GetArrayLength());
        Assert.True(usageChunk.GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);
        var finish = chunks[^2].GetProperty("choices")[0];
        Assert.Equal("stop", finish.GetProperty("finish_reason").GetString());

        var contentChunks = chunks.Take(chunks.Count - 2).ToList();
        Assert.All(contentChunks, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind));
        Assert.True(contentChunks.Count >= 3, "the text should arrive in several chunks");
        Assert.Equal("assistant", contentChunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
        var streamed = string.Concat(contentChunks.Select(c => c.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString()));

        using var plain = await h.ChatAsync(text: "Tell me a story about a small robot");
        using var json = JsonDocument.Parse(await plain.Content.ReadAsStringAsync());
        Assert.Equal(json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), streamed);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Scripted_stream_sends_reasoning_first_then_text_then_tool_call_fragments(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        const string Args1 = "{\"city\":\"Paris\",\"unit\":\"celsius\",\"days\":3}";
        const string Args2 = "{\"query\":\"museums near the Louvre\"}";
        h.Emulator.Enqueue(EmulatorResponse.Chat(
            "Let me check that for you.",
            reasoning: "The user wants the weather in Paris, so I should call the weather tool and also look for museums.",
            toolCalls: [new EmulatorToolCall("call_1", "get_weather", Args1), new EmulatorToolCall("call_2", "search", Args2)]));

        using var response = await h.ChatAsync(stream: true);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(sse.EndedWithDone);
        var deltas = sse.Json.Where(c => c.GetProperty("choices").GetArrayLength() > 0)
            .Select(c => c.GetProperty("choices")[0]).ToList();

        int FirstIndex(System.Func<JsonElement, bool> predicate) => deltas.FindIndex(d => predicate(d.GetProperty("delta")));
        var firstReasoning = FirstIndex(d => d.TryGetProperty("reasoning", out _));
        var firstText = FirstIndex(d => d.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String && c.GetString()!.Length > 0);
        var firstTool = FirstIndex(d => d.TryGetProperty("tool_calls", out _));
        Assert.True(firstReasoning >= 0 && firstReasoning < firstText && firstText < firstTool);

        var reasoningDeltas = deltas.Where(d => d.GetProperty("delta").TryGetProperty("reasoning", out _)).ToList();
        Assert.True(reasoningDeltas.Count > 1, "reasoning should be split into several chunks");
        Assert.Equal(
            "The user wants the weather in Paris, so I should call the weather tool and also look for museums.",
            string.Concat(reasoningDeltas.Select(d => d.GetProperty("delta").GetProperty("reasoning").GetString())));
        Assert.Equal("reasoning.text", reasoningDeltas[0].GetProperty("delta").GetProperty("reasoning_details")[0].GetProperty("type").GetString());

        var fragments = deltas.Where(d => d.GetProperty("delta").TryGetProperty("tool_calls", out _))
            .Select(d => d.GetProperty("delta").GetProperty("tool_calls")[0]).ToList();
        var first = fragments[0];
        Assert.Equal(0, first.GetProperty("index").GetInt32());
        Assert.Equal("call_1", first.GetProperty("id").GetString());
        Assert.Equal("function", first.GetProperty("type").GetString());
        Assert.Equal("get_weather", first.GetProperty("function").GetProperty("name").GetString());
        Assert.Equal(string.Empty, first.GetProperty("function").GetProperty("arguments").GetString());
        Assert.True(fragments.Count(f => f.GetProperty("index").GetInt32() == 0) > 2, "arguments should arrive in pieces");

        var assembled = fragments.GroupBy(f => f.GetProperty("index").GetInt32())
            .ToDictionary(g => g.Key, g => new StringBuilder().AppendJoin(string.Empty, g.Select(f => f.GetProperty("function").GetProperty("arguments").GetString())).ToString());
        Assert.Equal(Args1, assembled[0]);
        Assert.Equal(Args2, assembled[1]);
        Assert.Equal("call_2", fragments.First(f => f.GetProperty("index").GetInt32() == 1).GetProperty("id").GetString());

        Assert.Equal("tool_calls", deltas[^1].GetProperty("finish_reason").GetString());
        Assert.True(sse.Json[^1].GetProperty("usage").GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32() > 0);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Scripted_chat_json_carries_reasoning_tool_calls_annotations_and_overrides(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        const string Details = "[{\"type\":\"reasoning.encrypted\",\"data\":\"opaque\",\"format\":\"anthropic-claude-v1\",\"index\":0}]";
        const string Annotations = "[{\"type\":\"url_citation\",\"url_citation\":{\"url\":\"https://example.com\",\"title\":\"Example\",\"start_index\":0,\"end_index\":4}}]";
        h.Emulator.Enqueue(EmulatorResponse.Chat(
            null,
            reasoning: "thinking",
            toolCalls: [new EmulatorToolCall("call_9", "lookup", "{\"q\":1}")],
            promptTokens: 120,
            completionTokens: 30,
            cost: 0.00042m,
            model: "anthropic/claude-sonnet-4.5",
            provider: "Anthropic",
            nativeFinishReason: "tool_use",
            reasoningDetailsJson: Details,
            annotationsJson: Annotations,
            cachedTokens: 100));

        using var response = await h.ChatAsync();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("anthropic/claude-sonnet-4.5", root.GetProperty("model").GetString());
        Assert.Equal("Anthropic", root.GetProperty("provider").GetString());
        var choice = root.GetProperty("choices")[0];
        Assert.Equal("tool_calls", choice.GetProperty("finish_reason").GetString());
        Assert.Equal("tool_use", choice.GetProperty("native_finish_reason").GetString());
        var message = choice.GetProperty("message");
        Assert.Equal(JsonValueKind.Null, message.GetProperty("content").ValueKind);
        Assert.Equal("thinking", message.GetProperty("reasoning").GetString());
        Assert.Equal("reasoning.encrypted", message.GetProperty("reasoning_details")[0].GetProperty("type").GetString());
        Assert.Equal("https://example.com", message.GetProperty("annotations")[0].GetProperty("url_citation").GetProperty("url").GetString());
        var call = Assert.Single(message.GetProperty("tool_calls").EnumerateArray());
        Assert.Equal("call_9", call.GetProperty("id").GetString());
        Assert.Equal("{\"q\":1}", call.GetProperty("function").GetProperty("arguments").GetString());
        var usage = root.GetProperty("usage");
        Assert.Equal(120, usage.GetProperty("prompt_tokens").GetInt32());
        Assert.Equal(30, usage.GetProperty("completion_tokens").GetInt32());
        Assert.Equal(150, usage.GetProperty("total_tokens").GetInt32());
        Assert.Equal(0.00042m, usage.GetProperty("cost").GetDecimal());
        Assert.Equal(100, usage.GetProperty("prompt_tokens_details").GetProperty("cached_tokens").GetInt32());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Scripted_reasoning_details_are_streamed_as_one_delta_and_annotations_late(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Chat(
            "Answer.",
            reasoning: "short",
            reasoningDetailsJson: "[{\"type\":\"reasoning.text\",\"text\":\"short\",\"signature\":\"sig\",\"format\":\"anthropic-claude-v1\",\"index\":0}]",
            annotationsJson: "[{\"type\":\"url_citation\",\"url_citation\":{\"url\":\"https://a.example\"}}]"));
        using var response = await h.ChatAsync(stream: true);
        var chunks = SseCapture.Parse(await response.Content.ReadAsStringAsync()).Json;
        var deltas = chunks.Where(c => c.GetProperty("choices").GetArrayLength() > 0).Select(c => c.GetProperty("choices")[0].GetProperty("delta")).ToList();
        var details = Assert.Single(deltas, d => d.TryGetProperty("reasoning_details", out _));
        Assert.Equal("sig", details.GetProperty("reasoning_details")[0].GetProperty("signature").GetString());
        var annotated = deltas.FindIndex(d => d.TryGetProperty("annotations", out _));
        var lastText = deltas.FindLastIndex(d => d.GetProperty("content").ValueKind == JsonValueKind.String && d.GetProperty("content").GetString()!.Length > 0);
        Assert.True(annotated > lastText);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Stream_events_arrive_incrementally(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, new OpenRouterEmulatorOptions { ChunkDelay = System.TimeSpan.FromMilliseconds(150) });
        h.Emulator.Enqueue(EmulatorResponse.Chat("one two three four five six seven eight nine ten eleven twelve thirteen fourteen"));
        using var response = await h.ChatAsync(stream: true, completion: HttpCompletionOption.ResponseHeadersRead);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var reader = new System.IO.StreamReader(await response.Content.ReadAsStreamAsync());
        string? line;
        do
        {
            line = await reader.ReadLineAsync();
        }
        while (line is not null && !line.StartsWith("data: ", System.StringComparison.Ordinal));

        Assert.NotNull(line);
        Assert.True(watch.ElapsedMilliseconds < 140, $"the first event took {watch.ElapsedMilliseconds} ms; it should not wait for the whole stream");
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Legacy_completion_answers_json_and_sse(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var plain = await h.PostAsync("completions", "{\"model\":\"openai/gpt-3.5-turbo-instruct\",\"prompt\":\"1, 2, 3,\"}");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.True(plain.Headers.Contains("X-Generation-Id"));
        using var json = JsonDocument.Parse(await plain.Content.ReadAsStringAsync());
        Assert.Equal("text_completion", json.RootElement.GetProperty("object").GetString());
        var choice = json.RootElement.GetProperty("choices")[0];
        var text = choice.GetProperty("text").GetString();
        Assert.Contains("1, 2, 3,", text);
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        Assert.True(json.RootElement.GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);

        h.Emulator.Enqueue(EmulatorResponse.Completion("4, 5, 6 and so on up to ten", finishReason: "length"));
        using var streamed = await h.PostAsync("completions", "{\"model\":\"m/x\",\"prompt\":[\"1, 2, 3,\"],\"stream\":true}");
        var sse = SseCapture.Parse(await streamed.Content.ReadAsStringAsync());
        Assert.True(sse.EndedWithDone);
        var chunks = sse.Json;
        Assert.Equal(0, chunks[^1].GetProperty("choices").GetArrayLength());
        Assert.True(chunks[^1].TryGetProperty("usage", out _));
        Assert.Equal("length", chunks[^2].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal("4, 5, 6 and so on up to ten", string.Concat(chunks.Take(chunks.Count - 1).Select(c => c.GetProperty("choices")[0].GetProperty("text").GetString())));
        Assert.All(chunks, c => Assert.Equal("text_completion", c.GetProperty("object").GetString()));
    }
}
