using System.Text.Json;
using System.Text.Json.Nodes;
using static OpenRouter.Tests.Serialization.Fixtures;

namespace OpenRouter.Tests.Serialization;

public class ReasoningRoundTripTests
{
    [Fact]
    public void ReasoningDetails_FromResponse_AreSentBackUnchanged()
    {
        var received = JsonNode.Parse(Read("Responses/chat-completion-full.json"))!["choices"]![0]!["message"]!["reasoning_details"]!;
        var completion = Parse("Responses/chat-completion-full.json", Context.ChatCompletion);
        var answer = completion.Choices![0].Message!;

        var request = new ChatCompletionRequest
        {
            Model = "anthropic/claude-sonnet-4.5",
            Messages = new[]
            {
                ChatCompletionMessage.User("Weather in Paris?"),
                ChatCompletionMessage.Assistant(answer.ToolCalls!, answer.ReasoningDetails),
                ChatCompletionMessage.Tool("call_abc123", "{\"temp\":21}"),
            },
        };

        var sent = JsonNode.Parse(JsonSerializer.Serialize(request, Context.ChatCompletionRequest))!;
        var emitted = sent["messages"]![1]!["reasoning_details"]!;
        Assert.True(JsonNode.DeepEquals(received, emitted), $"Expected {received.ToJsonString()}\nActual {emitted.ToJsonString()}");
        Assert.Equal(JsonValueKind.Null, sent["messages"]![1]!["content"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.True(sent["messages"]![1]!.AsObject().ContainsKey("content"));
    }

    [Fact]
    public void AssistantMessage_FromResponse_RoundTripsThroughRequest()
    {
        var completion = Parse("Responses/chat-completion-full.json", Context.ChatCompletion);
        var message = completion.Choices![0].Message!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(message, Context.ChatCompletionMessage))!;
        var received = JsonNode.Parse(Read("Responses/chat-completion-full.json"))!["choices"]![0]!["message"]!;

        foreach (var name in new[] { "reasoning_details", "tool_calls", "annotations", "images", "audio", "content", "reasoning" })
        {
            Assert.True(JsonNode.DeepEquals(received[name], written[name]), name);
        }
    }

    [Fact]
    public void ReasoningDetail_Factories_BuildTheWireShapes()
    {
        AssertJsonEqual("""{"type":"reasoning.text","text":"t","signature":"s","format":"anthropic-claude-v1","index":0}""",
            JsonSerializer.Serialize(ReasoningDetail.CreateText("t", "s", "anthropic-claude-v1", 0), Context.ReasoningDetail));
        AssertJsonEqual("""{"type":"reasoning.encrypted","data":"d"}""", JsonSerializer.Serialize(ReasoningDetail.CreateEncrypted("d"), Context.ReasoningDetail));
        AssertJsonEqual("""{"type":"reasoning.summary","summary":"x"}""", JsonSerializer.Serialize(ReasoningDetail.CreateSummary("x"), Context.ReasoningDetail));
    }
}
