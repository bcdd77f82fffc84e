using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using OpenRouter.Extensions.AI.Tests.Consumers;

namespace OpenRouter.Extensions.AI.Tests.Cost;

/// <summary>
/// A tool-loop turn under <c>UseDistributedCache</c> (outermost, so the whole turn is cached): the cached answer's
/// <c>GetOpenRouterCost()</c> is the first answer's total, read back from JSON without an <see cref="InvalidCastException"/>.
/// </summary>
public abstract class CachedCostTests
{
    protected abstract Task<IDistributedCache> CreateCacheAsync();

    protected async Task A_cached_turn_costs_what_the_first_one_was_billed(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var cache = await CreateCacheAsync();
        using var chat = harness.ChatClient.AsBuilder().UseDistributedCache(cache).UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [Billing.WeatherTool()] };

        var first = await ChatCalls.AskAsync(chat, streamed, "What's the weather in Paris?", options);
        Assert.Equal(2, harness.Emulator.Requests.Count);
        var second = await ChatCalls.AskAsync(chat, streamed, "What's the weather in Paris?", options);

        Assert.Equal(2, harness.Emulator.Requests.Count);
        Assert.Equal(first.Text, second.Text);
        var billed = await Billing.BilledAsync(harness.Client, harness.Emulator);
        Assert.Equal(billed, first.GetOpenRouterCost());
        Assert.Equal(billed, second.GetOpenRouterCost());
        Assert.Equal(billed, second.Usage.GetOpenRouterCost());
        Assert.Equal(billed, second.GetOpenRouterSpend());
    }
}

public sealed class MemoryCachedCostTests : CachedCostTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task A_cached_turn_costs_the_same(bool streamed) => A_cached_turn_costs_what_the_first_one_was_billed(streamed);

    protected override Task<IDistributedCache> CreateCacheAsync() =>
        Task.FromResult<IDistributedCache>(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
}

public sealed class RedisCachedCostTests(RedisServer redis) : CachedCostTests, IClassFixture<RedisServer>, IDisposable
{
    private readonly List<RedisCache> _caches = [];

    [RedisFact]
    public Task A_cached_turn_costs_the_same() => A_cached_turn_costs_what_the_first_one_was_billed(streamed: false);

    [RedisFact]
    public Task A_cached_streamed_turn_costs_the_same() => A_cached_turn_costs_what_the_first_one_was_billed(streamed: true);

    public void Dispose()
    {
        foreach (var cache in _caches)
        {
            cache.Dispose();
        }
    }

    protected override async Task<IDistributedCache> CreateCacheAsync()
    {
        var prefix = "openrouter-cost-tests:" + Guid.NewGuid().ToString("N") + ":";
        var cache = new RedisCache(Options.Create(new RedisCacheOptions { Configuration = await redis.GetConfigurationAsync(), InstanceName = prefix }));
        _caches.Add(cache);
        return cache;
    }
}
