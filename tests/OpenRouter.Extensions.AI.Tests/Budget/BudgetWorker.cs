using System.Globalization;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Redis;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>
/// The child process of the cross-process budget test: one app instance with its own in-process emulator (answers with
/// scripted costs), spending against the shared Redis store until the budget refuses it. Prints <c>READY</c>, waits for
/// a line on standard input (so that all instances start together), then prints
/// <c>RESULT &lt;calls&gt; &lt;billed nano-dollars&gt; &lt;refused&gt; &lt;largest call cost in nano-dollars&gt;</c>.
/// </summary>
internal static class BudgetWorker
{
    public const string Command = "budget-worker";

    /// <summary>The cheapest and the dearest scripted call, in US dollars.</summary>
    public const decimal MinCost = 0.001m;

    public const decimal MaxCost = 0.005m;

    /// <summary>Arguments: Redis configuration, key prefix, limit in USD, random seed, most calls to make.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (redis, prefix, limit, seed, maxCalls) = (args[0], args[1], decimal.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
        await using var emulator = OpenRouterEmulator.CreateInProcess();
        var random = new Random(seed);
        for (var i = 0; i < maxCalls + 2; i++)
        {
            // A few milliseconds of latency, as a real call has, so that the processes' calls overlap.
            emulator.Enqueue("chat/completions", EmulatorResponse.Chat("ok", cost: MinCost + (random.Next(0, 41) * 0.0001m)).WithDelay(TimeSpan.FromMilliseconds(3)));
        }

        using var openRouter = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-worker", Endpoint = emulator.Endpoint, MaxRetries = 0 }, new HttpClient(emulator.CreateHandler()));
        using var store = new OpenRouterRedisSpendStore(new OpenRouterRedisSpendStoreOptions { Configuration = redis, KeyPrefix = prefix });
        using var client = openRouter.AsIChatClient(BudgetRig.Model).AsBuilder().UseOpenRouterBudget(limit, o => o.Store = store).Build();
        await WarmUpAsync(openRouter, store);

        Console.WriteLine("READY");
        _ = Console.ReadLine();
        var (calls, billed, refused, largest) = (0, 0L, false, 0L);
        while (calls < maxCalls && !refused)
        {
            try
            {
                var response = await ChatCalls.AskAsync(client, streamed: calls % 2 == 1);
                var cost = OpenRouterSpendUnits.ToNanoUsd((decimal)response.Messages[^1].AdditionalProperties!["cost"]!);
                (calls, billed, largest) = (calls + 1, billed + cost, Math.Max(largest, cost));
            }
            catch (OpenRouterBudgetExceededException)
            {
                refused = true;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {calls} {billed} {refused} {largest}"));
        return 0;
    }

    /// <summary>Runs both call paths once (through an in-memory budget) and touches Redis, so that no process starts cold.</summary>
    private static async Task WarmUpAsync(OpenRouterClient openRouter, OpenRouterRedisSpendStore store)
    {
        using var warm = openRouter.AsIChatClient(BudgetRig.Model).AsBuilder().UseOpenRouterBudget(1m).Build();
        await ChatCalls.AskAsync(warm, streamed: false);
        await ChatCalls.AskAsync(warm, streamed: true);
        await store.AddAsync("warm-up", 0);
    }
}
