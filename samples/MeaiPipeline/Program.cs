// MeaiPipeline: OpenRouter as an IChatClient in a Microsoft.Extensions.Hosting app, registered from configuration
// (appsettings.json, section "OpenRouter") with function invocation, a distributed cache, logging and OpenTelemetry
// (a one-line-per-span summary, see SpanSummary). It asks the same question twice: the second answer comes from the
// cache, without a request. Each call says what went over HTTP and whether the model called the tool.
//
// Without a key (OPENROUTER_API_KEY or OpenRouter__ApiKey) it starts the emulator on loopback and points
// OpenRouter:Endpoint at it; with a key it talks to OpenRouter.
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenRouter;
using OpenRouter.Extensions.AI;
using OpenRouter.Testing;
using OpenTelemetry.Trace;

const string TelemetrySource = "MeaiPipeline";
const string DefaultQuestion = "What's the weather in Paris today?";

var live = false;
var words = new List<string>();
foreach (var arg in args)
{
    switch (arg)
    {
        case "-h" or "--help":
            Console.WriteLine("""
                MeaiPipeline: an IChatClient pipeline (function invocation, distributed cache, logging, OpenTelemetry)
                registered from configuration; asks the same question twice and shows the second answer is a cache hit.
                Each call prints what went over HTTP and a one-line summary of each OpenTelemetry span.

                Usage: dotnet run --project samples/MeaiPipeline -- [--live] [question...]

                  question   what to ask (default: "What's the weather in Paris today?"; the get_weather tool answers it)
                  --live     require a key (fail instead of falling back to the emulator)
                  -h, --help show this help

                Configuration (appsettings.json, environment as OpenRouter__DefaultModel...): OpenRouter:ApiKey (or
                OPENROUTER_API_KEY), OpenRouter:Endpoint, OpenRouter:DefaultModel, OpenRouter:AppUrl, OpenRouter:AppTitle,
                OpenRouter:MaxRetries, OpenRouter:StreamIdleTimeout, OpenRouter:MaxStreamEventBytes and the rest of the
                README's configuration table.
                """);
            return 0;
        case "--live":
            live = true;
            break;
        default:
            if (arg.StartsWith('-') && arg.Length > 1)
            {
                Console.Error.WriteLine($"MeaiPipeline: unknown option '{arg}' (see --help).");
                return 2;
            }

            words.Add(arg);
            break;
    }
}

var question = words.Count > 0 ? string.Join(' ', words) : DefaultQuestion;
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });

var hasKey = !string.IsNullOrWhiteSpace(builder.Configuration["OpenRouter:ApiKey"] ?? builder.Configuration["OPENROUTER_API_KEY"]);
if (live && !hasKey)
{
    Console.Error.WriteLine("MeaiPipeline: --live needs OPENROUTER_API_KEY (or OpenRouter__ApiKey): create a key at https://openrouter.ai/keys.");
    return 1;
}

// Offline: a loopback emulator, reached through IHttpClientFactory like OpenRouter would be.
await using var emulator = hasKey ? null : await OpenRouterEmulator.StartAsync();
if (emulator is not null)
{
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["OpenRouter:Endpoint"] = emulator.Endpoint.AbsoluteUri,
        ["OpenRouter:ApiKey"] = "sk-or-v1-offline-emulator",
    });
    Console.WriteLine($"No OPENROUTER_API_KEY: using the offline emulator at {emulator.Endpoint} (canned answers, not a model).");
}

// Counts what actually goes over HTTP, so the cache hit is visible with or without the emulator.
var wire = new RequestCounter();
builder.Services.AddHttpClient(OpenRouterServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => new CountingHandler(wire));

builder.Logging.AddConsoleFormatter<BriefConsoleFormatter, ConsoleFormatterOptions>();
builder.Services.AddDistributedMemoryCache();
var spans = new SpanSummary();
builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(TelemetrySource).AddProcessor(spans));
builder.Services.AddOpenRouterChatClient()
    .UseFunctionInvocation()
    .UseDistributedCache()
    .UseLogging()
    .UseOpenTelemetry(sourceName: TelemetrySource);

using var host = builder.Build();
try
{
    await host.StartAsync();   // checks the OpenRouter settings (key, model, endpoint) here
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    Console.Error.WriteLine($"MeaiPipeline: {ex.Message}");
    return 1;
}

var chat = host.Services.GetRequiredService<IChatClient>();
var options = new ChatOptions
{
    Tools = [AIFunctionFactory.Create((string city) => $"Sunny and 24 °C in {city}", "get_weather", "Gets today's weather for a city")],
};

Console.WriteLine($"> {question}");
try
{
    for (var call = 1; call <= 2; call++)
    {
        var before = wire.Count;
        var watch = Stopwatch.StartNew();
        var response = await chat.GetResponseAsync(question, options);
        var requests = wire.Count - before;
        Console.WriteLine($"call {call}: {response.Text}");
        Console.WriteLine(requests == 0
            ? $"call {call}: cache hit: answered from the distributed cache ({Steps(response)}{(Called(response) ? "; the tool itself ran again" : string.Empty)}) in {watch.ElapsedMilliseconds} ms with 0 HTTP requests to OpenRouter"
            : $"call {call}: {Plural(requests, "HTTP request")} to OpenRouter ({Steps(response)}) in {watch.ElapsedMilliseconds} ms, cost {Cost(response)}");
        spans.PrintEnded(Console.Out);
    }
}
catch (OpenRouterException ex)
{
    spans.PrintEnded(Console.Out);
    Console.Error.WriteLine($"MeaiPipeline: {ex.Message}");
    return 1;
}
finally
{
    await host.StopAsync();
}

return 0;

// What the model did, turn by turn, as the response's assistant messages tell it (one per answer OpenRouter gave):
// "tool call get_weather, then answer", or "answer, no tool call".
static string Steps(ChatResponse response)
{
    var turns = response.Messages.Where(m => m.Role == ChatRole.Assistant).Select(m =>
        m.Contents.OfType<FunctionCallContent>().Select(f => f.Name).ToList() is { Count: > 0 } calls
            ? "tool call " + string.Join(", ", calls)
            : "answer").ToList();
    return turns.Count == 1 && turns[0] == "answer" ? "answer, no tool call" : string.Join(", then ", turns);
}

static bool Called(ChatResponse response) => response.Messages.Any(m => m.Contents.OfType<FunctionCallContent>().Any());

// The cost of every OpenRouter request behind the response (the tool call and the answer), also when it came from the cache.
static string Cost(ChatResponse response) =>
    response.GetOpenRouterCost() is { } total ? "$" + total.ToString("0.########", CultureInfo.InvariantCulture) : "unknown";

static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

internal sealed class RequestCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}

internal sealed class CountingHandler(RequestCounter counter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counter.Increment();
        return base.SendAsync(request, cancellationToken);
    }
}
