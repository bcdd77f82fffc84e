using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>
/// The pre-flight estimate: prompt bytes / 4 and <c>MaxOutputTokens</c> at the model's catalogue prices (the emulator's
/// catalogue: openai/gpt-4o-mini at $0.15 / $0.60 per million tokens) refuses a call that does not fit, and is reserved
/// while the call runs so that concurrent calls cannot overspend.
/// </summary>
public sealed class BudgetEstimateTests
{
    [Fact]
    public async Task A_price_cache_duration_that_is_not_positive_is_refused_when_the_budget_is_built()
    {
        await using var rig = new BudgetRig();

        var refused = Assert.Throws<ArgumentOutOfRangeException>(() =>
            rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => { o.EstimateBeforeCall = true; o.PriceCacheDuration = TimeSpan.Zero; }).Build());

        Assert.Contains("PriceCacheDuration", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_whose_estimate_exceeds_what_is_left_is_refused_with_the_estimate()
    {
        await using var rig = new BudgetRig();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.005m, o => o.EstimateBeforeCall = true).Build();

        var refused = await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() =>
            client.GetResponseAsync("Write a long story.", new ChatOptions { MaxOutputTokens = 10_000 }));

        Assert.Equal(0, rig.ChatRequests);
        Assert.InRange(refused.EstimatedCostUsd!.Value, 0.006m, 0.0061m);
        Assert.Equal(0m, refused.SpentUsd);
        Assert.Contains("could cost up to about $0.0060", refused.Message, StringComparison.Ordinal);
        Assert.Contains("10000 max output tokens", refused.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8 bytes / 4", refused.Message, StringComparison.Ordinal);
        Assert.Contains(BudgetRig.Model, refused.Message, StringComparison.Ordinal);
        Assert.Contains("$0.005 left", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_that_fits_goes_through_and_only_its_real_cost_stays_recorded()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.0002m, 0.0002m);
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.005m, o => { o.EstimateBeforeCall = true; o.Store = store; }).Build();

        await client.GetResponseAsync("Hi", new ChatOptions { MaxOutputTokens = 1_000 });
        await client.GetStreamingResponseAsync("Hi", new ChatOptions { MaxOutputTokens = 1_000 }).ToChatResponseAsync();

        Assert.Equal(2, rig.ChatRequests);
        Assert.Equal(400_000, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
        Assert.Equal(1, rig.Emulator.Requests.Count(r => r.Path == "models"));
    }

    [Fact]
    public async Task The_prompt_counts_at_one_token_per_four_utf8_bytes()
    {
        await using var rig = new BudgetRig();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.000001m, o => o.EstimateBeforeCall = true).Build();

        // 40 'é' are 80 UTF-8 bytes: 20 tokens at $0.15 per million = $0.000003.
        var refused = await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => client.GetResponseAsync(new string('é', 40)));

        Assert.Equal(0.000003m, refused.EstimatedCostUsd);
        Assert.Contains("~20 prompt tokens", refused.Message, StringComparison.Ordinal);
        Assert.Contains("MaxOutputTokens is not set", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_without_a_fixed_price_is_not_estimated()
    {
        await using var rig = new BudgetRig();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.000001m, o => o.EstimateBeforeCall = true).Build();

        await client.GetResponseAsync("Hi", new ChatOptions { ModelId = "openrouter/auto", MaxOutputTokens = 100_000 });

        Assert.Equal(1, rig.ChatRequests);
    }

    [Fact]
    public async Task Reserved_estimates_keep_concurrent_calls_within_the_limit()
    {
        await using var rig = new BudgetRig();
        for (var i = 0; i < 40; i++)
        {
            rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Chat("ok", cost: 0.0005m).WithDelay(TimeSpan.FromMilliseconds(200)));
        }

        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.01m, o => { o.EstimateBeforeCall = true; o.Store = store; }).Build();
        var options = new ChatOptions { MaxOutputTokens = 1_000 };   // estimate just over $0.0006, real cost $0.0005

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            try
            {
                await client.GetResponseAsync("Hi", options);
                return true;
            }
            catch (OpenRouterBudgetExceededException)
            {
                return false;
            }
        }));

        var succeeded = outcomes.Count(o => o);
        Assert.InRange(succeeded, 1, 39);
        Assert.Equal(succeeded, rig.ChatRequests);
        var spent = await store.GetAsync(OpenRouterBudgetOptions.GlobalScope);
        Assert.Equal(succeeded * 500_000L, spent);
        Assert.True(spent <= 10_000_000, $"spent {spent} nano-dollars of a 10,000,000 limit");
    }

    [Fact]
    public void The_estimate_needs_an_OpenRouter_client_in_the_pipeline()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new ChatClientBuilder(new NotOpenRouter()).UseOpenRouterBudget(1m, o => o.EstimateBeforeCall = true).Build());
        Assert.Contains("AsIChatClient", failure.Message, StringComparison.Ordinal);
    }

    private sealed class NotOpenRouter : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
