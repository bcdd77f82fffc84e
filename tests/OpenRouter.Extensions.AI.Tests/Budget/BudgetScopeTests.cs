using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>Scopes: each user, session or tenant has its own spend and limit, named by a selector or by <c>openrouter.budget_scope</c>.</summary>
public sealed class BudgetScopeTests
{
    [Fact]
    public async Task Each_scope_named_in_the_options_has_its_own_spend()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.02m, 0.001m);
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.01m, o => o.Store = store).Build();

        await client.GetResponseAsync("Hi", new ChatOptions().WithOpenRouterBudgetScope("alice"));
        var refused = await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => client.GetResponseAsync("Hi", new ChatOptions().WithOpenRouterBudgetScope("alice")));
        await client.GetResponseAsync("Hi", new ChatOptions { AdditionalProperties = new() { [OpenRouterBudgetOptions.ScopePropertyName] = "bob" } });

        Assert.Equal("alice", refused.Scope);
        Assert.Contains("of scope 'alice'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(20_000_000, await store.GetAsync("alice"));
        Assert.Equal(1_000_000, await store.GetAsync("bob"));
        Assert.Equal(0, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }

    [Fact]
    public async Task The_scope_key_is_not_sent_to_OpenRouter()
    {
        await using var rig = new BudgetRig();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m).Build();

        await client.GetResponseAsync("Hi", new ChatOptions().WithOpenRouterBudgetScope("tenant-7"));

        Assert.DoesNotContain("tenant-7", rig.Emulator.Requests.Single().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_selector_names_the_scope_and_a_scope_can_have_its_own_limit()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.004m, 0.004m, 0.004m);
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(0.001m, o =>
        {
            o.Store = store;
            o.ScopeSelector = (messages, _) => messages.FirstOrDefault(m => m.Role == ChatRole.User)?.AuthorName;
            o.ScopeLimit = scope => scope == "premium" ? 0.01m : null;
        }).Build();
        ChatMessage[] Premium() => [new(ChatRole.User, "Hi") { AuthorName = "premium" }];

        await client.GetResponseAsync(Premium());
        await client.GetResponseAsync(Premium());
        await client.GetResponseAsync([new(ChatRole.User, "Hi") { AuthorName = "basic" }]);
        var basic = await Assert.ThrowsAsync<OpenRouterBudgetExceededException>(() => client.GetResponseAsync([new(ChatRole.User, "Hi") { AuthorName = "basic" }]));

        Assert.Equal(0.001m, basic.LimitUsd);
        Assert.Equal(("basic", 0.001m), (((OpenRouterException)basic).LimitScope, ((OpenRouterException)basic).LimitUsd));
        Assert.Equal(8_000_000, await store.GetAsync("premium"));
        Assert.Equal(4_000_000, await store.GetAsync("basic"));
    }

    [Fact]
    public async Task A_scope_read_back_from_json_works_and_a_blank_scope_is_the_global_one()
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.001m, 0.001m);
        var store = new OpenRouterInMemorySpendStore();
        using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m, o => o.Store = store).Build();
        var json = System.Text.Json.JsonDocument.Parse("\"carol\"").RootElement;

        await client.GetResponseAsync("Hi", new ChatOptions { AdditionalProperties = new() { [OpenRouterBudgetOptions.ScopePropertyName] = json } });
        await client.GetResponseAsync("Hi", new ChatOptions { AdditionalProperties = new() { [OpenRouterBudgetOptions.ScopePropertyName] = "  " } });

        Assert.Equal(1_000_000, await store.GetAsync("carol"));
        Assert.Equal(1_000_000, await store.GetAsync(OpenRouterBudgetOptions.GlobalScope));
    }
}
