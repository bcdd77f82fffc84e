// SemanticKernel: a kernel with a clock and a calculator plugin that the model calls automatically, then a prompt
// template whose execution settings carry OpenRouter routing, fallbacks and reasoning.
//
// Without OPENROUTER_API_KEY it runs the offline emulator in this process (canned answers, no network); with the key
// it talks to OpenRouter. Run with --help for the options.
using System.ComponentModel;
using System.Globalization;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter;
using OpenRouter.SemanticKernel;
using OpenRouter.Testing;

const string DefaultModel = "openai/gpt-4o-mini";

var model = Environment.GetEnvironmentVariable("OPENROUTER_MODEL") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultModel;
var live = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "-h" or "--help":
            PrintHelp();
            return 0;
        case "--live":
            live = true;
            break;
        case "--model" when i + 1 < args.Length && !string.IsNullOrWhiteSpace(args[i + 1]):
            model = args[++i];
            break;
        case "--model":
            return Fail(2, "--model needs a model slug, e.g. --model anthropic/claude-sonnet-4.5 (see --help).");
        default:
            return Fail(2, $"unknown option '{args[i]}' (see --help).");
    }
}

var apiKey = Environment.GetEnvironmentVariable("OPENROUTER_API_KEY");
if (live && string.IsNullOrWhiteSpace(apiKey))
{
    return Fail(1, "--live needs OPENROUTER_API_KEY: create a key at https://openrouter.ai/keys and export it.");
}

// Offline: the emulator runs inside this process and answers through an HttpMessageHandler (no socket).
await using var emulator = string.IsNullOrWhiteSpace(apiKey) ? OpenRouterEmulator.CreateInProcess() : null;
using var http = emulator is null ? new HttpClient { Timeout = Timeout.InfiniteTimeSpan } : new HttpClient(emulator.CreateHandler());
apiKey = emulator is null ? apiKey! : "sk-or-v1-offline-emulator";
var endpoint = emulator?.Endpoint;
Console.WriteLine(emulator is null
    ? $"OpenRouter · model {model}"
    : "No OPENROUTER_API_KEY: answers are canned by the offline emulator (OpenRouter.Testing), not written by a model. Set the key to talk to OpenRouter.");

try
{
    // <kernel>
    var builder = Kernel.CreateBuilder()
        .AddOpenRouterChatCompletion(model, apiKey, endpoint, httpClient: http);
    builder.Plugins.AddFromType<ClockPlugin>("clock");
    builder.Plugins.AddFromType<CalculatorPlugin>("calculator");
    var kernel = builder.Build();

    // Automatic function calling: the model asks, the kernel runs the plugin, the model answers.
    var chat = kernel.GetRequiredService<IChatCompletionService>();
    var history = new ChatHistory();
    history.AddUserMessage("What time is it now in UTC? Use the clock.");
    var settings = new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
    var answer = await chat.GetChatMessageContentAsync(history, settings, kernel);
    // </kernel>

    foreach (var call in history.SelectMany(m => m.Items).OfType<Microsoft.SemanticKernel.FunctionCallContent>())
    {
        Console.WriteLine($"called {(call.PluginName is null ? call.FunctionName : call.PluginName + "." + call.FunctionName)}");
    }

    PrintReasoning(answer.Metadata);
    Console.WriteLine($"answer: {answer.Content}");
    Console.WriteLine(Summary(answer.Metadata, answer.ModelId));

    // <template>
    var explain = KernelFunctionFactory.CreateFromPrompt(PromptTemplateConfig.FromJson("""
        {
          "template": "Explain {{$topic}} in one sentence.",
          "execution_settings": {
            "default": {
              "max_tokens": 200,
              "provider": { "sort": "throughput", "allow_fallbacks": true },
              "models": ["anthropic/claude-haiku-4.5", "google/gemini-2.5-flash"],
              "reasoning": { "effort": "low" }
            }
          }
        }
        """));
    var result = await kernel.InvokeAsync(explain, new() { ["topic"] = "provider routing" });
    // </template>

    // The reasoning first, as the model produced it, then the answer.
    var message = result.GetValue<ChatMessageContent>();
    PrintReasoning(message?.Metadata);
    Console.WriteLine($"template: {result}");
    Console.WriteLine(Summary(message?.Metadata, message?.ModelId));
    return 0;
}
catch (OpenRouterException ex)
{
    return Fail(1, ex.Message);
}
catch (HttpRequestException ex)
{
    return Fail(1, $"could not reach OpenRouter: {ex.Message}");
}

static void PrintReasoning(IReadOnlyDictionary<string, object?>? metadata)
{
    if (metadata?.TryGetValue(OpenRouterMetadataKeys.Reasoning, out var reasoning) == true && reasoning is string { Length: > 0 } thought)
    {
        Console.WriteLine($"[thinking] {thought}");
    }
}

static string Summary(IReadOnlyDictionary<string, object?>? metadata, string? modelId)
{
    object? Get(string key) => metadata is not null && metadata.TryGetValue(key, out var value) ? value : null;
    var usage = Get(OpenRouterMetadataKeys.Usage) as Microsoft.Extensions.AI.UsageDetails;
    // TotalCost covers every request of an automatic function-calling exchange, as Usage does (Cost is the last one's).
    var cost = Get(OpenRouterMetadataKeys.TotalCost) is decimal d ? "$" + d.ToString("0.######", CultureInfo.InvariantCulture) : "unknown";
    return string.Create(CultureInfo.InvariantCulture,
        $"tokens: {usage?.InputTokenCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} in / {usage?.OutputTokenCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} out · cost: {cost} · provider: {Get(OpenRouterMetadataKeys.Provider) ?? "unknown"} · model: {Get(OpenRouterMetadataKeys.Model) ?? modelId}");
}

static int Fail(int exitCode, string message)
{
    Console.Error.WriteLine($"SemanticKernel: {message}");
    return exitCode;
}

static void PrintHelp()
{
    Console.WriteLine($"""
        SemanticKernel: a kernel with clock and calculator plugins called automatically, and a prompt template with
        OpenRouter routing, fallback models and reasoning in its execution settings.

        Usage: dotnet run --project samples/SemanticKernel -- [options]

          --model <slug>     the model (default: $OPENROUTER_MODEL or {DefaultModel})
          --live             require OPENROUTER_API_KEY (fail instead of falling back to the emulator)
          -h, --help         show this help

        Exit codes: 0 done, 1 OpenRouter error or missing key with --live, 2 bad arguments.
        """);
}

/// <summary>Tells the time.</summary>
public sealed class ClockPlugin
{
    /// <summary>The current UTC time.</summary>
    [KernelFunction("get_utc_time"), Description("Gets the current time in UTC (ISO 8601). Use it for any question about the time.")]
    public string GetUtcTime() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Does arithmetic exactly.</summary>
public sealed class CalculatorPlugin
{
    /// <summary>Multiplies two numbers.</summary>
    [KernelFunction("multiply"), Description("Multiplies two numbers exactly.")]
    public double Multiply([Description("The first factor")] double a, [Description("The second factor")] double b) => a * b;

    /// <summary>Adds two numbers.</summary>
    [KernelFunction("add"), Description("Adds two numbers exactly.")]
    public double Add([Description("The first term")] double a, [Description("The second term")] double b) => a + b;
}
