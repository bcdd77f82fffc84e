using System.Diagnostics;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>
/// What the budget reports to OpenTelemetry, read with the in-memory exporter: the <c>openrouter.client.cost</c>
/// counter (USD, with model, provider and scope attributes) and <c>openrouter.cost</c> on the chat span of
/// <c>UseOpenTelemetry()</c> placed above the budget.
/// </summary>
public sealed class BudgetTelemetryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_cost_metric_counts_each_call_with_model_provider_and_scope(bool streamed)
    {
        await using var rig = new BudgetRig();
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Chat("One", cost: 0.0025m, model: "openai/gpt-4o-mini-2024-07-18", provider: "Azure"));
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Chat("Two", cost: 0.0015m, model: "openai/gpt-4o-mini-2024-07-18", provider: "Azure"));
        var scope = "tenant-" + Guid.NewGuid().ToString("N");
        var metrics = new List<MetricSnapshot>();
        using (var meters = Sdk.CreateMeterProviderBuilder().AddMeter(OpenRouterTelemetry.MeterName).AddInMemoryExporter(metrics).Build())
        {
            using var client = rig.ChatClient.AsBuilder().UseOpenRouterBudget(1m).Build();
            await ChatCalls.AskAsync(client, streamed, options: new ChatOptions().WithOpenRouterBudgetScope(scope));
            await ChatCalls.AskAsync(client, streamed, options: new ChatOptions().WithOpenRouterBudgetScope(scope));
            meters.ForceFlush();
        }

        var metric = metrics.Last(m => m.Name == OpenRouterTelemetry.CostMetricName);   // cumulative: the last export has it all
        Assert.Equal("USD", metric.Unit);
        Assert.Equal(MetricType.DoubleSum, metric.MetricType);
        var point = Assert.Single(metric.MetricPoints, p => Tags(p).GetValueOrDefault(OpenRouterTelemetry.ScopeAttribute) == scope);
        Assert.Equal(0.004, point.GetSumDouble(), 9);
        var tags = Tags(point);
        Assert.Equal("openrouter", tags["gen_ai.provider.name"]);
        Assert.Equal("chat", tags["gen_ai.operation.name"]);
        Assert.Equal(BudgetRig.Model, tags["gen_ai.request.model"]);
        Assert.Equal("openai/gpt-4o-mini-2024-07-18", tags["gen_ai.response.model"]);
        Assert.Equal("Azure", tags[OpenRouterTelemetry.ProviderAttribute]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_cost_lands_on_the_chat_span_of_UseOpenTelemetry(bool streamed)
    {
        await using var rig = new BudgetRig();
        rig.EnqueueCosts(0.0042m);
        var source = "openrouter-budget-tests-" + Guid.NewGuid().ToString("N");
        var spans = new List<Activity>();
        using (var tracer = Sdk.CreateTracerProviderBuilder().AddSource(source).AddInMemoryExporter(spans).Build())
        {
            using var client = rig.ChatClient.AsBuilder()
                .UseOpenTelemetry(sourceName: source)
                .UseOpenRouterBudget(1m)
                .Build();
            await ChatCalls.AskAsync(client, streamed, options: new ChatOptions().WithOpenRouterBudgetScope("span-scope"));
            tracer.ForceFlush();
        }

        var span = Assert.Single(spans);
        Assert.StartsWith("chat", span.DisplayName, StringComparison.Ordinal);
        Assert.Equal(0.0042, Assert.IsType<double>(span.GetTagItem(OpenRouterTelemetry.CostAttribute)), 9);
        Assert.Equal("span-scope", span.GetTagItem(OpenRouterTelemetry.ScopeAttribute));
    }

    [Fact]
    public async Task Under_one_span_the_costs_of_a_tool_loop_add_up()
    {
        await using var rig = new BudgetRig();
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "get_weather", """{"city":"Paris"}""")], cost: 0.001m));
        rig.Emulator.Enqueue("chat/completions", EmulatorResponse.Chat("Sunny.", cost: 0.002m));
        using var turn = new ActivitySource("openrouter-budget-turn-" + Guid.NewGuid().ToString("N"));
        using var listener = new ActivityListener { ShouldListenTo = s => s == turn, Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded };
        ActivitySource.AddActivityListener(listener);
        using var client = rig.ChatClient.AsBuilder().UseFunctionInvocation().UseOpenRouterBudget(1m).Build();
        var tool = AIFunctionFactory.Create((string city) => "Sunny", "get_weather");

        using (var activity = turn.StartActivity("turn"))
        {
            await client.GetResponseAsync("Weather?", new ChatOptions { Tools = [tool] });
            Assert.Equal(0.003, Assert.IsType<double>(activity!.GetTagItem(OpenRouterTelemetry.CostAttribute)), 9);
        }
    }

    private static Dictionary<string, string?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, string?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value?.ToString();
        }

        return tags;
    }
}
