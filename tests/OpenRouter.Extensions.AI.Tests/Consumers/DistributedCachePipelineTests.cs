using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using OpenRouter.Testing;
using StackExchange.Redis;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

/// <summary>
/// Our IChatClient under <c>UseDistributedCache</c>: a repeated request is answered from the cache without an HTTP
/// call and with an equal response; OpenRouter-only settings in AdditionalProperties are part of the cache key.
/// </summary>
public abstract class DistributedCachePipelineTests
{
    protected abstract Task<IDistributedCache> CreateCacheAsync(string prefix);

    /// <summary>Checks that the store really holds an entry (so the test did not pass through a no-op cache).</summary>
    protected abstract Task AssertStoredAsync(IDistributedCache cache, string prefix);

    protected async Task Identical_request_is_served_from_the_cache(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Chat(
            "Paris is the capital of France.",
            reasoning: "Simple geography.",
            promptTokens: 14,
            completionTokens: 7,
            cost: 0.00042m,
            model: "anthropic/claude-sonnet-4-20250514",
            provider: "Anthropic"));
        var prefix = "openrouter-tests:" + Guid.NewGuid().ToString("N") + ":";
        var cache = await CreateCacheAsync(prefix);
        using var client = harness.ChatClient.AsBuilder().UseDistributedCache(cache).Build();
        var options = new ChatOptions { Temperature = 0.2f, AdditionalProperties = new() { ["provider"] = new Dictionary<string, object?> { ["order"] = new[] { "Anthropic" } } } };

        var first = await GetAsync(client, "Capital of France?", options, streamed);
        Assert.Single(harness.Emulator.Requests);
        await AssertStoredAsync(cache, prefix);

        var second = await GetAsync(client, "Capital of France?", options, streamed);

        Assert.Single(harness.Emulator.Requests);
        Assert.Equal("Paris is the capital of France.", first.Text);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(ChatFinishReason.Stop, first.FinishReason);
        Assert.Equal(first.FinishReason, second.FinishReason);
        Assert.Equal("anthropic/claude-sonnet-4-20250514", first.ModelId);
        Assert.Equal(first.ModelId, second.ModelId);
        Assert.Equal(first.ResponseId, second.ResponseId);
        Assert.NotNull(first.Usage);
        Assert.Equal(14, first.Usage.InputTokenCount);
        Assert.Equal(7, first.Usage.OutputTokenCount);
        Assert.Equal(21, first.Usage.TotalTokenCount);
        Assert.Equal(first.Usage.InputTokenCount, second.Usage?.InputTokenCount);
        Assert.Equal(first.Usage.OutputTokenCount, second.Usage?.OutputTokenCount);
        Assert.Equal(first.Usage.TotalTokenCount, second.Usage?.TotalTokenCount);
        Assert.Equal(first.Usage.ReasoningTokenCount, second.Usage?.ReasoningTokenCount);
        Assert.Equal(
            first.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Select(r => r.Text),
            second.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Select(r => r.Text));

        // Provider facts survive as JSON (a string or decimal before, a JsonElement after the round trip).
        Assert.Equal("\"Anthropic\"", Property(first, OpenRouterPropertyNames.Provider));
        Assert.Equal(Property(first, OpenRouterPropertyNames.Provider), Property(second, OpenRouterPropertyNames.Provider));
        Assert.Equal(0.00042m, decimal.Parse(Property(second, OpenRouterPropertyNames.Cost)!, System.Globalization.CultureInfo.InvariantCulture));
    }

    protected async Task OpenRouter_settings_are_part_of_the_cache_key(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            harness.Emulator.Enqueue(EmulatorResponse.Chat($"answer {i}"));
        }

        var cache = await CreateCacheAsync("openrouter-tests:" + Guid.NewGuid().ToString("N") + ":");
        using var client = harness.ChatClient.AsBuilder().UseDistributedCache(cache).Build();
        static ChatOptions With(string key, object value) => new() { AdditionalProperties = new() { [key] = value } };

        var anthropicFirst = With("provider", new Dictionary<string, object?> { ["order"] = new[] { "Anthropic", "Google" } });
        var googleFirst = With("provider", new Dictionary<string, object?> { ["order"] = new[] { "Google", "Anthropic" } });
        var fallbacks = With("models", new[] { "anthropic/claude-sonnet-4", "openai/gpt-4o" });

        Assert.Equal("answer 0", (await GetAsync(client, "Hi", anthropicFirst, streamed)).Text);
        Assert.Equal("answer 1", (await GetAsync(client, "Hi", googleFirst, streamed)).Text);
        Assert.Equal("answer 2", (await GetAsync(client, "Hi", fallbacks, streamed)).Text);
        Assert.Equal("answer 3", (await GetAsync(client, "Hi", null, streamed)).Text);
        Assert.Equal(4, harness.Emulator.Requests.Count);

        // Each one went out with its own setting, and repeating any of them is now a hit.
        JsonAssert.DeepEqual("""["Anthropic","Google"]""", harness.RequestBody(0)["provider"]!["order"]);
        JsonAssert.DeepEqual("""["Google","Anthropic"]""", harness.RequestBody(1)["provider"]!["order"]);
        JsonAssert.DeepEqual("""["anthropic/claude-sonnet-4","openai/gpt-4o"]""", harness.RequestBody(2)["models"]);
        Assert.Null(harness.RequestBody(3)["provider"]);
        Assert.Equal("answer 1", (await GetAsync(client, "Hi", googleFirst, streamed)).Text);
        Assert.Equal("answer 2", (await GetAsync(client, "Hi", fallbacks, streamed)).Text);
        Assert.Equal(4, harness.Emulator.Requests.Count);
    }

    /// <summary>
    /// A provider fact where a consumer finds it: on the response when not streamed; after <c>ToChatResponse</c> the
    /// updates' properties land on the message (M.E.AI 10.11 behaviour), so look there too.
    /// </summary>
    private static string? Property(ChatResponse response, string key)
    {
        if (response.AdditionalProperties?.TryGetValue(key, out var value) == true)
        {
            return JsonAssert.Canonical(value);
        }

        var message = response.Messages.LastOrDefault(m => m.AdditionalProperties?.ContainsKey(key) == true);
        return message is null ? null : JsonAssert.Canonical(message.AdditionalProperties![key]);
    }

    private static async Task<ChatResponse> GetAsync(IChatClient client, string prompt, ChatOptions? options, bool streamed) =>
        streamed
            ? (await client.GetStreamingResponseAsync(prompt, options).ToListAsync()).ToChatResponse()
            : await client.GetResponseAsync(prompt, options);
}

public sealed class MemoryDistributedCachePipelineTests : DistributedCachePipelineTests
{
    private readonly MemoryDistributedCache _cache = new(Options.Create(new MemoryDistributedCacheOptions()));
    private readonly List<string> _keys = [];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task Identical_request_makes_no_second_http_call(bool streamed) => Identical_request_is_served_from_the_cache(streamed);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task Different_provider_or_models_reach_the_server(bool streamed) => OpenRouter_settings_are_part_of_the_cache_key(streamed);

    protected override Task<IDistributedCache> CreateCacheAsync(string prefix) => Task.FromResult<IDistributedCache>(new RecordingCache(_cache, _keys));

    protected override Task AssertStoredAsync(IDistributedCache cache, string prefix)
    {
        var key = Assert.Single(_keys);
        Assert.NotNull(_cache.Get(key));
        return Task.CompletedTask;
    }

    /// <summary>Passes through to the memory cache and remembers the keys written.</summary>
    private sealed class RecordingCache(IDistributedCache inner, List<string> keys) : IDistributedCache
    {
        public byte[]? Get(string key) => inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
        {
            keys.Add(key);
            inner.Set(key, value, options);
        }

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            keys.Add(key);
            return inner.SetAsync(key, value, options, token);
        }
    }
}

public sealed class RedisDistributedCachePipelineTests(RedisServer redis) : DistributedCachePipelineTests, IClassFixture<RedisServer>, IDisposable
{
    private readonly List<RedisCache> _caches = [];

    [RedisFact]
    public Task Identical_request_makes_no_second_http_call() => Identical_request_is_served_from_the_cache(streamed: false);

    [RedisFact]
    public Task Identical_streamed_request_makes_no_second_http_call() => Identical_request_is_served_from_the_cache(streamed: true);

    [RedisFact]
    public Task Different_provider_or_models_reach_the_server() => OpenRouter_settings_are_part_of_the_cache_key(streamed: false);

    [RedisFact]
    public Task Different_provider_or_models_reach_the_server_when_streamed() => OpenRouter_settings_are_part_of_the_cache_key(streamed: true);

    public void Dispose()
    {
        foreach (var cache in _caches)
        {
            cache.Dispose();
        }
    }

    protected override async Task<IDistributedCache> CreateCacheAsync(string prefix)
    {
        var cache = new RedisCache(Options.Create(new RedisCacheOptions { Configuration = await redis.GetConfigurationAsync(), InstanceName = prefix }));
        _caches.Add(cache);
        return cache;
    }

    protected override async Task AssertStoredAsync(IDistributedCache cache, string prefix)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(await redis.GetConfigurationAsync());
        var server = connection.GetServers().Single();
        var keys = server.Keys(pattern: prefix + "*").ToList();
        var key = Assert.Single(keys);
        Assert.Equal(RedisType.Hash, await connection.GetDatabase().KeyTypeAsync(key));
    }
}
