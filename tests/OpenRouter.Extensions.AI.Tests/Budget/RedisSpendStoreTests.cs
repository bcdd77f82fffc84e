using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using OpenRouter.Extensions.AI.Redis;
using OpenRouter.Extensions.AI.Tests.Consumers;
using StackExchange.Redis;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>
/// <see cref="OpenRouterRedisSpendStore"/> against a real Redis (<c>OPENROUTER_TEST_REDIS</c>, or a redis-server on
/// PATH): atomic increments, windows with expiry, DI registration; and, with nothing listening, a Redis outage failing
/// closed or open as configured.
/// </summary>
public sealed class RedisSpendStoreTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [RedisFact]
    public async Task Concurrent_adds_from_many_connections_all_count()
    {
        var configuration = await redis.GetConfigurationAsync();
        var prefix = NewPrefix();
        var stores = Enumerable.Range(0, 4).Select(_ => new OpenRouterRedisSpendStore(new OpenRouterRedisSpendStoreOptions { Configuration = configuration, KeyPrefix = prefix })).ToList();
        try
        {
            await Task.WhenAll(stores.SelectMany(store => Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                for (var i = 0; i < 100; i++)
                {
                    await store.AddAsync("tenant", 7);
                }
            }))));

            Assert.Equal(4 * 4 * 100 * 7, await stores[0].GetAsync("tenant"));
            Assert.Equal(15_193, await stores[1].AddAsync("tenant", 3_993));
            Assert.Equal(0, await stores[2].GetAsync("nobody"));
            Assert.Equal(prefix + "tenant", stores[3].GetKey("tenant"));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    [RedisFact]
    public async Task A_connection_from_the_factory_is_used_and_left_open_for_its_owner()
    {
        var configuration = await redis.GetConfigurationAsync();
        var prefix = NewPrefix();
        using var shared = await ConnectionMultiplexer.ConnectAsync(configuration);
        var calls = 0;
        using (var store = new OpenRouterRedisSpendStore(new OpenRouterRedisSpendStoreOptions
        {
            KeyPrefix = prefix,
            ConnectionMultiplexerFactory = () => { calls++; return Task.FromResult<IConnectionMultiplexer>(shared); },
        }))
        {
            Assert.Equal(42, await store.AddAsync("app", 42));
            Assert.Equal(42, await store.GetAsync("app"));
        }

        Assert.True(calls >= 1);
        Assert.True(shared.IsConnected, "the store closed a connection it did not create");
        Assert.Equal(42, (long)await shared.GetDatabase().StringGetAsync(prefix + "app"));
    }

    [RedisFact]
    public async Task A_window_puts_each_period_in_its_own_key_that_expires()
    {
        var configuration = await redis.GetConfigurationAsync();
        var prefix = NewPrefix();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.Zero));
        using var store = new OpenRouterRedisSpendStore(new OpenRouterRedisSpendStoreOptions { Configuration = configuration, KeyPrefix = prefix, Window = TimeSpan.FromDays(1), TimeProvider = clock });
        await using var connection = await ConnectionMultiplexer.ConnectAsync(configuration);

        Assert.Equal(500, await store.AddAsync("s", 500));
        Assert.Equal(700, await store.AddAsync("s", 200));
        var key = store.GetKey("s");
        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(key);

        Assert.Equal(prefix + "s:2026-12-03T00:00:00Z", key);
        Assert.InRange(ttl!.Value, TimeSpan.FromHours(32.9), TimeSpan.FromHours(33));   // 9 h left in the window, then one more day

        clock.Advance(TimeSpan.FromHours(10));
        Assert.Equal(0, await store.GetAsync("s"));
        Assert.Equal(prefix + "s:2026-12-04T00:00:00Z", store.GetKey("s"));
        Assert.Equal(700, (long)await connection.GetDatabase().StringGetAsync(key));
    }

    [RedisFact]
    public async Task The_budget_uses_the_Redis_store_registered_with_AddOpenRouterRedisSpendStore()
    {
        var configuration = await redis.GetConfigurationAsync();
        var prefix = NewPrefix();
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.006m, 0.006m);
        var services = new ServiceCollection().AddOpenRouterRedisSpendStore(configuration, o => o.KeyPrefix = prefix);
        services.AddChatClient(rig.ChatClient).UseFunctionInvocation().UseOpenRouterBudget(0.01m);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IChatClient>();

        await client.GetResponseAsync("Hi", new ChatOptions().WithOpenRouterBudgetScope("acme"));
        await client.GetResponseAsync("Hi", new ChatOptions().WithOpenRouterBudgetScope("acme"));
        await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => client.GetResponseAsync("Hi", new ChatOptions().WithOpenRouterBudgetScope("acme")));

        Assert.IsType<OpenRouterRedisSpendStore>(provider.GetRequiredService<IOpenRouterSpendStore>());
        await using var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
        Assert.Equal(12_000_000, (long)await connection.GetDatabase().StringGetAsync(prefix + "acme"));
    }

    [Fact]
    public async Task A_Redis_outage_fails_closed_before_any_request()
    {
        await using var rig = new BudgetRig();
        using var store = new OpenRouterRedisSpendStore(new OpenRouterRedisSpendStoreOptions { Configuration = RefusedRedis() });
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store).Build();

        var refused = await Assert.ThrowsAsync<OpenRouterBudgetStoreException>(() => client.GetResponseAsync("Hi"));

        Assert.Equal(0, rig.ChatRequests);
        Assert.IsAssignableFrom<RedisException>(refused.InnerException);
        Assert.Contains("fails closed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Redis_outage_with_fail_open_logs_a_warning_and_lets_the_call_through()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.001m);
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(logs)));
        using var store = new OpenRouterRedisSpendStore(new OpenRouterRedisSpendStoreOptions { Configuration = RefusedRedis() });
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o =>
        {
            o.Store = store;
            o.StoreFailureMode = OpenRouterBudgetFailureMode.FailOpen;
            o.LoggerFactory = loggerFactory;
        }).Build();

        var response = await client.GetResponseAsync("Hi");

        Assert.Equal(1, rig.ChatRequests);
        Assert.Contains("Answer costing", response.Text, StringComparison.Ordinal);
        var warning = Assert.Single(logs.GetSnapshot(), r => r.Id.Name == "BudgetStoreUnavailableFailOpen");
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.IsAssignableFrom<RedisException>(warning.Exception);
        Assert.Contains(logs.GetSnapshot(), r => r.Id.Name == "BudgetSpendNotRecorded" && r.Level == LogLevel.Warning);
    }

    private static string NewPrefix() => "openrouter-test:" + Guid.NewGuid().ToString("N") + ":";

    /// <summary>A loopback port where nothing listens (free a moment ago), with a short connect timeout.</summary>
    private static string RefusedRedis()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port},connectTimeout=1000";
    }
}
