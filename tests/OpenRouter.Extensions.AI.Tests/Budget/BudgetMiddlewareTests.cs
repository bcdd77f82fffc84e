using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>
/// <c>UseOpenRouterBudget</c> over the OpenRouter <see cref="IChatClient"/>: calls go through until the recorded spend
/// reaches the limit, then fail with <see cref="OpenRouterBudgetExceededException"/> before any HTTP request; each
/// call counts what it was billed, streamed or not.
/// </summary>
public sealed class BudgetMiddlewareTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Calls_go_through_until_the_spend_reaches_the_limit_then_fail_before_any_request(bool streamed)
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.004m, 0.004m, 0.004m, 0.004m);
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.01m, o => o.Store = store).Build();

        for (var i = 0; i < 3; i++)
        {
            await ChatCalls.AskAsync(client, streamed);
        }

        Assert.Equal(12_000_000, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
        var refused = await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => ChatCalls.AskAsync(client, streamed));

        Assert.Equal(3, rig.ChatRequests);
        Assert.Equal(0.01m, refused.LimitUsd);
        Assert.Equal(0.012m, refused.SpentUsd);
        Assert.Null(refused.Scope);
        Assert.Null(refused.EstimatedCostUsd);
        Assert.Null(refused.StatusCode);
        Assert.False(refused.IsRetryable);
        Assert.IsAssignableFrom<OpenRouterException>(refused);
        OpenRouterException asBase = refused;   // one handler covers OpenRouter's 403 budgets and this one
        Assert.Equal((0.01m, 0.012m, (string?)null), (asBase.LimitUsd, asBase.SpendUsd, asBase.LimitScope));
        Assert.Null(asBase.LimitSource);
        Assert.Contains("$0.012 spent of its $0.01 limit", refused.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was sent", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Raise the limit", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zero_limit_refuses_the_first_call()
    {
        await using var rig = new BudgetRig();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0m).Build();

        await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => client.GetResponseAsync("Hi"));
        await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => client.GetStreamingResponseAsync("Hi").ToChatResponseAsync());
        Assert.Equal(0, rig.ChatRequests);
    }

    [Fact]
    public async Task Clients_built_from_one_builder_share_the_default_store()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.02m);
        var builder = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.01m);
        using var first = builder.Build();
        using var second = builder.Build();

        await first.GetResponseAsync("Hi");

        await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => second.GetResponseAsync("Hi"));
    }

    [Fact]
    public async Task A_failed_call_without_a_cost_counts_nothing()
    {
        await using var rig = new BudgetRig();
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Error(500, "Upstream down"));
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store).Build();

        await Assert.ThrowsAsync<OpenRouterException>(() => client.GetResponseAsync("Hi"));

        Assert.Equal(0, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Fact]
    public async Task A_stream_read_to_its_end_counts_the_usage_chunk_cost_once()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.0031m);
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store).Build();

        var updates = await client.GetStreamingResponseAsync("Hi").ToListAsync();

        Assert.True(updates.Count > 2);
        Assert.Equal(3_100_000, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Fact]
    public async Task A_stream_abandoned_after_its_usage_arrived_is_counted()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.0042m);
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store).Build();

        await foreach (var update in client.GetStreamingResponseAsync("Hi"))
        {
            if (update.Contents.OfType<UsageContent>().Any())
            {
                break;
            }
        }

        Assert.Equal(4_200_000, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Fact]
    public async Task A_stream_cancelled_after_its_usage_arrived_is_counted()
    {
        await using var rig = new BudgetRig();
        var events = await CountStreamEventsAsync(rig);
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Pause(events, TimeSpan.FromSeconds(30)));
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store).Build();
        using var cancellation = new CancellationTokenSource();

        decimal? billed = null;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync("Hi", cancellationToken: cancellation.Token))
            {
                if (update.AdditionalProperties?.TryGetValue("cost", out var cost) == true)
                {
                    billed = (decimal)cost!;
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.True(billed > 0);
        Assert.Equal(OpenRouterSpendUnits.ToNanoUsd(billed!.Value), await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Fact]
    public async Task A_stream_that_fails_after_its_usage_arrived_is_counted()
    {
        await using var rig = new BudgetRig();
        var events = await CountStreamEventsAsync(rig);
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.ResetAfterEvents(events));
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store).Build();

        decimal? billed = null;
        await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync("Hi"))
            {
                billed ??= update.AdditionalProperties?.TryGetValue("cost", out var cost) == true ? (decimal)cost! : null;
            }
        });

        Assert.True(billed > 0);
        Assert.Equal(OpenRouterSpendUnits.ToNanoUsd(billed!.Value), await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Fact]
    public async Task A_stream_whose_error_event_carries_the_billed_usage_is_counted()
    {
        await using var rig = new BudgetRig();
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.MidStreamError("Partial", 502, "Provider disconnected").WithUsageOnError(0.0042m));
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store).Build();

        var failure = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync("Hi"))
            {
            }
        });

        Assert.Equal(0.0042m, failure.Usage?.Cost);
        Assert.Equal(OpenRouterSpendUnits.ToNanoUsd(0.0042m), await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Fact]
    public async Task A_stream_cancelled_before_its_usage_arrived_counts_nothing_as_documented()
    {
        await using var rig = new BudgetRig();
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Pause(2, TimeSpan.FromSeconds(30)));
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store).Build();

        await foreach (var update in client.GetStreamingResponseAsync("Hi"))
        {
            break;
        }

        Assert.Equal(0, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Fact]
    public async Task An_answer_without_a_cost_is_counted_as_zero_with_one_warning()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(logs)));
        using var inner = new CostlessChatClient();
        using var client = inner.AsBuilder().UseOpenRouterBudget(1m, o => o.LoggerFactory = loggerFactory).Build();

        await client.GetResponseAsync("Hi");
        await client.GetResponseAsync("Hi");

        var warning = Assert.Single(logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("reported no OpenRouter cost", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_must_not_be_negative()
    {
        using var inner = new CostlessChatClient();
        Assert.Throws<ArgumentOutOfRangeException>(() => inner.AsBuilder().UseOpenRouterBudget(-1m));
    }

    /// <summary>How many data events (usage included, <c>[DONE]</c> not) a default streamed answer has: one chunk per event.</summary>
    private static async Task<int> CountStreamEventsAsync(BudgetRig rig)
    {
        var request = new ChatCompletionRequest { Model = BudgetRig.Model, Messages = [ChatCompletionMessage.User("Hi")] };
        var chunks = 0;
        await foreach (var chunk in rig.Client.StreamChatCompletionAsync(request))
        {
            chunks++;
        }

        return chunks;
    }

    /// <summary>A chat client whose answers carry no OpenRouter cost (not OpenRouter at all).</summary>
    private sealed class CostlessChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "free")));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
