using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Moq;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>
/// The spend store side of the budget: nano-dollar units, the thread-safe in-memory store, a store picked from the
/// service provider, and what happens when the store is down (fail closed by default, fail open with a warning).
/// </summary>
public sealed class SpendStoreTests
{
    [Theory]
    [InlineData("1", 1_000_000_000L)]
    [InlineData("0.000000375", 375L)]
    [InlineData("0.0000000001", 1L)]
    [InlineData("-0.0000000001", -1L)]
    [InlineData("0", 0L)]
    public void Dollars_become_whole_nano_dollars_rounded_away_from_zero(string usd, long nano)
    {
        var amount = decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(nano, OpenRouterSpendUnits.ToNanoUsd(amount));
        Assert.Equal(nano / 1e9m, OpenRouterSpendUnits.ToUsd(nano));
    }

    [Fact]
    public async Task The_in_memory_store_adds_atomically_under_concurrency()
    {
        var store = new OpenRouterInMemorySpendStore();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                await store.AddAsync("s", 3);
            }
        })));

        Assert.Equal(240_000, await store.GetAsync("s"));
        Assert.Equal(0, await store.GetAsync("other"));
        Assert.Equal(239_990, await store.AddAsync("s", -10));
    }

    [Fact]
    public async Task Concurrent_calls_in_one_process_overspend_by_at_most_the_calls_in_flight()
    {
        await using var rig = new BudgetRig();
        const int concurrent = 8;
        for (var i = 0; i < 200; i++)
        {
            rig.Emulator.Enqueue("chat/completions", OpenRouter.Testing.EmulatorResponse.Chat("ok", cost: 0.001m).WithDelay(TimeSpan.FromMilliseconds(5)));
        }

        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.05m, o => o.Store = store).Build();

        await Task.WhenAll(Enumerable.Range(0, concurrent).Select(_ => Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    await client.GetResponseAsync("Hi");
                }
            }
            catch (OpenRouterBudgetExceededException)
            {
            }
        })));

        var spent = await store.GetAsync(OpenRouterBudgetOptions.GlobalScope);
        Assert.Equal(rig.ChatRequests * 1_000_000L, spent);
        Assert.InRange(spent, 50_000_000, 50_000_000 + (concurrent * 1_000_000));
    }

    [Fact]
    public async Task The_store_registered_in_the_service_provider_is_used()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.002m);
        var store = new OpenRouterInMemorySpendStore();
        var services = new ServiceCollection().AddSingleton<IOpenRouterSpendStore>(store);
        services.AddChatClient(rig.ChatClient).UseOpenRouterBudget(1m);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IChatClient>().GetResponseAsync("Hi");

        Assert.Equal(2_000_000, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Fact]
    public async Task A_store_outage_fails_closed_by_default_before_any_request()
    {
        await using var rig = new BudgetRig();
        var store = new Mock<IOpenRouterSpendStore>();
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("store down"));
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store.Object).Build();

        var refused = await Assert.ThrowsAsync<OpenRouterBudgetStoreException>(() => client.GetResponseAsync("Hi", new ChatOptions().WithOpenRouterBudgetScope("acme")));
        await Assert.ThrowsAsync<OpenRouterBudgetStoreException>(() => client.GetStreamingResponseAsync("Hi").ToChatResponseAsync());

        Assert.Equal(0, rig.ChatRequests);
        Assert.Equal("acme", refused.Scope);
        Assert.IsType<IOException>(refused.InnerException);
        Assert.Contains("fails closed", refused.Message, StringComparison.Ordinal);
        Assert.Contains("FailOpen", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_outage_with_fail_open_lets_the_call_through_with_a_warning_and_records_the_spend_later()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.002m, 0.003m);
        var backing = new OpenRouterInMemorySpendStore();
        var store = new FlakyStore(backing) { Down = true };
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(logs)));
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o =>
        {
            o.Store = store;
            o.StoreFailureMode = OpenRouterBudgetFailureMode.FailOpen;
            o.LoggerFactory = loggerFactory;
        }).Build();

        await client.GetResponseAsync("Hi");
        Assert.Equal(1, rig.ChatRequests);
        var warnings = logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToList();
        Assert.Contains(warnings, w => w.Id.Name == "BudgetStoreUnavailableFailOpen" && w.Exception is IOException);
        Assert.Contains(warnings, w => w.Id.Name == "BudgetSpendNotRecorded");

        store.Down = false;
        await client.GetResponseAsync("Hi");

        // The first call's $0.002, kept in the process during the outage, is added with the next call's check.
        Assert.Equal(5_000_000, await backing.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    /// <summary>An in-memory store that can be switched off.</summary>
    internal sealed class FlakyStore(IOpenRouterSpendStore inner) : IOpenRouterSpendStore
    {
        public bool Down { get; set; }

        public ValueTask<long> GetAsync(string scope, CancellationToken cancellationToken = default) =>
            Down ? throw new IOException("store down") : inner.GetAsync(scope, cancellationToken);

        public ValueTask<long> AddAsync(string scope, long nanoUsd, CancellationToken cancellationToken = default) =>
            Down ? throw new IOException("store down") : inner.AddAsync(scope, nanoUsd, cancellationToken);
    }
}
