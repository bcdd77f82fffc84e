using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

/// <summary>
/// What web search and prompt caching bring back, streamed and not: sources as <see cref="CitationAnnotation"/>s on the
/// text, the number of searches and the cache reads and writes in <see cref="UsageDetails"/>. Shaped like real answers
/// (citations at the end of a non-streamed message; in early empty deltas of a stream, without spans).
/// </summary>
public sealed class ServerToolResponseTests
{
    private const string Searched = """
    {
      "id": "gen-1790000000-ws", "provider": "OpenAI", "model": "openai/gpt-5.2", "object": "chat.completion", "created": 1790000000,
      "choices": [{
        "index": 0, "finish_reason": "stop", "native_finish_reason": "completed",
        "message": {
          "role": "assistant",
          "content": "The latest release is 10.0.4 ([dotnet.microsoft.com](https://dotnet.microsoft.com/download)).",
          "annotations": [
            {"type":"url_citation","url_citation":{"url":"https://dotnet.microsoft.com/download","title":"Download .NET","content":"10.0.4 released","start_index":30,"end_index":91}},
            {"type":"file","file":{"hash":"h1","name":"notes.pdf","content":[]}}
          ]
        }
      }],
      "usage": {"prompt_tokens": 9000, "completion_tokens": 40, "total_tokens": 9040,
                "prompt_tokens_details": {"cached_tokens": 6000, "cache_write_tokens": 2500, "audio_tokens": 0},
                "completion_tokens_details": {"reasoning_tokens": 0},
                "server_tool_use_details": {"web_search_requests": 3, "tool_calls_requested": 3, "tool_calls_executed": 3},
                "cost": 0.02}
    }
    """;

    private static string Chunk(string delta, string? finish = null, string? usage = null) =>
        "data: {\"id\":\"gen-1790000001-st\",\"object\":\"chat.completion.chunk\",\"created\":1790000001,\"model\":\"deepseek/deepseek-chat\",\"provider\":\"Novita\","
        + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + (finish is null ? "null" : "\"" + finish + "\"") + "}]"
        + (usage is null ? string.Empty : ",\"usage\":" + usage) + "}\n\n";

    private static string Citation(string url, string title) =>
        "{\"type\":\"url_citation\",\"url_citation\":{\"url\":\"" + url + "\",\"title\":\"" + title + "\",\"start_index\":0,\"end_index\":0,\"content\":\"# " + title + "\\n\\n...\"}}";

    private static readonly string s_streamed =
        ": OPENROUTER PROCESSING\n\n"
        + Chunk("{\"role\":\"assistant\",\"content\":\"\",\"annotations\":[" + Citation("https://github.com/dotnet/runtime", "dotnet/runtime") + "]}")
        + Chunk("{\"role\":\"assistant\",\"content\":\"\",\"annotations\":[" + Citation("https://learn.microsoft.com/dotnet/", "") + "]}")
        + Chunk("{\"content\":\"See the runtime \"}")
        + Chunk("{\"content\":\"repository.\"}")
        + Chunk("{\"content\":\"\"}", finish: "stop")
        + Chunk("{}", usage: "{\"prompt_tokens\":800,\"completion_tokens\":12,\"total_tokens\":812,\"prompt_tokens_details\":{\"cached_tokens\":512,\"cache_write_tokens\":0},\"server_tool_use\":{\"web_search_requests\":1},\"cost\":0.001}")
        + "data: [DONE]\n\n";

    [Fact]
    public async Task A_searched_answer_carries_its_sources_and_counts()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Json(200, Searched));

        var response = await h.ChatClient.GetResponseAsync("Latest .NET?", new ChatOptions { Tools = [new HostedWebSearchTool()] });

        var text = Assert.IsType<TextContent>(Assert.Single(response.Messages[0].Contents));
        var citation = Assert.IsType<CitationAnnotation>(Assert.Single(text.Annotations!));
        Assert.Equal(new Uri("https://dotnet.microsoft.com/download"), citation.Url);
        Assert.Equal("Download .NET", citation.Title);
        Assert.Equal("10.0.4 released", citation.Snippet);
        var region = Assert.IsType<TextSpanAnnotatedRegion>(Assert.Single(citation.AnnotatedRegions!));
        Assert.Equal((30, 91), (region.StartIndex, region.EndIndex));
        Assert.IsType<MessageAnnotation>(citation.RawRepresentation);

        var usage = response.Usage!;
        Assert.Equal(6000, usage.CachedInputTokenCount);
        Assert.Equal(2500, usage.AdditionalCounts![OpenRouterUsageKeys.CacheWriteInputTokens]);
        Assert.Equal(3, usage.AdditionalCounts[OpenRouterUsageKeys.WebSearchRequests]);
        Assert.Equal(3, usage.AdditionalCounts[OpenRouterUsageKeys.ServerToolCallsRequested]);
        Assert.Equal(3, usage.AdditionalCounts[OpenRouterUsageKeys.ServerToolCallsExecuted]);
        Assert.False(usage.AdditionalCounts.ContainsKey(OpenRouterUsageKeys.AudioInputTokens));
    }

    [Fact]
    public async Task A_streamed_search_coalesces_into_text_with_its_sources_and_counts()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Sse(s_streamed));

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in h.ChatClient.GetStreamingResponseAsync("Where is the runtime?", new ChatOptions().WithWebSearch()))
        {
            updates.Add(update);
        }

        var response = updates.ToChatResponse();
        Assert.Equal("See the runtime repository.", response.Text);
        var citations = response.Messages[0].Contents.OfType<TextContent>().SelectMany(t => t.Annotations ?? []).Cast<CitationAnnotation>().ToList();
        Assert.Equal([new Uri("https://github.com/dotnet/runtime"), new Uri("https://learn.microsoft.com/dotnet/")], citations.Select(c => c.Url));
        Assert.Equal(["dotnet/runtime", null], citations.Select(c => c.Title));
        Assert.StartsWith("# dotnet/runtime", citations[0].Snippet, StringComparison.Ordinal);
        Assert.All(citations, c => Assert.Null(c.AnnotatedRegions)); // 0..0 is no span
        Assert.Equal(512, response.Usage!.CachedInputTokenCount);
        Assert.Equal(1, response.Usage.AdditionalCounts![OpenRouterUsageKeys.WebSearchRequests]);
        Assert.False(response.Usage.AdditionalCounts.ContainsKey(OpenRouterUsageKeys.CacheWriteInputTokens));
    }

    [Fact]
    public async Task Counts_add_up_across_calls_as_the_typed_ones_do()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Json(200, Searched));
        h.Emulator.Enqueue(EmulatorResponse.Json(200, Searched));

        var total = new UsageDetails();
        total.Add((await h.ChatClient.GetResponseAsync("a")).Usage!);
        total.Add((await h.ChatClient.GetResponseAsync("b")).Usage!);

        Assert.Equal(12000, total.CachedInputTokenCount);
        Assert.Equal(6, total.AdditionalCounts![OpenRouterUsageKeys.WebSearchRequests]);
        Assert.Equal(5000, total.AdditionalCounts[OpenRouterUsageKeys.CacheWriteInputTokens]);
    }
}
