// StreamingChat: streams one answer through the OpenRouter IChatClient, reasoning first (as it arrives), then the
// answer, then one line of tokens, cost, provider and model.
//
// Without OPENROUTER_API_KEY it runs the offline emulator in this process (canned answers, no network); with the
// key it talks to OpenRouter. Run with --help for the options.
using System.Globalization;
using Microsoft.Extensions.AI;
using OpenRouter;
using OpenRouter.Extensions.AI;
using OpenRouter.Testing;

const string DefaultModel = "openai/gpt-4o-mini";
const string DefaultPrompt = "In two sentences: why do streamed answers feel faster than waiting for the whole reply?";

var model = Environment.GetEnvironmentVariable("OPENROUTER_MODEL") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultModel;
var live = false;
var words = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    var arg = args[i];
    if (arg is "-h" or "--help")
    {
        PrintHelp();
        return 0;
    }

    if (arg == "--live")
    {
        live = true;
    }
    else if (arg == "--model" || arg.StartsWith("--model=", StringComparison.Ordinal))
    {
        var value = arg == "--model" ? (i + 1 < args.Length ? args[++i] : null) : arg["--model=".Length..];
        if (string.IsNullOrWhiteSpace(value))
        {
            return Fail(2, "--model needs a model slug, e.g. --model anthropic/claude-sonnet-4.5 (see --help).");
        }

        model = value;
    }
    else if (arg == "--")
    {
        words.AddRange(args[(i + 1)..]);
        break;
    }
    else if (arg.StartsWith('-') && arg.Length > 1)
    {
        return Fail(2, $"unknown option '{arg}' (see --help).");
    }
    else
    {
        words.Add(arg);
    }
}

var prompt = words.Count > 0 ? string.Join(' ', words) : DefaultPrompt;
var apiKey = Environment.GetEnvironmentVariable("OPENROUTER_API_KEY");
if (live && string.IsNullOrWhiteSpace(apiKey))
{
    return Fail(1, "--live needs OPENROUTER_API_KEY: create a key at https://openrouter.ai/keys and export it.");
}

var color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
string Dim(string text) => color ? "\u001b[2m" + text + "\u001b[0m" : text;

// Offline: the emulator runs inside this process and answers through an HttpMessageHandler (no socket).
await using var emulator = string.IsNullOrWhiteSpace(apiKey)
    ? OpenRouterEmulator.CreateInProcess(new OpenRouterEmulatorOptions { ChunkDelay = TimeSpan.FromMilliseconds(25) })
    : null;
using var http = emulator is null ? new HttpClient() : new HttpClient(emulator.CreateHandler());
using var openRouter = new OpenRouterClient(
    new OpenRouterClientOptions
    {
        ApiKey = emulator is null ? apiKey : "sk-or-v1-offline-emulator",
        Endpoint = emulator?.Endpoint ?? OpenRouterClientOptions.DefaultEndpoint,
        AppTitle = "OpenRouter .NET StreamingChat sample",
    },
    http);
using var chat = openRouter.AsIChatClient(model);

Console.WriteLine(emulator is null
    ? $"OpenRouter · model {model}"
    : "No OPENROUTER_API_KEY: answers are canned by the offline emulator (OpenRouter.Testing), not written by a model. Set the key to talk to OpenRouter.");
Console.WriteLine($"> {prompt}");
Console.WriteLine();

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// Ask for a little reasoning: reasoning models show it, others ignore the setting.
var options = new ChatOptions { Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Low } };
var updates = new List<ChatResponseUpdate>();
UsageDetails? usage = null;
var thinking = false;
try
{
    await foreach (var update in chat.GetStreamingResponseAsync(prompt, options, cancel.Token))
    {
        updates.Add(update);
        foreach (var content in update.Contents)
        {
            switch (content)
            {
                case TextReasoningContent { Text.Length: > 0 } reasoning:
                    Console.Write(Dim(thinking ? reasoning.Text : "[thinking] " + reasoning.Text));
                    thinking = true;
                    break;
                case TextContent { Text.Length: > 0 } text:
                    if (thinking)
                    {
                        Console.WriteLine();
                        Console.WriteLine();
                        thinking = false;
                    }

                    Console.Write(text.Text);
                    break;
                case UsageContent usageContent:
                    usage = usageContent.Details;
                    break;
            }
        }
    }
}
catch (OpenRouterException ex)
{
    Console.WriteLine();
    return Fail(1, ex.Message);
}
catch (HttpRequestException ex)
{
    Console.WriteLine();
    return Fail(1, $"could not reach OpenRouter: {ex.Message}");
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.WriteLine();
    return Fail(130, "cancelled.");
}

// Coalesced, the OpenRouter extras (provider, generation id...) sit on the message; the cost travels in the usage.
var response = updates.ToChatResponse();
var extras = response.Messages.LastOrDefault()?.AdditionalProperties;
var cost = response.GetOpenRouterCost();
var provider = extras?.TryGetValue(OpenRouterPropertyNames.Provider, out var p) == true ? p : null;

Console.WriteLine();
Console.WriteLine();
var reasoningTokens = usage?.ReasoningTokenCount is > 0 ? $" ({usage.ReasoningTokenCount} reasoning)" : string.Empty;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"tokens: {usage?.InputTokenCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} in / {usage?.OutputTokenCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} out{reasoningTokens}"
    + $" · cost: {(cost is { } d ? "$" + d.ToString("0.######", CultureInfo.InvariantCulture) : "unknown")}"
    + $" · provider: {provider ?? "unknown"} · model: {response.ModelId ?? model}"));
return 0;

static int Fail(int exitCode, string message)
{
    Console.Error.WriteLine($"StreamingChat: {message}");
    return exitCode;
}

static void PrintHelp()
{
    Console.WriteLine($"""
        StreamingChat: stream one answer from OpenRouter, reasoning first, then a line of tokens, cost and provider.

        Usage: dotnet run --project samples/StreamingChat -- [options] [prompt...]

          prompt             what to ask (default: "{DefaultPrompt}")
          --model <slug>     the model, e.g. anthropic/claude-sonnet-4.5 (default: $OPENROUTER_MODEL or {DefaultModel})
          --live             require OPENROUTER_API_KEY (fail instead of falling back to the emulator)
          -h, --help         show this help

        Environment:
          OPENROUTER_API_KEY  talk to OpenRouter; without it, answers are canned by the offline emulator
          OPENROUTER_MODEL    the default model
          NO_COLOR            do not dim the reasoning

        Exit codes: 0 done, 1 OpenRouter error or missing key with --live, 2 bad arguments.
        """);
}
