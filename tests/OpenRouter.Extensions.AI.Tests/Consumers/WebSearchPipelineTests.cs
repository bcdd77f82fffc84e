using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

/// <summary>
/// Web search and prompt caching through a real pipeline (M.E.AI's function invocation) against the emulator on loopback:
/// the hosted tool passes the middleware untouched, the sources and cached tokens come back, streamed and not, and a
/// breakpoint survives a conversation saved as JSON.
/// </summary>
public sealed class WebSearchPipelineTests
{
    private const string Sources = """[{"type":"url_citation","url_citation":{"url":"https://example.org/release","title":"Release notes","content":"Version 2 is out.","start_index":0,"end_index":12}}]""";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_searched_answer_comes_through_function_invocation_with_its_sources(bool streaming)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Chat("Version 2 is out.", annotationsJson: Sources, promptTokens: 2000, cachedTokens: 1500));
        var client = harness.ChatClient.AsBuilder().UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [new HostedWebSearchTool(new Dictionary<string, object?> { ["max_results"] = 2 }), AIFunctionFactory.Create(() => "12:00", "get_time")] };
        List<ChatMessage> messages = [new(ChatRole.System, [new TextContent("Answer with sources.").WithCacheBreakpoint()]), new(ChatRole.User, "What is new?")];

        var response = streaming
            ? await client.GetStreamingResponseAsync(messages, options).ToChatResponseAsync()
            : await client.GetResponseAsync(messages, options);

        var body = harness.RequestBody(0);
        JsonAssert.DeepEqual("""{"type":"openrouter:web_search","parameters":{"max_results":2}}""", body["tools"]![0]);
        JsonAssert.DeepEqual("""{"role":"system","content":[{"type":"text","text":"Answer with sources.","cache_control":{"type":"ephemeral"}}]}""", body["messages"]![0]);
        Assert.Equal("Version 2 is out.", response.Text);
        var citation = Assert.IsType<CitationAnnotation>(Assert.Single(response.Messages.SelectMany(m => m.Contents).SelectMany(c => c.Annotations ?? [])));
        Assert.Equal(new Uri("https://example.org/release"), citation.Url);
        Assert.Equal("Release notes", citation.Title);
        Assert.Equal(1500, response.Usage!.CachedInputTokenCount);
    }

    [Fact]
    public async Task A_breakpoint_survives_a_conversation_saved_as_json()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        List<ChatMessage> saved = [new(ChatRole.User, [new TextContent("A long shared document.").WithCacheBreakpoint("1h"), new TextContent("Question?")])];
        var restored = JsonSerializer.Deserialize<List<ChatMessage>>(JsonSerializer.Serialize(saved, AIJsonUtilities.DefaultOptions), AIJsonUtilities.DefaultOptions)!;

        await harness.ChatClient.GetResponseAsync(restored);

        JsonAssert.DeepEqual(
            """[{"type":"text","text":"A long shared document.","cache_control":{"type":"ephemeral","ttl":"1h"}},{"type":"text","text":"Question?"}]""",
            harness.RequestBody(0)["messages"]![0]!["content"]);
    }
}
