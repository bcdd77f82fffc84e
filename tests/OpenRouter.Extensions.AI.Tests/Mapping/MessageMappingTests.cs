using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

public sealed class MessageMappingTests
{
    [Fact]
    public async Task Every_role_and_content_kind_maps_to_openrouter_messages()
    {
        await using var h = new Harness();
        byte[] png = [0x89, 0x50, 0x4E, 0x47];
        byte[] wav = [1, 2, 3];
        byte[] pdf = [0x25, 0x50, 0x44, 0x46];
        var image = new DataContent(png, "image/png") { AdditionalProperties = new() { ["detail"] = "high" } };
        List<ChatMessage> messages =
        [
            new(ChatRole.System, "You are terse."),
            new(new ChatRole("developer"), "Prefer metric units."),
            new(ChatRole.User, [new TextContent("Look:"), image, new UriContent("https://example.org/cat.jpg", "image/jpeg"), new DataContent(wav, "audio/wav"), new DataContent(pdf, "application/pdf") { Name = "report.pdf" }, new UriContent("https://example.org/paper.pdf", "application/pdf")]) { AuthorName = "Ada Lovelace!" },
            new(ChatRole.Assistant, [new TextContent("Checking."), new FunctionCallContent("call_1", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" }), new FunctionCallContent("call_2", "get_time", null)]),
            new(ChatRole.Tool, [new FunctionResultContent("call_1", JsonSerializer.SerializeToElement("sunny")), new FunctionResultContent("call_2", new Dictionary<string, object?> { ["hour"] = 9 })]),
        ];

        await h.ChatClient.GetResponseAsync(messages);

        Harness.AssertJson("""
        [
          {"role":"system","content":"You are terse."},
          {"role":"developer","content":"Prefer metric units."},
          {"role":"user","name":"AdaLovelace","content":[
            {"type":"text","text":"Look:"},
            {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw==","detail":"high"}},
            {"type":"image_url","image_url":{"url":"https://example.org/cat.jpg"}},
            {"type":"input_audio","input_audio":{"data":"AQID","format":"wav"}},
            {"type":"file","file":{"filename":"report.pdf","file_data":"data:application/pdf;base64,JVBERg=="}},
            {"type":"file","file":{"filename":"paper.pdf","file_data":"https://example.org/paper.pdf"}}
          ]},
          {"role":"assistant","content":"Checking.","tool_calls":[
            {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
            {"id":"call_2","type":"function","function":{"name":"get_time","arguments":"{}"}}
          ]},
          {"role":"tool","tool_call_id":"call_1","content":"sunny"},
          {"role":"tool","tool_call_id":"call_2","content":"{\"hour\":9}"}
        ]
        """, h.LastBody["messages"]);
    }

    [Fact]
    public async Task An_assistant_message_with_only_tool_calls_sends_null_content()
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync([new(ChatRole.User, "hi"), new(ChatRole.Assistant, [new FunctionCallContent("c", "f")]), new(ChatRole.Tool, [new FunctionResultContent("c", null)])]);

        var assistant = h.LastBody["messages"]![1]!.AsObject();
        Assert.True(assistant.ContainsKey("content"));
        Assert.Null(assistant["content"]);
        Assert.Equal(string.Empty, h.LastBody["messages"]![2]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Non_ASCII_text_in_messages_arguments_and_results_goes_on_the_wire_unescaped()
    {
        await using var h = new Harness();
        const string Text = "東京 😀 «café» <b>&'+";

        await h.ChatClient.GetResponseAsync(
        [
            new(ChatRole.User, Text),
            new(ChatRole.Assistant, [new FunctionCallContent("call_1", "lookup", new Dictionary<string, object?> { ["q"] = Text })]),
            new(ChatRole.Tool, [new FunctionResultContent("call_1", new Dictionary<string, object?> { ["answer"] = Text })]),
        ]);

        var messages = h.LastBody["messages"]!;
        Assert.Equal(Text, messages[0]!["content"]!.GetValue<string>());
        Assert.Equal("{\"q\":\"" + Text + "\"}", messages[1]!["tool_calls"]![0]!["function"]!["arguments"]!.GetValue<string>());
        Assert.Equal("{\"answer\":\"" + Text + "\"}", messages[2]!["content"]!.GetValue<string>());

        // No \uXXXX anywhere: the body carries each character as its UTF-8 bytes.
        Assert.DoesNotContain("\\u", h.Emulator.Requests[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reasoning_received_earlier_is_sent_back_unchanged()
    {
        await using var h = new Harness();
        const string details = """[{"type":"reasoning.text","text":"Think.","signature":"sig==","format":"anthropic-claude-v1","index":0},{"type":"reasoning.encrypted","data":"opaque","id":"r1","format":"openai-responses-v1","index":1,"future_field":{"x":1}}]""";

        await h.ChatClient.GetResponseAsync(
        [
            new(ChatRole.User, "hi"),
            new(ChatRole.Assistant, [new TextReasoningContent("Think.") { ProtectedData = details }, new TextContent("Hello!")]),
            new(ChatRole.User, "again"),
        ]);

        var assistant = h.LastBody["messages"]![1]!;
        Assert.Equal("Think.", assistant["reasoning"]!.GetValue<string>());
        Harness.AssertJson(details, assistant["reasoning_details"]);
    }

    [Fact]
    public async Task A_tool_message_without_a_result_is_an_error_and_unknown_content_is_skipped()
    {
        await using var h = new Harness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.ChatClient.GetResponseAsync([new(ChatRole.User, "hi"), new(ChatRole.Tool, "orphan text")]));
        await Assert.ThrowsAsync<NotSupportedException>(() => h.ChatClient.GetResponseAsync([new(ChatRole.User, [new UriContent("https://example.org/a.mp3", "audio/mpeg")])]));
        await h.ChatClient.GetResponseAsync([new(ChatRole.User, [new TextContent("hi"), new UsageContent(new UsageDetails())])]);

        Harness.AssertJson("""[{"role":"user","content":"hi"}]""", h.LastBody["messages"]);
    }
}
