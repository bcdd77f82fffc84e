using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenRouter.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextToAudio;
using OpenRouter;
using OpenRouter.Testing;

/// <summary>
/// The C# examples of the packages' own readmes (src/*/README.md), compiled against the packed packages so they cannot
/// drift from the API (tests/OpenRouter.Tests checks each readme block stands here). They need a real key, so nothing
/// calls them; Program.cs runs the same calls against the emulator.
/// </summary>
internal static class PackageReadmeExamples
{
    public static async Task CoreAsync()
    {
        using var client = new OpenRouterClient("sk-or-v1-...");
        var request = new ChatCompletionRequest
        {
            Model = "deepseek/deepseek-r1",
            Messages = [ChatCompletionMessage.User("Why is the sky blue? One sentence.")],
            Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Low },
        };
        await foreach (var chunk in client.StreamChatCompletionAsync(request))
        {
            Console.Write(chunk.Choices is [{ Delta: { } delta }, ..] ? delta.Reasoning ?? delta.Content : null);
        }
    }

    public static async Task ExtensionsAIAsync()
    {
        using var openRouter = new OpenRouterClient("sk-or-v1-...");
        IChatClient chat = openRouter.AsIChatClient("openai/gpt-4o-mini")
            .AsBuilder()
            .UseFunctionInvocation()
            .Build();
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => $"Sunny in {city}", "get_weather")] }
            .WithFallbackModels("anthropic/claude-haiku-4.5");
        Console.WriteLine(await chat.GetResponseAsync("What's the weather in Paris?", options));
    }

    public static void ExtensionsAIRedis(IServiceCollection services)
    {
        services.AddOpenRouterRedisSpendStore("localhost:6379", o => o.Window = TimeSpan.FromDays(1));
        services.AddOpenRouterChatClient()
            .UseFunctionInvocation()
            .UseOpenRouterBudget(100m, o => o.StoreFailureMode = OpenRouterBudgetFailureMode.FailOpen);
    }

    public static async Task SemanticKernelAsync()
    {
        var kernel = Kernel.CreateBuilder()
            .AddOpenRouterChatCompletion("openai/gpt-4o-mini", "sk-or-v1-...")
            .Build();
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        var settings = new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
        var answer = await chat.GetChatMessageContentAsync("What time is it in UTC?", settings, kernel);
        Console.WriteLine(answer.Content);
    }

    public static async Task SemanticKernelMediaAsync()
    {
#pragma warning disable SKEXP0001 // Semantic Kernel's media interfaces are experimental.
        var kernel = Kernel.CreateBuilder()
            .AddOpenRouterEmbeddingGenerator("openai/text-embedding-3-large", "sk-or-v1-...")
            .AddOpenRouterTextToAudio("openai/gpt-4o-mini-tts", "sk-or-v1-...")
            .Build();
        var embedder = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var vectors = await embedder.GenerateAsync(["first text", "second text"]);
        var speech = await kernel.GetRequiredService<ITextToAudioService>().GetAudioContentAsync(
            "Hello!", new OpenRouterTextToAudioExecutionSettings { Voice = "alloy", ResponseFormat = "mp3" });
#pragma warning restore SKEXP0001
        Console.WriteLine($"{vectors.Count} vectors, {speech.Data?.Length} bytes of {speech.MimeType}");
    }

    public static async Task TestingStartAsync()
    {
        // A real HTTP/1.1 server (Kestrel) on loopback:
        await using var emulator = await OpenRouterEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };   // http://127.0.0.1:<port>/api/v1/

        // Or no socket at all:
        await using var inProcess = OpenRouterEmulator.CreateInProcess();
        using var http2 = new HttpClient(inProcess.CreateHandler()) { BaseAddress = inProcess.Endpoint };
    }

    public static void TestingScripts(OpenRouterEmulator emulator)
    {
        emulator.Enqueue(EmulatorResponse.Chat("It is sunny.", reasoning: "The user asks about weather."));
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")]));
        emulator.Enqueue(EmulatorResponse.Error(429, "Rate limited").WithHeader("Retry-After", "2"));
        emulator.Enqueue(EmulatorResponse.Error(429, "Provider returned error", """{"limit_source":"upstream_provider_shared_pool","remedy_hint":"Route elsewhere"}"""));
        emulator.Enqueue(EmulatorResponse.Error(403, "Key limit exceeded", """{"limit_source":"openrouter_key_limit","limit_usd":10,"spend_usd":10.2,"resets_at":"2026-12-01T00:00:00Z"}"""));
        emulator.Enqueue(EmulatorResponse.ErrorWithStatus200(502, "Provider returned error"));
        emulator.Enqueue(EmulatorResponse.MidStreamError("Partial text", 502, "Provider disconnected"));
        emulator.Enqueue(EmulatorResponse.MidStreamError("Partial text", 502, "Provider disconnected").WithUsageOnError(cost: 0.0001m)); // billed
        emulator.Enqueue(EmulatorResponse.Raw(502, "text/html", "<html>Bad gateway</html>"));
        emulator.Enqueue(EmulatorResponse.Sse(File.ReadAllText("TestData/stream.sse")));
        emulator.Enqueue("generation", EmulatorResponse.Error(404, "Generation not found")); // the lookup race
        emulator.Enqueue(EmulatorResponse.Chat("slow").WithDelay(TimeSpan.FromSeconds(1)));
    }

    public static void TestingFaults(OpenRouterEmulator emulator)
    {
        emulator.Enqueue(EmulatorResponse.ResetBeforeHeaders());     // HttpRequestException on send
        emulator.Enqueue(EmulatorResponse.ResetAfterEvents(3));      // 3 events, then IOException
        emulator.Enqueue(EmulatorResponse.TruncatedStream());        // clean EOF without finish_reason or [DONE]
        emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 1));                          // then silence
        emulator.Enqueue(EmulatorResponse.Stall(keepAliveInterval: TimeSpan.FromSeconds(1)));    // comments only
        emulator.Enqueue(EmulatorResponse.Pause(2, TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(500))); // then the rest
        emulator.Enqueue(EmulatorResponse.MalformedEvent(afterEvents: 2));    // one event that is not JSON
        emulator.Enqueue(EmulatorResponse.OversizedEvent(32 * 1024 * 1024)); // one 32 MiB chunk, written in pieces
        emulator.Enqueue(EmulatorResponse.MidStreamErrorWithoutFinishReason("Partial", 502, "Provider disconnected"));
        emulator.Enqueue(EmulatorResponse.StreamWithoutDone());               // finish reason and usage, no [DONE]
        emulator.Enqueue(EmulatorResponse.Raw(200, "text/html", "<html>maintenance</html>")); // a non-JSON 200
        emulator.Enqueue(EmulatorResponse.Raw(200, "application/json", "{\"caf\u00e9"u8[..^1].ToArray())); // bytes as they are: cut inside a UTF-8 sequence
        emulator.Enqueue(EmulatorResponse.Raw(200, "application/json", "{}"u8.ToArray(), new Dictionary<string, string> { ["Content-Encoding"] = "gzip" })); // not gzip
        emulator.Enqueue(EmulatorResponse.Error(429, "Slow down").WithHeader("retry-after-ms", "1500"));
        var refused = OpenRouterEmulator.CreateRefusedEndpoint();             // nothing listens there
        _ = refused;
    }
}
