using System.ComponentModel;
using System.IO.Compression;
using System.Xml.Linq;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter;
using OpenRouter.Testing;

// Installs nothing and mocks nothing: this app uses the packed packages exactly as a user's app would, against the
// packed emulator, and prints one PASS/FAIL line per check and a closing count. Usage:
//   dotnet run --project tests/PackageConsumer -p:OpenRouterPackageVersion=<version> -- <package folder>
var packageFolder = args.Length > 0 ? args[0] : Path.Combine("..", "..", ".ci", "out", "packages");
var version = typeof(OpenRouterClient).Assembly.GetName().Version;
var checks = new Checks();

string[] packageIds = ["OpenRouter", "OpenRouter.Extensions.AI", "OpenRouter.Extensions.AI.Redis", "OpenRouter.SemanticKernel", "OpenRouter.Testing"];
foreach (var id in packageIds)
{
    checks.Run($"package {id}: .nupkg and .snupkg, readme, description, tags, MIT license", () => PackageShape.Check(packageFolder, id));
}

checks.Run("OpenRouter.Extensions.AI depends on Microsoft.Extensions.AI with 10.11.0 as the floor", () =>
    PackageShape.DependencyFloor(packageFolder, "OpenRouter.Extensions.AI", "Microsoft.Extensions.AI", "10.11.0"));
checks.Run("the app runs on Microsoft.Extensions.AI 11", () =>
    Expect(typeof(IChatClient).Assembly.GetName().Version?.Major == 11, $"loaded {typeof(IChatClient).Assembly.GetName().Version}"));

await using var emulator = await OpenRouterEmulator.StartAsync();
using var openRouter = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-consumer", Endpoint = emulator.Endpoint });

await checks.RunAsync("core client streams a chat answer with usage and cost", async () =>
{
    var request = new ChatCompletionRequest { Model = "openai/gpt-4o-mini", Messages = [ChatCompletionMessage.User("Say hello")] };
    var text = new System.Text.StringBuilder();
    decimal? cost = null;
    await foreach (var chunk in openRouter.StreamChatCompletionAsync(request))
    {
        text.Append(chunk.Choices is [{ Delta.Content: { } content }, ..] ? content : null);
        cost ??= chunk.Usage?.Cost;
    }

    Expect(text.ToString().Contains("Say hello", StringComparison.Ordinal), $"answer was '{text}'");
    Expect(cost > 0, $"cost was {cost}");
});

await checks.RunAsync("IChatClient with function invocation calls the tool and answers from it", async () =>
{
    var calls = 0;
    var weather = AIFunctionFactory.Create(([Description("The city")] string city) => { calls++; return $"Sunny in {city}"; }, "get_weather", "Gets the weather for a city");
    IChatClient chat = openRouter.AsIChatClient("openai/gpt-4o-mini").AsBuilder().UseFunctionInvocation().Build();
    var response = await chat.GetResponseAsync("What's the weather in Paris?", new ChatOptions { Tools = [weather] });
    Expect(calls == 1, $"the tool ran {calls} times");
    Expect(response.Text.Contains("Sunny in Paris", StringComparison.Ordinal), $"answer was '{response.Text}'");
});

await checks.RunAsync("GetOpenRouterCost adds up every request of a tool loop and of an agent run, as billed", async () =>
{
    var weather = AIFunctionFactory.Create((string city) => $"Sunny in {city}", "get_weather");
    IChatClient chat = openRouter.AsIChatClient("openai/gpt-4o-mini").AsBuilder().UseFunctionInvocation().Build();
    var before = (await openRouter.GetKeyAsync()).Usage ?? 0m;
    var response = await chat.GetResponseAsync("What's the weather in Paris?", new ChatOptions { Tools = [weather] });
    var billed = (await openRouter.GetKeyAsync()).Usage - before;
    Expect(billed > 0 && response.GetOpenRouterCost() == billed, $"GetOpenRouterCost() was {response.GetOpenRouterCost()}, the emulator billed {billed}");

    AIAgent agent = openRouter.AsIChatClient("openai/gpt-4o-mini").AsAIAgent(instructions: "Be brief.", tools: [weather]);
    before = (await openRouter.GetKeyAsync()).Usage ?? 0m;
    var run = await agent.RunAsync("What's the weather in Lyon?");
    billed = (await openRouter.GetKeyAsync()).Usage - before;
    Expect(billed > 0 && run.Usage.GetOpenRouterCost() == billed, $"the agent's Usage.GetOpenRouterCost() was {run.Usage.GetOpenRouterCost()}, the emulator billed {billed}");
});

await checks.RunAsync("DI: AddOpenRouterChatClient binds the OpenRouter section and answers", async () =>
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["OpenRouter:ApiKey"] = "sk-or-v1-consumer",
        ["OpenRouter:Endpoint"] = emulator.Endpoint.ToString(),
        ["OpenRouter:DefaultModel"] = "openai/gpt-4o-mini",
    }).Build();
    var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
    services.AddOpenRouterChatClient();
    await using var provider = services.BuildServiceProvider();
    var response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("From DI");
    Expect(response.Text.Contains("From DI", StringComparison.Ordinal), $"answer was '{response.Text}'");
});

await checks.RunAsync("Budget: UseOpenRouterBudget refuses the call after the spend reached the limit, before any request", async () =>
{
    IChatClient chat = openRouter.AsIChatClient("openai/gpt-4o-mini").AsBuilder().UseOpenRouterBudget(0.000001m).Build();
    await chat.GetResponseAsync("Spend a little");
    var before = emulator.Requests.Count;
    try
    {
        await chat.GetResponseAsync("Spend more");
        throw new InvalidOperationException("the second call was not refused");
    }
    catch (OpenRouter.Extensions.AI.OpenRouterBudgetExceededException)
    {
        Expect(emulator.Requests.Count == before, "the refused call reached the emulator");
    }
});

if (Environment.GetEnvironmentVariable("OPENROUTER_TEST_REDIS") is { Length: > 0 } redis)
{
    await checks.RunAsync("Budget: the Redis spend store registered in DI records the spend in Redis", async () =>
    {
        var prefix = "openrouter-consumer:" + Guid.NewGuid().ToString("N") + ":";
        var services = new ServiceCollection().AddOpenRouterRedisSpendStore(redis, o => o.KeyPrefix = prefix);
        services.AddChatClient(openRouter.AsIChatClient("openai/gpt-4o-mini")).UseOpenRouterBudget(1m);
        await using var provider = services.BuildServiceProvider();
        var response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("Budgeted in Redis");
        var spent = await provider.GetRequiredService<OpenRouter.Extensions.AI.IOpenRouterSpendStore>().GetAsync("global");
        Expect(spent > 0 && response.Text.Contains("Budgeted in Redis", StringComparison.Ordinal), $"spend in Redis was {spent} nano-dollars");
    });
}
else
{
    Console.WriteLine("  SKIP  Budget with the Redis spend store: OPENROUTER_TEST_REDIS is not set (.ci/run sets it)");
}

await checks.RunAsync("Agent Framework: an agent turn with a tool, then a second turn in the same session", async () =>
{
    var calls = 0;
    var clock = AIFunctionFactory.Create(() => { calls++; return "2026-12-03T10:00:00Z"; }, "get_time", "Gets the current time");
    AIAgent agent = openRouter.AsIChatClient("openai/gpt-4o-mini").AsAIAgent(instructions: "You are a terse assistant.", tools: [clock]);
    var session = await agent.CreateSessionAsync();
    var first = await agent.RunAsync("What time is it? Use get_time.", session);
    Expect(calls == 1, $"the tool ran {calls} times");
    Expect(first.Text.Contains("2026-12-03T10:00:00Z", StringComparison.Ordinal), $"first answer was '{first.Text}'");

    var before = emulator.Requests.Count;
    var second = await agent.RunAsync("Thanks, and goodbye", session);
    Expect(second.Text.Contains("goodbye", StringComparison.Ordinal), $"second answer was '{second.Text}'");
    var sent = emulator.Requests[before].Body;
    Expect(sent.Contains("You are a terse assistant.", StringComparison.Ordinal) && sent.Contains("What time is it?", StringComparison.Ordinal),
        "the second turn's request did not carry the instructions and the earlier turn");
});

await checks.RunAsync("Agent Framework: a streamed agent turn", async () =>
{
    AIAgent agent = openRouter.AsIChatClient("openai/gpt-4o-mini").AsAIAgent(instructions: "Be brief.");
    var text = new System.Text.StringBuilder();
    await foreach (var update in agent.RunStreamingAsync("Stream please"))
    {
        text.Append(update.Text);
    }

    Expect(text.ToString().Contains("Stream please", StringComparison.Ordinal), $"streamed answer was '{text}'");
});

await checks.RunAsync("Semantic Kernel: a kernel calls a plugin function automatically", async () =>
{
    var builder = Kernel.CreateBuilder().AddOpenRouterChatCompletion("openai/gpt-4o-mini", "sk-or-v1-consumer", emulator.Endpoint);
    builder.Plugins.AddFromFunctions("clock", [KernelFunctionFactory.CreateFromMethod(() => "2026-12-03T10:00:00Z", "get_utc_time", "Gets the UTC time")]);
    var kernel = builder.Build();
    var settings = new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
    var answer = await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync("What is the UTC time? Use the clock.", settings, kernel);
    Expect(answer.Content?.Contains("2026-12-03T10:00:00Z", StringComparison.Ordinal) == true, $"answer was '{answer.Content}'");
});

Console.WriteLine($"package consumer (OpenRouter {version}, Microsoft.Extensions.AI {typeof(IChatClient).Assembly.GetName().Version}): {checks.Passed} passed, {checks.Failed} failed");
return checks.Failed == 0 ? 0 : 1;

static void Expect(bool condition, string whatWasSeen)
{
    if (!condition)
    {
        throw new InvalidOperationException(whatWasSeen);
    }
}

/// <summary>Runs named checks, printing PASS or FAIL (with the reason) for each.</summary>
internal sealed class Checks
{
    public int Passed { get; private set; }

    public int Failed { get; private set; }

    public void Run(string name, Action check) => RunAsync(name, () => { check(); return Task.CompletedTask; }).GetAwaiter().GetResult();

    public async Task RunAsync(string name, Func<Task> check)
    {
        try
        {
            await check();
            Passed++;
            Console.WriteLine($"  PASS  {name}");
        }
        catch (Exception exception)
        {
            Failed++;
            Console.WriteLine($"  FAIL  {name}: {exception.GetType().Name}: {exception.Message}");
        }
    }
}

/// <summary>What a packed package must contain, read from the .nupkg itself.</summary>
internal static class PackageShape
{
    public static void Check(string folder, string id)
    {
        var nupkg = Single(folder, id, ".nupkg");
        Single(folder, id, ".snupkg");
        using var archive = ZipFile.OpenRead(nupkg);
        var metadata = Metadata(archive, id);
        var readme = Value(metadata, "readme");
        if (readme is null || archive.GetEntry(readme) is not { Length: > 200 })
        {
            throw new InvalidOperationException($"{Path.GetFileName(nupkg)} has no package readme (or an almost empty one)");
        }

        foreach (var field in new[] { "description", "tags" })
        {
            if (string.IsNullOrWhiteSpace(Value(metadata, field)))
            {
                throw new InvalidOperationException($"{Path.GetFileName(nupkg)} has no {field}");
            }
        }

        if (Value(metadata, "license") != "MIT")
        {
            throw new InvalidOperationException($"{Path.GetFileName(nupkg)} license is '{Value(metadata, "license")}', not MIT");
        }
    }

    public static void DependencyFloor(string folder, string id, string dependency, string floor)
    {
        using var archive = ZipFile.OpenRead(Single(folder, id, ".nupkg"));
        var versions = Metadata(archive, id).Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == dependency)
            .Select(e => (string?)e.Attribute("version")).Distinct().ToList();
        if (versions is not [var only] || only != floor)
        {
            throw new InvalidOperationException($"{id} depends on {dependency} as [{string.Join(", ", versions)}], expected the floor {floor} (NuGet reads a bare version as 'this or newer')");
        }
    }

    private static string Single(string folder, string id, string extension)
    {
        var matches = Directory.GetFiles(folder, id + ".*" + extension)
            .Where(path => char.IsDigit(Path.GetFileName(path)[id.Length + 1]))
            .ToList();
        return matches is [var only] ? only : throw new InvalidOperationException($"expected one {id}.<version>{extension} in {Path.GetFullPath(folder)}, found {matches.Count}");
    }

    private static XElement Metadata(ZipArchive archive, string id)
    {
        using var stream = archive.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
