using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

/// <summary>How unscripted answers follow <c>response_format</c>: JSON objects, streams, reasoning, tools, the legacy route and scripts.</summary>
public sealed class StructuredOutputTests
{
    private const string AnswerSchema = """
        {"type":"object","additionalProperties":false,"required":["answer","city"],"properties":{"answer":{"type":"string"},"city":{"type":"string"}}}
        """;

    private const string WeatherTool = """
        {"type":"function","function":{"name":"get_weather","description":"Gets the weather forecast for a city",
         "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}
        """;

    public static TheoryData<string, bool> ModesAndStreaming => new()
    {
        { EmulatorRig.Loopback, false }, { EmulatorRig.Loopback, true }, { EmulatorRig.InProcess, false }, { EmulatorRig.InProcess, true },
    };

    [Theory]
    [MemberData(nameof(ModesAndStreaming))]
    public async Task Json_object_answers_are_a_JSON_object_that_echoes_the_prompt(string mode, bool stream)
    {
        await using var h = await EmulatorRig.StartAsync(mode);

        var (content, _) = await StructuredOutput.ChatAsync(h, StructuredOutput.ChatBody(StructuredOutput.JsonObjectFormat(), "List three colours as JSON.", stream), stream);

        var json = Assert.IsType<JsonObject>(JsonNode.Parse(content));
        Assert.Equal("List three colours as JSON.", (string?)json["prompt"]);
        Assert.Equal("Hello from the OpenRouter emulator.", (string?)json["answer"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Json_object_answers_follow_a_schema_written_into_the_messages(bool stream)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var messages = new JsonArray(
            new JsonObject { ["role"] = "user", ["content"] = "Tell me about \"Lisbon\"." },
            new JsonObject { ["role"] = "user", ["content"] = $"Respond with a JSON value conforming to the following schema:\n```\n{AnswerSchema.Trim()}\n```" });
        var schema = """{"type":"object","required":["name","question"],"properties":{"name":{"type":"string"},"question":{"type":"string"}}}""";
        var system = new JsonArray(new JsonObject { ["role"] = "system", ["content"] = "Answer in JSON like " + schema }, new JsonObject { ["role"] = "user", ["content"] = "What is \"Oslo\"?" });

        var (content, _) = await StructuredOutput.ChatAsync(h, StructuredOutput.ChatBody(StructuredOutput.JsonObjectFormat(), string.Empty, stream, messages: messages), stream);
        var (fromSystem, _) = await StructuredOutput.ChatAsync(h, StructuredOutput.ChatBody(StructuredOutput.JsonObjectFormat(), string.Empty, stream, messages: system), stream);

        StructuredOutput.AssertValid(AnswerSchema, content);
        StructuredOutput.AssertValid(schema, fromSystem);
        Assert.Equal("Oslo", (string?)JsonNode.Parse(fromSystem)!["name"]);
        Assert.Equal("What is \"Oslo\"?", (string?)JsonNode.Parse(fromSystem)!["question"]);
    }

    [Theory]
    [MemberData(nameof(ModesAndStreaming))]
    public async Task The_same_request_gives_the_same_content_twice(string mode, bool stream)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        var jsonObject = StructuredOutput.ChatBody(StructuredOutput.JsonObjectFormat(), "Again?", stream);
        var schema = StructuredOutput.ChatBody(StructuredOutput.SchemaFormat(AnswerSchema), "Again?", stream);

        Assert.Equal((await StructuredOutput.ChatAsync(h, jsonObject, stream)).Content, (await StructuredOutput.ChatAsync(h, jsonObject, stream)).Content);
        Assert.Equal((await StructuredOutput.ChatAsync(h, schema, stream)).Content, (await StructuredOutput.ChatAsync(h, schema, stream)).Content);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reasoning_and_usage_are_those_of_the_plain_default_answer(bool stream)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);

        var body = StructuredOutput.ChatBody(StructuredOutput.SchemaFormat(AnswerSchema), "Where is the Louvre?", stream, model: "deepseek/deepseek-r1");
        var (content, last) = await StructuredOutput.ChatAsync(h, body, stream);

        StructuredOutput.AssertValid(AnswerSchema, content);
        var usage = last.GetProperty("usage");
        var reasoningTokens = usage.GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32();
        Assert.True(reasoningTokens > 0);
        Assert.True(usage.GetProperty("completion_tokens").GetInt32() >= reasoningTokens + (content.Length / 4));
        if (!stream)
        {
            var choice = last.GetProperty("choices")[0];
            Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
            Assert.Contains("JSON in the requested format", choice.GetProperty("message").GetProperty("reasoning").GetString());
        }
    }

    [Fact]
    public async Task A_tool_the_user_asks_for_is_called_first_and_the_final_answer_follows_the_schema()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var tools = new JsonArray(JsonNode.Parse(WeatherTool));

        using var response = await h.PostAsync("chat/completions", StructuredOutput.ChatBody(StructuredOutput.SchemaFormat(AnswerSchema), "What is the weather in Paris?", tools: tools));
        using var first = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var choice = first.RootElement.GetProperty("choices")[0];
        Assert.Equal("tool_calls", choice.GetProperty("finish_reason").GetString());
        var call = Assert.Single(choice.GetProperty("message").GetProperty("tool_calls").EnumerateArray());

        var messages = new JsonArray(
            new JsonObject { ["role"] = "user", ["content"] = "What is the weather in Paris?" },
            new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = new JsonArray(JsonNode.Parse(call.GetRawText())) },
            new JsonObject { ["role"] = "tool", ["tool_call_id"] = call.GetProperty("id").GetString(), ["content"] = "Sunny, 24 C" });
        var (content, last) = await StructuredOutput.ChatAsync(h, StructuredOutput.ChatBody(StructuredOutput.SchemaFormat(AnswerSchema), string.Empty, messages: messages, tools: (JsonArray)tools.DeepClone()), stream: false);

        Assert.Equal("stop", last.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        StructuredOutput.AssertValid(AnswerSchema, content);
        Assert.Equal("Here is what I found. get_weather: Sunny, 24 C.", (string?)JsonNode.Parse(content)!["answer"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Legacy_completions_follow_response_format_too(bool stream)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var body = new JsonObject
        {
            ["model"] = StructuredOutput.Model,
            ["prompt"] = "Name a city.",
            ["stream"] = stream,
            ["response_format"] = StructuredOutput.SchemaFormat(AnswerSchema),
        };

        using var response = await h.PostAsync("completions", body.ToJsonString());
        var text = await response.Content.ReadAsStringAsync();
        var choices = stream
            ? SseCapture.Parse(text).Json.Select(c => c.GetProperty("choices")).Where(c => c.GetArrayLength() > 0)
            : [JsonDocument.Parse(text).RootElement.Clone().GetProperty("choices")];
        var content = string.Concat(choices.Select(c => c[0].GetProperty("text").GetString()));

        StructuredOutput.AssertValid(AnswerSchema, content);
        Assert.Equal("Paris", (string?)JsonNode.Parse(content)!["city"]);
    }

    [Fact]
    public async Task A_text_response_format_keeps_the_canned_reply()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);

        var (content, _) = await StructuredOutput.ChatAsync(h, StructuredOutput.ChatBody(new JsonObject { ["type"] = "text" }, "Hi there"), stream: false);

        Assert.Equal("Hello from the OpenRouter emulator. You said: Hi there", content);
    }

    [Fact]
    public async Task A_queued_script_wins_over_response_format()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        h.Emulator.Enqueue(EmulatorResponse.Chat("not JSON at all"));

        using var response = await h.PostAsync("chat/completions", StructuredOutput.ChatBody(StructuredOutput.SchemaFormat(AnswerSchema), "Hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("not JSON at all", json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
    }
}
