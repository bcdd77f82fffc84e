using System.Threading.Tasks;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>One call the budget let through: settles its reservation against what it cost, and reports the cost.</summary>
internal sealed class BudgetCall
{
    private readonly BudgetPolicy _policy;
    private readonly string _key;
    private readonly long _reservedNano;
    private readonly string? _requestModel;

    public BudgetCall(BudgetPolicy policy, string key, long reservedNano, string? requestModel)
    {
        _policy = policy;
        _key = key;
        _reservedNano = reservedNano;
        _requestModel = requestModel;
    }

    /// <summary>
    /// Records <paramref name="costUsd"/> (null: nothing was reported, counted as 0) in place of the reservation, and
    /// reports it to telemetry. <paramref name="succeeded"/> says the call completed, so a missing cost is worth a warning.
    /// </summary>
    public async Task EndAsync(decimal? costUsd, bool succeeded, string? responseModel, string? provider)
    {
        var costNano = costUsd is { } cost ? OpenRouterSpendUnits.ToNanoUsd(cost) : 0;
        await _policy.Ledger.RecordAsync(_key, costNano - _reservedNano).ConfigureAwait(false);
        if (costUsd is { } counted)
        {
            BudgetTelemetry.Record(counted, _key, _requestModel, responseModel ?? _requestModel, provider);
        }
        else if (succeeded)
        {
            _policy.WarnNoCost(responseModel ?? _requestModel);
        }
    }
}
