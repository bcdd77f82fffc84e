namespace OpenRouter.Extensions.AI;

/// <summary>
/// Names of what the OpenRouter budget reports to OpenTelemetry: the cost metric (enable it with
/// <c>AddMeter(OpenRouterTelemetry.MeterName)</c>) and the cost attribute on the current chat span.
/// </summary>
/// <remarks>
/// The gen_ai semantic conventions define no cost metric, so the cost lives under the <c>openrouter.</c> prefix; its
/// other attributes are the conventions' own (<c>gen_ai.provider.name</c>, <c>gen_ai.request.model</c>,
/// <c>gen_ai.response.model</c>, <c>gen_ai.operation.name</c>).
/// </remarks>
public static class OpenRouterTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: <c>OpenRouter</c>.</summary>
    public const string MeterName = "OpenRouter";

    /// <summary>
    /// The cost counter, <c>openrouter.client.cost</c>: a <c>Counter&lt;double&gt;</c> in <see cref="CostUnit"/>, one
    /// measurement per call the budget counted, with what OpenRouter charged (<c>usage.cost</c>).
    /// </summary>
    public const string CostMetricName = "openrouter.client.cost";

    /// <summary>The cost counter's unit: <c>USD</c> (US dollars; currencies have no UCUM unit).</summary>
    public const string CostUnit = "USD";

    /// <summary>The span attribute with the cost in US dollars of the calls made under the current span: <c>openrouter.cost</c>.</summary>
    public const string CostAttribute = "openrouter.cost";

    /// <summary>The attribute naming the budget scope of a call (metric and span): <c>openrouter.budget.scope</c>; <c>global</c> when unscoped.</summary>
    public const string ScopeAttribute = "openrouter.budget.scope";

    /// <summary>The attribute naming the provider OpenRouter routed the call to, e.g. <c>Anthropic</c>: <c>openrouter.provider</c>.</summary>
    public const string ProviderAttribute = "openrouter.provider";
}
