// Agent: a Microsoft Agent Framework agent on the OpenRouter IChatClient, with instructions, two tools and a session.
// Turn 1 asks about the weather (the agent runs get_weather), the session is then saved as JSON and restored into a
// new agent, turn 2 asks for the time (streamed; the agent runs get_local_time), and turn 3 follows up without a tool.
// Each turn prints the tools called, the answer and a tokens/cost line; a total closes the run.
//
// Without OPENROUTER_API_KEY it runs the offline emulator in this process (canned answers, no network); with the key
// it talks to OpenRouter. The tools are local stand-ins either way. Run with --help for the options.
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using OpenRouter;
using OpenRouter.Testing;

const string DefaultModel = "openai/gpt-4o-mini";
const string Instructions = "You are a concise travel assistant. Use the tools for weather and local time; answer in one or two sentences.";

var model = Environment.GetEnvironmentVariable("OPENROUTER_MODEL") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultModel;
var live = false;
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
    else if (arg.StartsWith('-') && arg.Length > 1)
    {
        return Fail(2, $"unknown option '{arg}' (see --help).");
    }
    else
    {
        return Fail(2, $"unexpected argument '{arg}': the questions are built in (see --help).");
    }
}

var apiKey = Environment.GetEnvironmentVariable("OPENROUTER_API_KEY");
if (live && string.IsNullOrWhiteSpace(apiKey))
{
    return Fail(1, "--live needs OPENROUTER_API_KEY: create a key at https://openrouter.ai/keys and export it.");
}

// Offline: the emulator runs inside this process and answers through an HttpMessageHandler (no socket).
await using var emulator = string.IsNullOrWhiteSpace(apiKey)
    ? OpenRouterEmulator.CreateInProcess(new OpenRouterEmulatorOptions { ChunkDelay = TimeSpan.FromMilliseconds(10) })
    : null;
using var http = emulator is null ? new HttpClient { Timeout = Timeout.InfiniteTimeSpan } : new HttpClient(emulator.CreateHandler());
using var openRouter = new OpenRouterClient(
    new OpenRouterClientOptions
    {
        ApiKey = emulator is null ? apiKey : "sk-or-v1-offline-emulator",
        Endpoint = emulator?.Endpoint ?? OpenRouterClientOptions.DefaultEndpoint,
        AppTitle = "OpenRouter .NET Agent sample",
    },
    http);
using var chat = openRouter.AsIChatClient(model);

Console.WriteLine(emulator is null
    ? $"OpenRouter · model {model}"
    : "No OPENROUTER_API_KEY: answers are canned by the offline emulator (OpenRouter.Testing), not written by a model. Set the key to talk to OpenRouter.");

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var total = new RunTotals();
try
{
    // The agent: our IChatClient, instructions and two tools. ChatClientAgent adds function invocation itself.
    AIAgent agent = CreateAgent(chat);
    Console.WriteLine($"agent: {agent.Name} · tools: get_weather, get_local_time · model: {model}");
    AgentSession session = await agent.CreateSessionAsync(cancel.Token);

    var first = await agent.RunAsync("What's the weather in Lisbon today?", session, cancellationToken: cancel.Token);
    Report("What's the weather in Lisbon today?", first, streamed: false, total);

    // Save the session as an app would (JSON text), and carry on with a new agent instance.
    var saved = (await agent.SerializeSessionAsync(session, cancellationToken: cancel.Token)).GetRawText();
    agent = CreateAgent(chat);
    using (var document = JsonDocument.Parse(saved))
    {
        session = await agent.DeserializeSessionAsync(document.RootElement, cancellationToken: cancel.Token);
    }

    var kept = session.TryGetInMemoryChatHistory(out var history) ? history!.Count : 0;
    Console.WriteLine();
    Console.WriteLine($"session saved as {saved.Length} characters of JSON ({kept} messages) and restored into a new agent");

    var second = await StreamTurnAsync(agent, "And what time is it in Lisbon right now?", session, cancel.Token);
    Report(null, second, streamed: true, total);

    var third = await agent.RunAsync("Thanks! Anything else worth knowing before I go?", session, cancellationToken: cancel.Token);
    Report("Thanks! Anything else worth knowing before I go?", third, streamed: false, total);
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

Console.WriteLine();
Console.WriteLine($"total: {total.Turns} turns, {total.Calls} OpenRouter calls · {Usage(total.Usage)}");
return 0;

static AIAgent CreateAgent(IChatClient chat) =>
    chat.AsAIAgent(
        instructions: Instructions,
        name: "travel-assistant",
        tools: [AIFunctionFactory.Create(TravelTools.GetWeather, "get_weather"), AIFunctionFactory.Create(TravelTools.GetLocalTime, "get_local_time")]);

// Streams one turn: the answer text as it arrives, then the whole turn gathered into one response.
static async Task<AgentResponse> StreamTurnAsync(AIAgent agent, string question, AgentSession session, CancellationToken cancellationToken)
{
    Console.WriteLine();
    Console.WriteLine($"> {question}   (streamed)");
    var updates = new List<AgentResponseUpdate>();
    var answering = false;
    await foreach (var update in agent.RunStreamingAsync(question, session, cancellationToken: cancellationToken))
    {
        updates.Add(update);
        foreach (var content in update.Contents)
        {
            switch (content)
            {
                case FunctionCallContent call:
                    Console.WriteLine($"called {call.Name}({Arguments(call)})");
                    break;
                case FunctionResultContent result:
                    Console.WriteLine($"  -> {result.Result}");
                    break;
            }
        }

        if (update.Text is { Length: > 0 } text)
        {
            Console.Write(answering ? text : "answer: " + text);
            answering = true;
        }
    }

    Console.WriteLine();
    return updates.ToAgentResponse();
}

// Prints a turn: the question, the tools called with their results, the answer, and the turn's usage and cost.
static void Report(string? question, AgentResponse response, bool streamed, RunTotals total)
{
    if (question is not null)
    {
        Console.WriteLine();
        Console.WriteLine($"> {question}");
    }

    if (!streamed)
    {
        // The agent's transcript of the turn: each tool call, then its result, then the answer.
        foreach (var content in response.Messages.SelectMany(m => m.Contents))
        {
            switch (content)
            {
                case FunctionCallContent call:
                    Console.WriteLine($"called {call.Name}({Arguments(call)})");
                    break;
                case FunctionResultContent result:
                    Console.WriteLine($"  -> {result.Result}");
                    break;
            }
        }

        Console.WriteLine($"answer: {response.Text}");
    }

    // The agent sums the usage of every OpenRouter call of the turn, and each call's cost travels in it.
    var calls = response.Messages.Count(m => m.Role == ChatRole.Assistant);
    Console.WriteLine($"turn: {calls} OpenRouter call(s) · {Usage(response.Usage)}");
    total.Add(calls, response.Usage);
}

static string Arguments(FunctionCallContent call) =>
    string.Join(", ", (call.Arguments ?? new Dictionary<string, object?>()).Select(a => $"{a.Key}: {a.Value}"));

static string Usage(UsageDetails? usage) =>
    string.Create(CultureInfo.InvariantCulture,
        $"tokens: {usage?.InputTokenCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} in / {usage?.OutputTokenCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} out · cost: ${(usage.GetOpenRouterCost() ?? 0m).ToString("0.######", CultureInfo.InvariantCulture)}");

static int Fail(int exitCode, string message)
{
    Console.Error.WriteLine($"Agent: {message}");
    return exitCode;
}

static void PrintHelp()
{
    Console.WriteLine($"""
        Agent: a Microsoft Agent Framework agent on the OpenRouter IChatClient, with instructions, two tools
        (get_weather, get_local_time) and a session saved as JSON and restored between turns.

        Usage: dotnet run --project samples/Agent -- [options]

          --model <slug>     the model, e.g. anthropic/claude-sonnet-4.5 (default: $OPENROUTER_MODEL or {DefaultModel})
          --live             require OPENROUTER_API_KEY (fail instead of falling back to the emulator)
          -h, --help         show this help

        Environment:
          OPENROUTER_API_KEY  talk to OpenRouter; without it, answers are canned by the offline emulator
          OPENROUTER_MODEL    the default model

        The tools are local stand-ins (fixed weather, the real clock), also with a key.
        Exit codes: 0 done, 1 OpenRouter error or missing key with --live, 2 bad arguments.
        """);
}

/// <summary>The agent's tools: local stand-ins for a weather service and a time-zone lookup.</summary>
internal static class TravelTools
{
    private static readonly Dictionary<string, string> s_timeZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Lisbon"] = "Europe/Lisbon",
        ["Paris"] = "Europe/Paris",
        ["New York"] = "America/New_York",
        ["Tokyo"] = "Asia/Tokyo",
    };

    /// <summary>The weather in a city (a fixed forecast: this is a sample).</summary>
    /// <param name="city">The city, e.g. Lisbon.</param>
    /// <returns>A one-line forecast.</returns>
    [Description("Current weather for a city.")]
    public static string GetWeather([Description("The city, e.g. Lisbon")] string city) => $"Sunny, 24 °C and a light breeze in {city}";

    /// <summary>The local time in a city, from the machine's clock and time-zone data.</summary>
    /// <param name="city">The city, e.g. Lisbon.</param>
    /// <returns>The time as HH:mm with the time zone, or UTC for a city the sample does not know.</returns>
    [Description("The local time in a city.")]
    public static string GetLocalTime([Description("The city, e.g. Lisbon")] string city)
    {
        var zone = s_timeZones.TryGetValue(city, out var id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        return $"{now.ToString("HH:mm", CultureInfo.InvariantCulture)} ({zone.Id})";
    }
}

/// <summary>Usage summed over the run (the cost travels in it).</summary>
internal sealed class RunTotals
{
    public int Turns { get; private set; }

    public int Calls { get; private set; }

    public UsageDetails Usage { get; } = new();

    public void Add(int calls, UsageDetails? usage)
    {
        Turns++;
        Calls += calls;
        if (usage is not null)
        {
            Usage.Add(usage);
        }
    }
}
