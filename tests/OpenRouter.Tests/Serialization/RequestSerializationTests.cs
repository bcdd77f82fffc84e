using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OpenRouter.Tests.Serialization.Fixtures;

namespace OpenRouter.Tests.Serialization;

public class RequestSerializationTests
{
    [Fact]
    public void FullChatRequest_WritesEveryField()
    {
        var request = TestRequests.FullChat();

        AssertMatchesFixture("Requests/chat-full.json", request, Context.ChatCompletionRequest);
    }

    [Fact]
    public void MultimodalUserMessage_WritesContentParts()
    {
        var request = new ChatCompletionRequest
        {
            Model = "google/gemini-2.5-flash",
            Messages = new[]
            {
                ChatCompletionMessage.User(
                    ChatContentPart.CreateText("Describe these.", new CacheControl { Ttl = "5m" }),
                    new ChatContentPart { Text = "Long shared context", PromptCacheBreakpoint = new PromptCacheBreakpoint() },
                    ChatContentPart.CreateImageUrl(new System.Uri("https://example.com/cat.png"), ImageDetailLevel.High),
                    ChatContentPart.CreateImage(new byte[] { 1, 2, 3 }, "image/png"),
                    ChatContentPart.CreateAudio(new byte[] { 1, 2, 3 }, "wav"),
                    ChatContentPart.CreateFile("doc.pdf", new byte[] { 1, 2, 3 }, "application/pdf"),
                    new ChatContentPart { Type = "file", File = new ContentFile { FileId = "file-123" } },
                    ChatContentPart.CreateVideoUrl("https://example.com/clip.mp4")),
            },
        };

        AssertMatchesFixture("Requests/chat-multimodal.json", request, Context.ChatCompletionRequest);
    }

    [Fact]
    public void ToolLoop_AssistantWithToolCallsWritesNullContent_ToolMessageWritesCallId()
    {
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-4o",
            Messages = new[]
            {
                ChatCompletionMessage.User("Weather in Paris?"),
                ChatCompletionMessage.Assistant(new[] { ChatCompletionToolCall.CreateFunctionCall("call_abc123", "get_weather", "{\"city\":\"Paris\"}") }),
                ChatCompletionMessage.Tool("call_abc123", "{\"temp\":21}"),
            },
            Tools = new[] { ChatCompletionTool.CreateFunction("get_weather", parameters: Json("""{"type": "object"}""")) },
            ToolChoice = ToolChoice.Auto,
        };

        AssertMatchesFixture("Requests/chat-tool-message.json", request, Context.ChatCompletionRequest);
    }

    [Fact]
    public void ProviderSort_ObjectForm()
    {
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-4o",
            Messages = new[] { ChatCompletionMessage.User("hi") },
            Provider = new ProviderPreferences
            {
                Sort = new ProviderSort { By = ProviderSortBy.Price, Partition = ProviderSortPartition.Model },
                MaxPrice = new MaxPrice { Prompt = 1, Completion = 2 },
            },
        };

        AssertMatchesFixture("Requests/provider-sort-object.json", request, Context.ChatCompletionRequest);
    }

    [Fact]
    public void ProviderSort_StringForm()
    {
        var request = new ChatCompletionRequest
        {
            Model = "openai/gpt-4o",
            Messages = new[] { ChatCompletionMessage.User("hi") },
            Provider = new ProviderPreferences { Sort = ProviderSortBy.Latency, PreferredMinThroughput = 100 },
        };

        AssertMatchesFixture("Requests/provider-sort-string.json", request, Context.ChatCompletionRequest);
    }

    [Fact]
    public void ProviderPreferences_ReadsBothSortFormsAndStringPrices()
    {
        var json = """{"sort": "price", "max_price": {"prompt": "0.5", "completion": 1}, "preferred_max_latency": {"p90": 2}}""";
        var provider = JsonSerializer.Deserialize(json, Context.ProviderPreferences)!;
        Assert.Equal(ProviderSortBy.Price, provider.Sort!.By);
        Assert.Null(provider.Sort.Partition);
        Assert.Equal(0.5m, provider.MaxPrice!.Prompt);
        Assert.Equal(1m, provider.MaxPrice.Completion);
        Assert.Equal(2, provider.PreferredMaxLatency!.P90);

        var sortObject = JsonSerializer.Deserialize("""{"sort": {"by": "throughput", "partition": "none"}}""", Context.ProviderPreferences)!;
        Assert.Equal(ProviderSortBy.Throughput, sortObject.Sort!.By);
        Assert.Equal(ProviderSortPartition.None, sortObject.Sort.Partition);
    }

    [Fact]
    public void LegacyCompletionRequest_WritesIntegerLogprobs()
    {
        var request = TestRequests.FullCompletion();

        AssertMatchesFixture("Requests/completion-full.json", request, Context.CompletionRequest);
    }

    [Fact]
    public void UnsetFields_AreNotWritten()
    {
        var request = new ChatCompletionRequest { Model = "openai/gpt-4o", Messages = new[] { ChatCompletionMessage.User("hi") } };
        var json = JsonSerializer.Serialize(request, Context.ChatCompletionRequest);

        AssertJsonEqual(Read("Requests/chat-minimal.json"), json);
        Assert.DoesNotContain("null", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void StreamCopy_DoesNotChangeCaller()
    {
        var request = new ChatCompletionRequest { Model = "m", Messages = new[] { ChatCompletionMessage.User("hi") } };
        var copy = request.WithStreamEnabled();
        Assert.Null(request.Stream);
        Assert.True(copy.Stream);
        Assert.Contains("\"stream\":true", JsonSerializer.Serialize(copy, Context.ChatCompletionRequest), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_ReadsStringOrArray()
    {
        var single = JsonSerializer.Deserialize("""{"stop": "END"}""", Context.ChatCompletionRequest)!;
        Assert.Equal(new[] { "END" }, single.Stop);
        var list = JsonSerializer.Deserialize("""{"stop": ["a", "b"]}""", Context.ChatCompletionRequest)!;
        Assert.Equal(new[] { "a", "b" }, list.Stop);
        Assert.Contains("\"stop\":[\"END\"]", JsonSerializer.Serialize(single, Context.ChatCompletionRequest), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"none\"")]
    [InlineData("\"auto\"")]
    [InlineData("\"required\"")]
    [InlineData("""{"type":"function","function":{"name":"f"}}""")]
    [InlineData("""{"type":"openrouter:web_search"}""")]
    public void ToolChoice_RoundTrips(string json)
    {
        var choice = JsonSerializer.Deserialize(json, Context.ToolChoice)!;
        AssertJsonEqual(json, JsonSerializer.Serialize(choice, Context.ToolChoice));
    }

    [Fact]
    public void ResponseFormats_WriteTheirShapes()
    {
        AssertJsonEqual("""{"type":"text"}""", JsonSerializer.Serialize(ResponseFormat.Text, Context.ResponseFormat));
        AssertJsonEqual("""{"type":"json_object"}""", JsonSerializer.Serialize(ResponseFormat.JsonObject, Context.ResponseFormat));
        AssertJsonEqual("""{"type":"python"}""", JsonSerializer.Serialize(ResponseFormat.Python, Context.ResponseFormat));
        AssertJsonEqual("""{"type":"grammar","grammar":"root ::= \"yes\""}""", JsonSerializer.Serialize(ResponseFormat.ForGrammar("root ::= \"yes\""), Context.ResponseFormat));
    }

    [Fact]
    public void RequestAdditionalProperties_AreWrittenAtTopLevel()
    {
        var request = new ChatCompletionRequest
        {
            Model = "m",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["stream_options"] = Json("""{"include_usage":true}""") },
        };
        var node = JsonNode.Parse(JsonSerializer.Serialize(request, Context.ChatCompletionRequest))!;
        Assert.True(node["stream_options"]!["include_usage"]!.GetValue<bool>());
    }

    [Fact]
    public void MessageContent_ReadsStringArrayAndNull()
    {
        var messages = JsonSerializer.Deserialize(
            """[{"role":"user","content":"hi"},{"role":"user","content":[{"type":"text","text":"a"}]},{"role":"assistant","content":null},{"role":"custom_role"}]""",
            Context.IReadOnlyListChatCompletionMessage)!;
        Assert.Equal("hi", messages[0].Content);
        Assert.Null(messages[0].ContentParts);
        Assert.Equal("a", messages[1].ContentParts!.Single().Text);
        Assert.Null(messages[2].Content);
        Assert.Null(messages[2].ContentParts);
        Assert.Equal(MessageRole.Assistant, messages[2].Role);
        Assert.Equal("custom_role", messages[3].Role.Value);
    }

    [Fact]
    public void MessageWithoutRole_DoesNotWriteRole()
    {
        var json = JsonSerializer.Serialize(new ChatCompletionMessage { Content = "x" }, Context.ChatCompletionMessage);
        AssertJsonEqual("""{"content":"x"}""", json);
    }
}
