using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>Records a counted cost on the <c>openrouter.client.cost</c> counter and adds it to the current span's <c>openrouter.cost</c>.</summary>
internal static class BudgetTelemetry
{
    private static readonly Meter s_meter = new(OpenRouterTelemetry.MeterName);

    private static readonly Counter<double> s_cost = s_meter.CreateCounter<double>(
        OpenRouterTelemetry.CostMetricName,
        OpenRouterTelemetry.CostUnit,
        "What OpenRouter charged for the calls counted by an OpenRouter budget, in US dollars.");

    public static void Record(decimal costUsd, string scope, string? requestModel, string? responseModel, string? provider)
    {
        var cost = (double)costUsd;
        if (s_cost.Enabled)
        {
            var tags = new TagList
            {
                { "gen_ai.operation.name", "chat" },
                { "gen_ai.provider.name", "openrouter" },
                { OpenRouterTelemetry.ScopeAttribute, scope },
            };
            AddIfSet(ref tags, "gen_ai.request.model", requestModel);
            AddIfSet(ref tags, "gen_ai.response.model", responseModel);
            AddIfSet(ref tags, OpenRouterTelemetry.ProviderAttribute, provider);
            s_cost.Add(cost, tags);
        }

        if (Activity.Current is { } activity)
        {
            var before = activity.GetTagItem(OpenRouterTelemetry.CostAttribute) is double earlier ? earlier : 0d;
            activity.SetTag(OpenRouterTelemetry.CostAttribute, before + cost);
            activity.SetTag(OpenRouterTelemetry.ScopeAttribute, scope);
        }
    }

    private static void AddIfSet(ref TagList tags, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tags.Add(name, value);
        }
    }
}
