using System;

namespace OpenRouter;

/// <summary>
/// Which limit refused a request (<c>error.metadata.limit_source</c> of a 402, 403 or 429): a spending budget, the
/// credits, or the upstream provider's shared rate limit; unknown values are kept as sent.
/// </summary>
public readonly struct LimitSource : IEquatable<LimitSource>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public LimitSource(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>
    /// The in-flight spending budget (the estimated cost of paid requests still running) is full: a transient 402 with
    /// a <c>Retry-After</c>. Wire value <c>openrouter_in_flight_budget</c>.
    /// </summary>
    public static LimitSource InFlightBudget { get; } = new("openrouter_in_flight_budget");

    /// <summary>
    /// The request alone is estimated to cost more than the remaining credits (<c>weight_exceeds_budget</c>): a 402
    /// that no retry can fix. Wire value <c>openrouter_credits</c>.
    /// </summary>
    public static LimitSource Credits { get; } = new("openrouter_credits");

    /// <summary>A guardrail's budget is spent (403). Wire value <c>openrouter_guardrail_budget</c>.</summary>
    public static LimitSource GuardrailBudget { get; } = new("openrouter_guardrail_budget");

    /// <summary>The workspace's budget is spent (403). Wire value <c>openrouter_workspace_budget</c>.</summary>
    public static LimitSource WorkspaceBudget { get; } = new("openrouter_workspace_budget");

    /// <summary>The key's own spending limit is reached (403). Wire value <c>openrouter_key_limit</c>.</summary>
    public static LimitSource KeyLimit { get; } = new("openrouter_key_limit");

    /// <summary>
    /// The upstream provider's shared pool is rate limited, not your key (429): another provider or model can serve the
    /// request. Wire value <c>upstream_provider_shared_pool</c>.
    /// </summary>
    public static LimitSource UpstreamProviderSharedPool { get; } = new("upstream_provider_shared_pool");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Whether this is one of the budget limits of a 403 (guardrail, workspace or key).</summary>
    public bool IsBudget => Equals(GuardrailBudget) || Equals(WorkspaceBudget) || Equals(KeyLimit);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator LimitSource(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(LimitSource left, LimitSource right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(LimitSource left, LimitSource right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static LimitSource FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(LimitSource other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LimitSource other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
