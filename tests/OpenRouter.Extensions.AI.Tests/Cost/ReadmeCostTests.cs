using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenRouter.Extensions.AI.Tests.Consumers;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Cost;

/// <summary>
/// The README's "Cost" blocks, verbatim (OpenRouter.Tests' ReadmeTests checks every README C# block against the compiled
/// sources), run against the emulator and checked against what it billed.
/// </summary>
public sealed class ReadmeCostTests
{
    [Fact]
    public async Task The_readme_cost_section_reads_each_total_as_billed()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var openRouter = harness.Client;
        IDistributedCache cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));

        // README "Cost" block, from here...
        var weather = AIFunctionFactory.Create((string city) => $"Sunny in {city}", "get_weather");
        IChatClient chat = openRouter.AsIChatClient("openai/gpt-4o-mini")
            .AsBuilder()
            .UseDistributedCache(cache)   // optional: an answer from the cache keeps its cost
            .UseFunctionInvocation()
            .Build();
        var options = new ChatOptions { Tools = [weather] };

        // A turn: every request of the tool loop, streamed or not, fresh or from the cache.
        ChatResponse response = await chat.GetResponseAsync("What's the weather in Paris?", options);
        decimal? turn = response.GetOpenRouterCost();
        ChatResponse streamed = await chat.GetStreamingResponseAsync("And in Lyon?", options).ToChatResponseAsync();
        decimal? streamedTurn = streamed.GetOpenRouterCost();

        // One request: what the last call of the loop cost, as OpenRouter reported it.
        object? lastCall = response.Messages[^1].AdditionalProperties?[OpenRouterPropertyNames.Cost];

        // An agent run, or any running total you keep: the cost travels in the usage.
        AIAgent agent = openRouter.AsIChatClient("openai/gpt-4o-mini").AsAIAgent(instructions: "Be brief.", tools: [weather]);
        AgentResponse run = await agent.RunAsync("What's the weather in Rome?");
        decimal? agentRun = run.Usage.GetOpenRouterCost();
        var total = new UsageDetails();
        total.Add(response.Usage!);
        total.Add(run.Usage!);
        decimal? soFar = total.GetOpenRouterCost();

        // Bring your own provider key (BYOK): what you really spent, OpenRouter's fee plus the provider's charge to your key.
        decimal? spent = response.GetOpenRouterSpend();

        // ...to here.
        Assert.Equal(await Billing.BilledAsync(harness.Client, harness.Emulator), turn + streamedTurn + agentRun);
        Assert.Equal(turn + agentRun, soFar);
        Assert.True((decimal)lastCall! < turn, "the per-call property is the last request's cost only");
        Assert.Equal(turn, spent);

        // The same turn again comes from the cache, with its cost.
        var requests = harness.Emulator.Requests.Count;
        Assert.Equal(turn, (await chat.GetResponseAsync("What's the weather in Paris?", options)).GetOpenRouterCost());
        Assert.Equal(requests, harness.Emulator.Requests.Count);
    }

    [Fact]
    public async Task The_readme_failed_generation_block_reads_the_billed_usage()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.MidStreamError("Once upon a time", 400, "Token limit reached").WithUsageOnError(cost: 0.00002m));
        var chat = harness.ChatClient;

        // README "Cost" failed-generation block, from here...
        try
        {
            await foreach (var update in chat.GetStreamingResponseAsync("Tell me a long story."))
            {
                Console.Write(update.Text);
            }
        }
        catch (OpenRouterStreamException ex) when (ex.Usage is { } billed)
        {
            Console.WriteLine($"failed after {billed.CompletionTokens} tokens, billed ${billed.Cost}");
        }

        // ...to here. Without usage on the exception, the filter would not match and the exception would fail the test.
        Assert.Equal(0.00002m, (await harness.Client.GetKeyAsync()).Usage);
    }
}
