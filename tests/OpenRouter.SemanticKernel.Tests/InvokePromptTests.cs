using UsageDetails = Microsoft.Extensions.AI.UsageDetails;
using Microsoft.SemanticKernel;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>Kernel.InvokePromptAsync and its streaming twin, through each service registered alone.</summary>
public sealed class InvokePromptTests
{
    [Fact]
    public async Task InvokePromptAsync_through_chat_completion_returns_the_answer_with_metadata()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("Paris.", reasoning: "The capital of France.", cost: 0.0012m, model: "openai/gpt-4o-mini-2024", provider: "OpenAI"));
        var kernel = Support.BuildKernel(b => b.AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint));

        var result = await kernel.InvokePromptAsync("What is the capital of France?");

        Assert.Equal("Paris.", result.ToString());
        var request = Assert.Single(emulator.Requests);
        Assert.Equal("chat/completions", request.Path);
        Assert.Equal("openai/gpt-4o-mini", request.Json!.Value.Text("model"));
        Assert.Equal("What is the capital of France?", request.Json!.Value.GetProperty("messages")[0].Text("content"));

        var message = result.GetValue<ChatMessageContent>()!;
        Assert.IsType<ChatCompletion>(message.InnerContent);
        Assert.Equal("openai/gpt-4o-mini-2024", message.ModelId);
        var metadata = message.Metadata!;
        Assert.StartsWith("gen-", (string)metadata[OpenRouterMetadataKeys.Id]!);
        Assert.Equal("openai/gpt-4o-mini-2024", metadata[OpenRouterMetadataKeys.Model]);
        Assert.Equal("OpenAI", metadata[OpenRouterMetadataKeys.Provider]);
        Assert.Equal("stop", metadata[OpenRouterMetadataKeys.FinishReason]);
        Assert.Equal("stop", metadata[OpenRouterMetadataKeys.NativeFinishReason]);
        Assert.Equal(0.0012m, metadata[OpenRouterMetadataKeys.Cost]);
        Assert.Equal("The capital of France.", metadata[OpenRouterMetadataKeys.Reasoning]);
        Assert.Contains("reasoning.text", (string)metadata[OpenRouterMetadataKeys.ReasoningDetails]!);
        Assert.IsType<DateTimeOffset>(metadata[OpenRouterMetadataKeys.CreatedAt]);
        var usage = Assert.IsType<UsageDetails>(metadata[OpenRouterMetadataKeys.Usage]);
        Assert.Equal(10, usage.InputTokenCount);
    }

    [Fact]
    public async Task InvokePromptStreamingAsync_through_chat_completion_streams_the_answer_with_metadata()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("Paris is the capital.", reasoning: "Easy one.", cost: 0.002m, provider: "OpenAI"));
        var kernel = Support.BuildKernel(b => b.AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint));

        var updates = new List<StreamingChatMessageContent>();
        await foreach (var update in kernel.InvokePromptStreamingAsync<StreamingChatMessageContent>("What is the capital of France?"))
        {
            updates.Add(update);
        }

        Assert.Equal("Paris is the capital.", string.Concat(updates.Select(u => u.Content)));
        Assert.True(Assert.Single(emulator.Requests).Json!.Value.GetProperty("stream").GetBoolean());
        Assert.All(updates, u => Assert.IsType<ChatCompletionChunk>(u.InnerContent));
        Assert.All(updates, u => Assert.Equal("openai/gpt-4o-mini", u.ModelId));
        Assert.All(updates, u => Assert.StartsWith("gen-", (string)u.Metadata![OpenRouterMetadataKeys.Id]!));
        Assert.Equal("Easy one.", string.Concat(updates.Select(u => u.Metadata!.TryGetValue(OpenRouterMetadataKeys.Reasoning, out var r) ? (string?)r : null)));
        Assert.Contains(updates, u => u.Metadata!.TryGetValue(OpenRouterMetadataKeys.Provider, out var p) && (string?)p == "OpenAI");
        Assert.Single(updates, u => u.Metadata!.TryGetValue(OpenRouterMetadataKeys.FinishReason, out var f) && (string?)f == "stop");
        var usage = Assert.Single(updates, u => u.Metadata!.ContainsKey(OpenRouterMetadataKeys.Usage));
        Assert.IsType<UsageDetails>(usage.Metadata![OpenRouterMetadataKeys.Usage]);
        Assert.Equal(0.002m, usage.Metadata[OpenRouterMetadataKeys.Cost]);
    }

    [Fact]
    public async Task InvokePromptAsync_through_text_generation_uses_the_completions_route()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Completion("Once upon a time.", cost: 0.0005m, provider: "Together"));
        var kernel = Support.BuildKernel(b => b.AddOpenRouterTextGeneration("meta-llama/llama-3.1-8b", Support.ApiKey, emulator.Endpoint));

        var result = await kernel.InvokePromptAsync("Tell a story", new KernelArguments(new OpenRouterPromptExecutionSettings { MaxTokens = 20, Temperature = 0.7, Provider = new ProviderPreferences { Order = ["together"] } }));

        Assert.Equal("Once upon a time.", result.ToString());
        var request = Assert.Single(emulator.Requests);
        Assert.Equal("completions", request.Path);
        var body = request.Json!.Value;
        Assert.Equal("Tell a story", body.Text("prompt"));
        Assert.Equal("meta-llama/llama-3.1-8b", body.Text("model"));
        Assert.Equal(20, body.GetProperty("max_tokens").GetInt32());
        Assert.Equal(0.7, body.GetProperty("temperature").GetDouble());
        Assert.Equal("together", body.GetProperty("provider").GetProperty("order")[0].GetString());

        var text = result.GetValue<TextContent>()!;
        Assert.IsType<Completion>(text.InnerContent);
        Assert.Equal("meta-llama/llama-3.1-8b", text.ModelId);
        Assert.Equal("Together", text.Metadata![OpenRouterMetadataKeys.Provider]);
        Assert.Equal("stop", text.Metadata[OpenRouterMetadataKeys.FinishReason]);
        Assert.Equal(0.0005m, text.Metadata[OpenRouterMetadataKeys.Cost]);
        Assert.StartsWith("gen-", (string)text.Metadata[OpenRouterMetadataKeys.Id]!);
        Assert.IsType<UsageDetails>(text.Metadata[OpenRouterMetadataKeys.Usage]);
    }

    [Fact]
    public async Task InvokePromptStreamingAsync_through_text_generation_streams_the_completion()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Completion("Once upon a time there was a kernel.", cost: 0.0007m));
        var kernel = Support.BuildKernel(b => b.AddOpenRouterTextGeneration("meta-llama/llama-3.1-8b", Support.ApiKey, emulator.Endpoint));

        var updates = new List<StreamingTextContent>();
        await foreach (var update in kernel.InvokePromptStreamingAsync<StreamingTextContent>("Tell a story"))
        {
            updates.Add(update);
        }

        Assert.Equal("Once upon a time there was a kernel.", string.Concat(updates.Select(u => u.Text)));
        var request = Assert.Single(emulator.Requests);
        Assert.Equal("completions", request.Path);
        Assert.True(request.Json!.Value.GetProperty("stream").GetBoolean());
        Assert.All(updates, u => Assert.IsType<CompletionChunk>(u.InnerContent));
        Assert.All(updates, u => Assert.Equal("meta-llama/llama-3.1-8b", u.ModelId));
        Assert.Single(updates, u => u.Metadata!.TryGetValue(OpenRouterMetadataKeys.FinishReason, out var f) && (string?)f == "stop");
        var usage = Assert.Single(updates, u => u.Metadata!.ContainsKey(OpenRouterMetadataKeys.Usage));
        Assert.Equal(0.0007m, usage.Metadata![OpenRouterMetadataKeys.Cost]);
    }
}
