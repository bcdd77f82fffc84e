using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// Automatic function calling with a kernel plugin, the way a ChatCompletionAgent drives the chat completion service:
/// a ChatHistory, the agent's settings with FunctionChoiceBehavior, GetChatMessageContentsAsync or its streaming twin.
/// </summary>
public sealed class FunctionCallingTests
{
    private const string FunctionName = "Weather_get_weather";

    private static (Kernel Kernel, WeatherPlugin Plugin, IChatCompletionService Chat) CreateKernel(OpenRouterEmulator emulator)
    {
        var plugin = new WeatherPlugin();
        var kernel = Support.BuildKernel(b =>
        {
            b.AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint);
            b.Plugins.AddFromObject(plugin, "Weather");
        });
        return (kernel, plugin, kernel.GetRequiredService<IChatCompletionService>());
    }

    private static void EnqueueToolLoop(OpenRouterEmulator emulator)
    {
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", FunctionName, "{\"city\":\"Paris\"}")], cost: 0.001m));
        emulator.Enqueue(EmulatorResponse.Chat("It is sunny in Paris.", cost: 0.002m));
    }

    private static void AssertSecondRequestCarriesTheToolResult(OpenRouterEmulator emulator)
    {
        Assert.Equal(2, emulator.Requests.Count);
        var first = emulator.Body(0);
        Assert.Equal(FunctionName, first.GetProperty("tools")[0].GetProperty("function").Text("name"));
        Assert.Equal("auto", first.Text("tool_choice"));

        var messages = emulator.Body(1).GetProperty("messages");
        Assert.Equal(3, messages.GetArrayLength());
        Assert.Equal("user", messages[0].Text("role"));
        Assert.Equal("assistant", messages[1].Text("role"));
        var call = messages[1].GetProperty("tool_calls")[0];
        Assert.Equal("call_1", call.Text("id"));
        Assert.Equal(FunctionName, call.GetProperty("function").Text("name"));
        Assert.Equal("tool", messages[2].Text("role"));
        Assert.Equal("call_1", messages[2].Text("tool_call_id"));
        Assert.Equal("Sunny in Paris", messages[2].Text("content"));
    }

    private static void AssertHistoryHoldsTheExchange(ChatHistory history)
    {
        Assert.Equal(AuthorRole.User, history[0].Role);
        Assert.Equal(AuthorRole.Assistant, history[1].Role);
        var call = Assert.Single(history[1].Items.OfType<FunctionCallContent>());
        Assert.Equal("call_1", call.Id);
        Assert.Equal(AuthorRole.Tool, history[2].Role);
        var result = Assert.Single(history[2].Items.OfType<FunctionResultContent>());
        Assert.Equal("call_1", result.CallId);
        Assert.Equal("Sunny in Paris", result.Result?.ToString());
    }

    [Fact]
    public async Task Auto_invokes_the_plugin_and_returns_the_final_answer()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        EnqueueToolLoop(emulator);
        var (kernel, plugin, chat) = CreateKernel(emulator);
        var history = new ChatHistory();
        history.AddUserMessage("What's the weather in Paris?");

        var settings = new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
        var answer = await chat.GetChatMessageContentAsync(history, settings, kernel);
        history.Add(answer); // as an agent does

        Assert.Equal("It is sunny in Paris.", answer.Content);
        Assert.Equal(["Paris"], plugin.Cities);
        AssertSecondRequestCarriesTheToolResult(emulator);
        Assert.Equal(4, history.Count);
        AssertHistoryHoldsTheExchange(history);
        Assert.Equal(AuthorRole.Assistant, history[3].Role);

        // The final answer's metadata: usage sums both requests, cost is the last request's.
        var usage = Assert.IsType<Microsoft.Extensions.AI.UsageDetails>(answer.Metadata![OpenRouterMetadataKeys.Usage]);
        Assert.Equal(20, usage.InputTokenCount);
        Assert.Equal(0.002m, answer.Metadata[OpenRouterMetadataKeys.Cost]);
        Assert.Equal("stop", answer.Metadata[OpenRouterMetadataKeys.FinishReason]);
    }

    [Fact]
    public async Task Auto_streaming_invokes_the_plugin_and_streams_the_final_answer()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        EnqueueToolLoop(emulator);
        var (kernel, plugin, chat) = CreateKernel(emulator);
        var history = new ChatHistory();
        history.AddUserMessage("What's the weather in Paris?");

        var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
        var updates = new List<StreamingChatMessageContent>();
        await foreach (var update in chat.GetStreamingChatMessageContentsAsync(history, settings, kernel))
        {
            updates.Add(update);
        }

        Assert.Equal("It is sunny in Paris.", string.Concat(updates.Select(u => u.Content)));
        Assert.Equal(["Paris"], plugin.Cities);
        AssertSecondRequestCarriesTheToolResult(emulator);
        Assert.Equal(3, history.Count);
        AssertHistoryHoldsTheExchange(history);

        // Usage and cost are reported once per request, not repeated by the closing update that carries the tool call.
        Assert.Equal(2, updates.Count(u => u.Metadata?.ContainsKey(OpenRouterMetadataKeys.Usage) == true));
        Assert.Equal([0.001m, 0.002m], updates.Where(u => u.Metadata?.ContainsKey(OpenRouterMetadataKeys.Cost) == true).Select(u => (decimal)u.Metadata![OpenRouterMetadataKeys.Cost]!));
        Assert.Contains(updates, u => u.Metadata?.TryGetValue(OpenRouterMetadataKeys.FinishReason, out var f) == true && (string?)f == "tool_calls");
    }

    [Fact]
    public async Task Required_sends_tool_choice_required()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", FunctionName, "{\"city\":\"Oslo\"}")]));
        emulator.Enqueue(EmulatorResponse.Chat("Sunny in Oslo."));
        var (kernel, plugin, chat) = CreateKernel(emulator);
        var history = new ChatHistory();
        history.AddUserMessage("Weather in Oslo?");

        var answer = await chat.GetChatMessageContentAsync(history, new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Required() }, kernel);

        Assert.Equal("Sunny in Oslo.", answer.Content);
        Assert.Equal(["Oslo"], plugin.Cities);
        Assert.Equal("required", emulator.Body(0).Text("tool_choice"));
    }

    [Fact]
    public async Task None_sends_tool_choice_none_and_invokes_nothing()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("I would look it up."));
        var (kernel, plugin, chat) = CreateKernel(emulator);
        var history = new ChatHistory();
        history.AddUserMessage("Weather in Oslo?");

        var answer = await chat.GetChatMessageContentAsync(history, new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.None() }, kernel);

        Assert.Equal("I would look it up.", answer.Content);
        Assert.Empty(plugin.Cities);
        var body = Assert.Single(emulator.Requests).Json!.Value;
        Assert.Equal("none", body.Text("tool_choice"));
        Assert.Equal(JsonValueKind.Array, body.GetProperty("tools").ValueKind);
    }

    [Fact]
    public async Task Without_a_kernel_the_service_still_answers()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("Hello."));
        var chat = new OpenRouterChatCompletionService("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint);

        var answer = await chat.GetChatMessageContentAsync("Hi", new OpenRouterPromptExecutionSettings { ModelId = "anthropic/claude-haiku-4.5", ChatSystemPrompt = "Be brief." });

        Assert.Equal("Hello.", answer.Content);
        var body = Assert.Single(emulator.Requests).Json!.Value;
        Assert.Equal("anthropic/claude-haiku-4.5", body.Text("model"));
        Assert.Equal("system", body.GetProperty("messages")[0].Text("role"));
        Assert.Equal("Be brief.", body.GetProperty("messages")[0].Text("content"));
        Assert.Equal("anthropic/claude-haiku-4.5", answer.ModelId);
    }
}

/// <summary>A tool call the model makes although no kernel function was offered goes back to the caller once.</summary>
public sealed class UnofferedToolCallTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_a_kernel_or_a_function_choice_a_tool_call_is_returned_after_one_request(bool streamed)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("Let me look.", toolCalls: [new EmulatorToolCall("call_x", "lookup", "{\"q\":\"x\"}")]));
        var service = new OpenRouterChatCompletionService(new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Support.ApiKey, Endpoint = emulator.Endpoint }), "openai/gpt-4o-mini");
        var history = new ChatHistory();
        history.AddUserMessage("look it up");

        var text = new System.Text.StringBuilder();
        if (streamed)
        {
            await foreach (var update in service.GetStreamingChatMessageContentsAsync(history))
            {
                text.Append(update.Content);
            }
        }
        else
        {
            text.Append((await service.GetChatMessageContentAsync(history)).Content);
        }

        Assert.Single(emulator.Requests);
        Assert.Equal("Let me look.", text.ToString());
    }
}
