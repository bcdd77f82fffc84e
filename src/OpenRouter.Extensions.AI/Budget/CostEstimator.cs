using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>What a call could cost at most, in US dollars, and how that was worked out (for the refusal message).</summary>
internal readonly record struct CostEstimate(decimal Usd, string Basis);

/// <summary>
/// The pre-flight estimate: <see cref="PromptSize"/> tokens at the model's prompt price, plus
/// <see cref="ChatOptions.MaxOutputTokens"/> at its completion price, plus any per-request price.
/// </summary>
internal sealed class CostEstimator
{
    private readonly ModelPriceCache _prices;
    private readonly string? _defaultModelId;
    private readonly ILogger _logger;

    public CostEstimator(ModelPriceCache prices, string? defaultModelId, ILogger logger)
    {
        _prices = prices;
        _defaultModelId = defaultModelId;
        _logger = logger;
    }

    /// <summary>The estimate, or null when the model or its fixed prices are unknown (the call then goes unestimated).</summary>
    public async Task<CostEstimate?> EstimateAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        var model = options?.ModelId ?? _defaultModelId;
        if (string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        var pricing = await _prices.FindAsync(model!, cancellationToken).ConfigureAwait(false);
        if (pricing?.Prompt is not { IsDynamic: false, Value: { } promptPrice } || Price(pricing.Completion) is not { } completionPrice || Price(pricing.Request) is not { } requestPrice)
        {
            BudgetLog.NoPrice(_logger, model!);
            return null;
        }

        var promptTokens = PromptSize.Tokens(messages, options);
        var maxOutput = options?.MaxOutputTokens is { } max && max > 0 ? max : 0;
        var usd = (promptTokens * promptPrice) + (maxOutput * completionPrice) + requestPrice;
        var output = maxOutput > 0
            ? string.Format(CultureInfo.InvariantCulture, "{0} max output tokens", maxOutput)
            : "no answer tokens, as ChatOptions.MaxOutputTokens is not set";
        var basis = string.Format(CultureInfo.InvariantCulture, "~{0} prompt tokens, counted as UTF-8 bytes / {1}, and {2}, at {3}'s catalogue prices", promptTokens, PromptSize.BytesPerToken, output, model);
        return new CostEstimate(usd, basis);
    }

    /// <summary>A price to compute with: an absent price counts as free, a dynamic or unreadable one as unknown (null).</summary>
    private static decimal? Price(ModelPrice? price) => price switch
    {
        null => 0m,
        { Raw: null } => 0m,
        { IsDynamic: true } => null,
        { Value: { } value } => value,
        _ => null,
    };
}
