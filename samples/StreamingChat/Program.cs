// Streams a chat answer through the core OpenRouter client.
// Without OPENROUTER_API_KEY it runs against the offline emulator (OpenRouter.Testing) and says so;
// with it, against OpenRouter itself. OPENROUTER_MODEL picks the model (default openai/gpt-4o-mini).
using OpenRouter;
using OpenRouter.Testing;

var apiKey = Environment.GetEnvironmentVariable("OPENROUTER_API_KEY");
var model = Environment.GetEnvironmentVariable("OPENROUTER_MODEL") is { Length: > 0 } m ? m : "openai/gpt-4o-mini";
var question = args.Length > 0 ? string.Join(' ', args) : "In two sentences: why do streamed answers feel faster?";

await using var emulator = string.IsNullOrEmpty(apiKey)
    ? await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { ChunkDelay = TimeSpan.FromMilliseconds(40) })
    : null;
var options = emulator is null
    ? new OpenRouterClientOptions { ApiKey = apiKey }
    : new OpenRouterClientOptions { ApiKey = "sk-or-v1-emulator", Endpoint = emulator.Endpoint };
options.AppTitle = "OpenRouter .NET StreamingChat sample";

Console.WriteLine(emulator is null
    ? $"Using OpenRouter ({options.Endpoint}) with model {model}."
    : $"OPENROUTER_API_KEY is not set: using the offline OpenRouter emulator at {emulator.Endpoint} (set the variable to talk to OpenRouter).");
Console.WriteLine($"> {question}");
Console.WriteLine();

try
{
    // <quickstart>
    using var client = new OpenRouterClient(options);
    var request = new ChatCompletionRequest
    {
        Model = model,
        Messages = [ChatCompletionMessage.User(question)],
    };
    TokenUsage? usage = null;
    await foreach (var chunk in client.StreamChatCompletionAsync(request))
    {
        Console.Write(chunk.Choices is [var choice, ..] ? choice.Delta?.Content : null);
        usage ??= chunk.Usage;
    }
    // </quickstart>

    Console.WriteLine();
    Console.WriteLine();
    Console.WriteLine(usage is null
        ? "(no usage was reported)"
        : $"{usage.PromptTokens} prompt + {usage.CompletionTokens} completion tokens, cost {usage.Cost?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} credits");
    return 0;
}
catch (OpenRouterException ex)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"OpenRouter call failed: {ex.Message}");
    return 1;
}
