using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

/// <summary>Prompt-caching breakpoints on the wire: explicit ones on text parts (Anthropic and Gemini style) and the automatic top-level one.</summary>
public sealed class PromptCachingRequestTests
{
    private const string Manual = "The full operator manual, thousands of tokens long...";

    [Fact]
    public async Task Anthropic_style_breakpoints_on_the_system_prompt_a_document_and_a_tool_reach_the_wire_exactly()
    {
        await using var h = new Harness();
        var lookup = AIFunctionFactory.Create(
            (string part) => "in stock",
            new AIFunctionFactoryOptions { Name = "lookup_part", AdditionalProperties = new Dictionary<string, object?> { ["cache_control"] = new CacheControl { Ttl = "1h" } } });
        List<ChatMessage> messages =
        [
            new(ChatRole.System, [new TextContent("You answer from the manual.").WithCacheBreakpoint("1h")]),
            new(ChatRole.User, [new TextContent(Manual).WithCacheBreakpoint(), new TextContent("How do I reset the pump?")]),
            new(ChatRole.Assistant, [new TextContent("Hold the reset button for five seconds.").WithCacheBreakpoint()]),
            new(ChatRole.User, "And the filter?"),
        ];

        await h.ChatClient.GetResponseAsync(messages, new ChatOptions { ModelId = "anthropic/claude-sonnet-4.5", Tools = [lookup] });

        Harness.AssertJson($$$"""
        {
          "model": "anthropic/claude-sonnet-4.5",
          "messages": [
            {"role":"system","content":[{"type":"text","text":"You answer from the manual.","cache_control":{"type":"ephemeral","ttl":"1h"}}]},
            {"role":"user","content":[
              {"type":"text","text":"{{{Manual}}}","cache_control":{"type":"ephemeral"}},
              {"type":"text","text":"How do I reset the pump?"}]},
            {"role":"assistant","content":[{"type":"text","text":"Hold the reset button for five seconds.","cache_control":{"type":"ephemeral"}}]},
            {"role":"user","content":"And the filter?"}
          ],
          "tools": [{"type":"function","function":{"name":"lookup_part","parameters":{"type":"object","properties":{"part":{"type":"string"}},"required":["part"]}},"cache_control":{"type":"ephemeral","ttl":"1h"}}]
        }
        """, h.LastBody);
    }

    [Fact]
    public async Task Gemini_style_one_breakpoint_after_the_shared_context_and_plain_instructions()
    {
        await using var h = new Harness();
        var document = new TextContent(Manual);
        document.AdditionalProperties = new() { ["cache_control"] = new Dictionary<string, object?> { ["type"] = "ephemeral" } };

        await h.ChatClient.GetResponseAsync(
            [new(ChatRole.User, [document, new TextContent("Summarise chapter 2.")])],
            new ChatOptions { ModelId = "google/gemini-2.5-pro", Instructions = "Be brief." });

        Harness.AssertJson($$$"""
        {
          "model": "google/gemini-2.5-pro",
          "messages": [
            {"role":"system","content":"Be brief."},
            {"role":"user","content":[{"type":"text","text":"{{{Manual}}}","cache_control":{"type":"ephemeral"}},{"type":"text","text":"Summarise chapter 2."}]}
          ]
        }
        """, h.LastBody);
    }

    [Theory]
    [InlineData(null, """{"type":"ephemeral"}""")]
    [InlineData("1h", """{"type":"ephemeral","ttl":"1h"}""")]
    public async Task Automatic_caching_is_the_top_level_cache_control(string? ttl, string expected)
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync("Hello", new ChatOptions().WithAutomaticPromptCaching(ttl));

        Harness.AssertJson(expected, h.LastBody["cache_control"]);
        Harness.AssertJson("""[{"role":"user","content":"Hello"}]""", h.LastBody["messages"]);
    }

    [Fact]
    public async Task Without_breakpoints_messages_stay_plain_strings()
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync([new(ChatRole.System, "Rules."), new(ChatRole.User, "Hi"), new(ChatRole.Assistant, "Hello!"), new(ChatRole.User, "Bye")]);

        Harness.AssertJson("""[{"role":"system","content":"Rules."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"},{"role":"user","content":"Bye"}]""", h.LastBody["messages"]);
        Assert.Null(h.LastBody["cache_control"]);
    }

    [Fact]
    public async Task A_breakpoint_on_an_image_is_refused_before_any_call_with_the_way_out()
    {
        await using var h = new Harness();
        var image = new DataContent(new byte[] { 1, 2, 3 }, "image/png") { AdditionalProperties = new() { ["cache_control"] = new CacheControl() } };

        var ex = await Assert.ThrowsAsync<NotSupportedException>(() => h.ChatClient.GetResponseAsync([new(ChatRole.User, [image, new TextContent("What is this?")])]));

        Assert.Contains("TextContent after", ex.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests);
    }
}
