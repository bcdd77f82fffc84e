using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// An SK conversation spans separate calls: the answer is added to the <see cref="ChatHistory"/> and the history is sent
/// again. Reasoning models (Anthropic with signed thinking blocks, OpenAI with encrypted reasoning) need the assistant's
/// <c>reasoning_details</c> back unchanged on that next request.
/// </summary>
public sealed class ReasoningRoundTripTests
{
    private const string Details =
        """[{"type":"reasoning.text","text":"Paris is the capital.","signature":"sig-9","format":"anthropic-claude-v1","index":0},{"type":"reasoning.encrypted","data":"opaque==","format":"anthropic-claude-v1","index":1}]""";

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Reasoning_details_of_an_answer_in_the_history_go_back_unchanged_on_the_next_call(bool historySavedAsJson, bool nextCallStreams)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("Paris.", reasoning: "Paris is the capital.", reasoningDetailsJson: Details, provider: "Anthropic"));
        emulator.Enqueue(EmulatorResponse.Chat("About 2.1 million."));
        var chat = new OpenRouterChatCompletionService("anthropic/claude-sonnet-4.5", Support.ApiKey, emulator.Endpoint);
        var history = new ChatHistory();
        history.AddUserMessage("What is the capital of France?");

        var first = await chat.GetChatMessageContentAsync(history);
        history.Add(first);
        history.AddUserMessage("How many people live there?");
        if (historySavedAsJson)
        {
            // Apps persist conversations between requests: metadata values come back as JSON elements.
            history = JsonSerializer.Deserialize<ChatHistory>(JsonSerializer.Serialize(history))!;
        }

        if (nextCallStreams)
        {
            await foreach (var update in chat.GetStreamingChatMessageContentsAsync(history))
            {
                _ = update;
            }
        }
        else
        {
            await chat.GetChatMessageContentAsync(history);
        }

        var messages = emulator.Requests[1].Json!.Value.GetProperty("messages");
        Assert.Equal(3, messages.GetArrayLength());
        var assistant = messages[1];
        Assert.Equal("assistant", assistant.Text("role"));
        Assert.Equal("Paris.", assistant.Text("content"));
        Assert.Equal("Paris is the capital.", assistant.Text("reasoning"));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(Details).RootElement, assistant.GetProperty("reasoning_details")), assistant.ToString());
    }
}
