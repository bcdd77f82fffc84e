using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Mapping;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Cost;

/// <summary>
/// Both kinds of answer OpenRouter gives about money: without BYOK, <c>upstream_inference_cost</c> repeats part of
/// <c>cost</c> (adding them would double-count); with BYOK, <c>cost</c> is OpenRouter's fee and the upstream cost is what
/// the provider charged your own key. <c>GetOpenRouterSpend()</c> adds the upstream cost for BYOK calls only.
/// </summary>
public sealed class ByokCostTests
{
    private const string WithoutByok = """{"prompt_tokens":120,"completion_tokens":30,"total_tokens":150,"cost":0.00063,"is_byok":false,"cost_details":{"upstream_inference_cost":0.00063,"upstream_inference_prompt_cost":0.00036,"upstream_inference_completions_cost":0.00027}}""";
    private const string WithByok = """{"prompt_tokens":120,"completion_tokens":30,"total_tokens":150,"cost":0.0000315,"is_byok":true,"cost_details":{"upstream_inference_cost":0.00063,"upstream_inference_prompt_cost":0.00036,"upstream_inference_completions_cost":0.00027}}""";

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Spend_adds_the_upstream_cost_only_for_byok_answers(bool byok, bool streamed)
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(Answer("gen-byok-1", "The answer.", byok ? WithByok : WithoutByok, streamed));

        var response = await ChatCalls.AskAsync(h.ChatClient, streamed, "question");

        Assert.Equal("The answer.", response.Text);
        Assert.Equal(byok ? 0.0000315m : 0.00063m, response.GetOpenRouterCost());
        Assert.Equal(byok ? 0.0006615m : 0.00063m, response.GetOpenRouterSpend());
        Assert.Equal(response.GetOpenRouterSpend(), response.Usage.GetOpenRouterSpend());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_tool_loop_mixing_byok_and_credit_calls_spends_each_kind_once(bool streamed)
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(Answer("gen-byok-call", null, WithByok, streamed, toolCall: true));
        h.Emulator.Enqueue(Answer("gen-credit-answer", "Sunny.", WithoutByok, streamed));
        using var chat = h.ChatClient.AsBuilder().UseFunctionInvocation().Build();

        var response = await ChatCalls.AskAsync(chat, streamed, "Weather in Paris?", new ChatOptions { Tools = [Billing.WeatherTool()] });

        Assert.Equal("Sunny.", response.Text);
        Assert.Equal(0.0000315m + 0.00063m, response.GetOpenRouterCost());
        Assert.Equal(0.0000315m + 0.00063m + 0.00063m, response.GetOpenRouterSpend());
        Assert.Equal(0.00063m, response.Usage.GetOpenRouterSpend() - response.Usage.GetOpenRouterCost());
    }

    /// <summary>An answer with the given usage object, as JSON or as SSE (content, finish, then the usage chunk).</summary>
    private static EmulatorResponse Answer(string id, string? text, string usage, bool streamed, bool toolCall = false)
    {
        var head = $$"""{"id":"{{id}}","provider":"OpenAI","model":"openai/gpt-4o-mini","object":"chat.completion","created":1760000000""";
        var calls = toolCall ? ""","tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]""" : string.Empty;
        var content = text is null ? "null" : $"\"{text}\"";
        var finish = toolCall ? "tool_calls" : "stop";
        if (!streamed)
        {
            return EmulatorResponse.Json(200, head + $$""","choices":[{"index":0,"finish_reason":"{{finish}}","message":{"role":"assistant","content":{{content}}""" + calls + "}}],\"usage\":" + usage + "}");
        }

        var chunkHead = head.Replace("\"chat.completion\"", "\"chat.completion.chunk\"", StringComparison.Ordinal);
        return EmulatorResponse.Sse($$"""
            data: {{chunkHead}},"choices":[{"index":0,"delta":{"role":"assistant","content":{{content}}{{calls}} },"finish_reason":null}]}

            data: {{chunkHead}},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"{{finish}}"}]}

            data: {{chunkHead}},"choices":[],"usage":{{usage}}}

            data: [DONE]


            """);
    }
}
