using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;
using MeaiUsageDetails = Microsoft.Extensions.AI.UsageDetails;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// The cost of an automatic function-calling turn, streamed and not: <see cref="OpenRouterMetadataKeys.TotalCost"/> is
/// what the emulator billed for every request of the exchange, while <see cref="OpenRouterMetadataKeys.Cost"/> stays the
/// one request's.
/// </summary>
public sealed class CostTests
{
    private static (Kernel Kernel, OpenRouterChatCompletionService Chat) CreateKernel(OpenRouterEmulator emulator)
    {
        var kernel = Support.BuildKernel(b =>
        {
            b.AddOpenRouterChatCompletion("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint);
            b.Plugins.AddFromObject(new WeatherPlugin(), "Weather");
        });
        return (kernel, Assert.IsType<OpenRouterChatCompletionService>(kernel.GetRequiredService<IChatCompletionService>()));
    }

    private static async Task<decimal> BilledAsync(OpenRouterChatCompletionService chat, OpenRouterEmulator emulator)
    {
        Assert.Equal(2, emulator.Requests.Count(r => r.Path == "chat/completions"));
        var billed = (await chat.Client.GetKeyAsync()).Usage!.Value;
        Assert.True(billed > 0);
        return billed;
    }

    private static ChatHistory Question()
    {
        var history = new ChatHistory();
        history.AddUserMessage("What's the weather in Paris?");
        return history;
    }

    [Fact]
    public async Task An_auto_function_calling_turn_reports_the_whole_exchange_as_total_cost()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var (kernel, chat) = CreateKernel(emulator);
        var settings = new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        var answer = await chat.GetChatMessageContentAsync(Question(), settings, kernel);

        var billed = await BilledAsync(chat, emulator);
        Assert.Equal(billed, answer.Metadata![OpenRouterMetadataKeys.TotalCost]);
        Assert.True((decimal)answer.Metadata[OpenRouterMetadataKeys.Cost]! < billed, "Cost is the last request's alone");
        var usage = Assert.IsType<MeaiUsageDetails>(answer.Metadata[OpenRouterMetadataKeys.Usage]);
        Assert.Equal(billed, Microsoft.Extensions.AI.OpenRouterCostExtensions.GetOpenRouterCost(usage));
    }

    [Fact]
    public async Task The_readme_cost_block_reads_the_turn_and_the_last_request()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "Weather_get_weather", "{\"city\":\"Paris\"}")], cost: 0.0011m));
        emulator.Enqueue(EmulatorResponse.Chat("It is sunny in Paris.", cost: 0.0022m));
        var (kernel, chat) = CreateKernel(emulator);
        var history = Question();
        var settings = new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        // README "Cost" Semantic Kernel block, from here...
        var reply = await chat.GetChatMessageContentAsync(history, settings, kernel);
        var turnCost = (decimal?)reply.Metadata?[OpenRouterMetadataKeys.TotalCost];   // the function call and the answer
        var lastRequestCost = (decimal?)reply.Metadata?[OpenRouterMetadataKeys.Cost];

        // ...to here.
        Assert.Equal(0.0033m, turnCost);
        Assert.Equal(0.0022m, lastRequestCost);
        Assert.Equal(turnCost, await BilledAsync(chat, emulator));
    }

    [Fact]
    public async Task A_streamed_auto_function_calling_turn_ends_with_the_whole_exchange_as_total_cost()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "Weather_get_weather", "{\"city\":\"Paris\"}")], cost: 0.001m));
        emulator.Enqueue(EmulatorResponse.Chat("It is sunny in Paris.", cost: 0.002m));
        var (kernel, chat) = CreateKernel(emulator);
        var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        var updates = new List<StreamingChatMessageContent>();
        await foreach (var update in chat.GetStreamingChatMessageContentsAsync(Question(), settings, kernel))
        {
            updates.Add(update);
        }

        Assert.Equal("It is sunny in Paris.", string.Concat(updates.Select(u => u.Content)));
        Assert.Equal(0.003m, await BilledAsync(chat, emulator));

        // A running total on each update that reports a request's usage: the last one is the whole turn's.
        var totals = updates.Where(u => u.Metadata?.ContainsKey(OpenRouterMetadataKeys.TotalCost) == true).Select(u => (decimal)u.Metadata![OpenRouterMetadataKeys.TotalCost]!);
        Assert.Equal([0.001m, 0.003m], totals);
        Assert.Equal([0.001m, 0.002m], updates.Where(u => u.Metadata?.ContainsKey(OpenRouterMetadataKeys.Cost) == true).Select(u => (decimal)u.Metadata![OpenRouterMetadataKeys.Cost]!));
    }

    [Fact]
    public async Task A_streamed_turn_on_the_emulator_defaults_totals_what_was_billed()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var (kernel, chat) = CreateKernel(emulator);
        var settings = new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        var last = default(object);
        await foreach (var update in chat.GetStreamingChatMessageContentsAsync(Question(), settings, kernel))
        {
            if (update.Metadata?.TryGetValue(OpenRouterMetadataKeys.TotalCost, out var total) == true)
            {
                last = total;
            }
        }

        Assert.Equal(await BilledAsync(chat, emulator), last);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_function_calling_the_total_is_the_one_request_cost(bool streamed)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("Hello.", cost: 0.0004m));
        var (_, chat) = CreateKernel(emulator);

        IReadOnlyDictionary<string, object?> metadata;
        if (streamed)
        {
            var updates = await chat.GetStreamingChatMessageContentsAsync(Question()).ToListAsync();
            metadata = updates.Single(u => u.Metadata?.ContainsKey(OpenRouterMetadataKeys.TotalCost) == true).Metadata!;
        }
        else
        {
            metadata = (await chat.GetChatMessageContentAsync(Question())).Metadata!;
        }

        Assert.Equal(0.0004m, metadata[OpenRouterMetadataKeys.TotalCost]);
        Assert.Equal(0.0004m, metadata[OpenRouterMetadataKeys.Cost]);
    }
}
