using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

/// <summary>What the emulator says without a script: reasoning traces, tool calls and answers from tool results.</summary>
public sealed class DefaultAnswerTests
{
    private const string WeatherTool = """
        {"type":"function","function":{"name":"get_weather","description":"Gets the weather forecast for a city",
         "parameters":{"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer"},"unit":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["city","days","unit"]}}}
        """;

    private static async Task<JsonElement> ChatJsonAsync(EmulatorRig h, string body)
    {
        using var response = await h.PostAsync("chat/completions", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Reasoning_models_think_aloud_before_the_answer(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);

        var root = await ChatJsonAsync(h, """{"model":"deepseek/deepseek-r1","messages":[{"role":"user","content":"Why is the sky blue?"}]}""");

        var message = root.GetProperty("choices")[0].GetProperty("message");
        Assert.Contains("Why is the sky blue?", message.GetProperty("reasoning").GetString());
        Assert.Equal("reasoning.text", message.GetProperty("reasoning_details")[0].GetProperty("type").GetString());
        Assert.True(root.GetProperty("usage").GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32() > 0);
    }

    [Theory]
    [InlineData("""{"effort":"low"}""", true)]
    [InlineData("""{"max_tokens":256}""", true)]
    [InlineData("""{"effort":"low","exclude":true}""", false)]
    [InlineData("""{"enabled":false}""", false)]
    [InlineData("""{"effort":"none"}""", false)]
    public async Task Other_models_think_when_the_request_asks_for_reasoning(string reasoning, bool expected)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);

        var body = $$"""{"model":"openai/gpt-4o-mini","stream":true,"reasoning":{{reasoning}},"messages":[{"role":"user","content":"Hi"}]}""";
        using var response = await h.PostAsync("chat/completions", body);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());

        var deltas = sse.Json.Where(c => c.GetProperty("choices").GetArrayLength() > 0).Select(c => c.GetProperty("choices")[0].GetProperty("delta")).ToList();
        Assert.Equal(expected, deltas.Any(d => d.TryGetProperty("reasoning", out _)));
        Assert.Equal(expected, sse.Json[^1].GetProperty("usage").GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task Default_cost_follows_the_catalogue_price_of_the_model()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);

        var root = await ChatJsonAsync(h, """{"model":"anthropic/claude-sonnet-4.5","messages":[{"role":"user","content":"Hello"}]}""");

        var usage = root.GetProperty("usage");
        var expected = (usage.GetProperty("prompt_tokens").GetInt32() * 0.000003m) + (usage.GetProperty("completion_tokens").GetInt32() * 0.000015m);
        Assert.Equal(expected, usage.GetProperty("cost").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_prompt_that_asks_for_an_offered_tool_gets_a_tool_call_with_arguments_from_the_schema(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);

        var root = await ChatJsonAsync(h, $$"""{"model":"openai/gpt-4o-mini","tools":[{{WeatherTool}}],"messages":[{"role":"user","content":"What will the weather be in Paris for 3 days?"}]}""");

        var choice = root.GetProperty("choices")[0];
        Assert.Equal("tool_calls", choice.GetProperty("finish_reason").GetString());
        var call = Assert.Single(choice.GetProperty("message").GetProperty("tool_calls").EnumerateArray());
        Assert.StartsWith("call_", call.GetProperty("id").GetString());
        Assert.Equal("get_weather", call.GetProperty("function").GetProperty("name").GetString());
        using var arguments = JsonDocument.Parse(call.GetProperty("function").GetProperty("arguments").GetString()!);
        Assert.Equal("Paris", arguments.RootElement.GetProperty("city").GetString());
        Assert.Equal(3, arguments.RootElement.GetProperty("days").GetInt32());
        Assert.Equal("celsius", arguments.RootElement.GetProperty("unit").GetString());
    }

    [Theory]
    [InlineData("Tell me a joke", null)]
    [InlineData("What is the weather in Paris?", "none")]
    public async Task No_tool_call_when_the_prompt_does_not_ask_or_tool_choice_is_none(string prompt, string? toolChoice)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var choiceJson = toolChoice is null ? string.Empty : $",\"tool_choice\":\"{toolChoice}\"";

        var root = await ChatJsonAsync(h, $$"""{"model":"openai/gpt-4o-mini","tools":[{{WeatherTool}}]{{choiceJson}},"messages":[{"role":"user","content":"{{prompt}}"}]}""");

        var choice = root.GetProperty("choices")[0];
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        Assert.False(choice.GetProperty("message").TryGetProperty("tool_calls", out _));
        Assert.Contains(prompt, choice.GetProperty("message").GetProperty("content").GetString());
    }

    [Fact]
    public async Task After_a_tool_message_the_answer_uses_the_tool_result()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);

        var root = await ChatJsonAsync(h, $$$"""
            {"model":"openai/gpt-4o-mini","tools":[{{{WeatherTool}}}],"messages":[
              {"role":"user","content":"What is the weather in Paris?"},
              {"role":"assistant","content":null,"tool_calls":[{"id":"call_9","type":"function","function":{"name":"get_weather","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"call_9","content":"Sunny, 24 C"}]}
            """);

        var choice = root.GetProperty("choices")[0];
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        Assert.Equal("Here is what I found. get_weather: Sunny, 24 C.", choice.GetProperty("message").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Streamed_tool_calls_arrive_as_fragments_after_the_reasoning()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);

        using var response = await h.PostAsync("chat/completions", $$"""{"model":"qwen/qwen3-235b-a22b","stream":true,"tools":[{{WeatherTool}}],"messages":[{"role":"user","content":"Weather in Oslo?"}]}""");
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());

        var deltas = sse.Json.Where(c => c.GetProperty("choices").GetArrayLength() > 0).Select(c => c.GetProperty("choices")[0].GetProperty("delta")).ToList();
        var firstReasoning = deltas.FindIndex(d => d.TryGetProperty("reasoning", out _));
        var firstTool = deltas.FindIndex(d => d.TryGetProperty("tool_calls", out _));
        Assert.True(firstReasoning >= 0 && firstReasoning < firstTool);
        var arguments = string.Concat(deltas.Where(d => d.TryGetProperty("tool_calls", out _)).Select(d => d.GetProperty("tool_calls")[0].GetProperty("function").GetProperty("arguments").GetString()));
        Assert.Contains("\"city\":\"Oslo\"", arguments);
    }

    [Fact]
    public async Task Key_limit_reports_the_remaining_allowance()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess, new OpenRouterEmulatorOptions { KeyLimit = 10m });
        h.Emulator.Enqueue(EmulatorResponse.Chat("x", cost: 0.25m));
        using (await h.ChatAsync())
        {
        }

        using var response = await h.Http.GetAsync("key");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(10m, data.GetProperty("limit").GetDecimal());
        Assert.Equal(9.75m, data.GetProperty("limit_remaining").GetDecimal());
        Assert.Equal("monthly", data.GetProperty("limit_reset").GetString());
    }
}
