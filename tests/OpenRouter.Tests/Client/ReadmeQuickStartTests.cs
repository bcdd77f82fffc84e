using OpenRouter.Testing;

namespace OpenRouter.Tests.Client;

/// <summary>The README's core quick start, verbatim (ReadmeTests checks it line by line), run against the emulator.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReadmeQuickStartTests
{
    private static async Task CoreQuickStartAsync(OpenRouterClientOptions options)
    {
        // README "Quick start: the core client" from here...
        using var client = new OpenRouterClient(options);   // options: new OpenRouterClientOptions { ApiKey = "sk-or-v1-..." }
        var request = new ChatCompletionRequest
        {
            Model = "deepseek/deepseek-r1",
            Messages = [ChatCompletionMessage.User("Why is the sky blue? One sentence.")],
            Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Low },
        };
        await foreach (var chunk in client.StreamChatCompletionAsync(request))
        {
            if (chunk.Choices is [{ Delta: { } delta }, ..])
            {
                Console.Write(delta.Reasoning ?? delta.Content);   // the reasoning streams first, then the answer
            }

            if (chunk.Usage is { } usage)
            {
                Console.WriteLine($"\n{usage.PromptTokens} in / {usage.CompletionTokens} out, cost ${usage.Cost}");
            }
        }

        // ...to here.
    }

    [Fact]
    public async Task The_core_quick_start_streams_reasoning_text_and_usage()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("Air scatters blue light most.", reasoning: "Rayleigh scattering.", promptTokens: 12, completionTokens: 9, cost: 0.00004m));
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await CoreQuickStartAsync(new OpenRouterClientOptions { ApiKey = "sk-or-v1-readme", Endpoint = emulator.Endpoint });
        }
        finally
        {
            Console.SetOut(original);
        }

        var text = output.ToString();
        Assert.Contains("Rayleigh scattering.Air scatters blue light most.", text, StringComparison.Ordinal);
        Assert.Contains("12 in / 9 out, cost $0.00004", text, StringComparison.Ordinal);
        var request = Assert.Single(emulator.Requests).Json!.Value;
        Assert.Equal("low", request.GetProperty("reasoning").GetProperty("effort").GetString());
        Assert.True(request.GetProperty("stream").GetBoolean());
    }
}

/// <summary>Tests that redirect <see cref="Console.Out"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
