// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>How much effort a reasoning model spends (<c>reasoning.effort</c> and <c>reasoning_effort</c>); the wire values are lowercase.</summary>
[JsonConverter(typeof(ReasoningEffortLevelJsonConverter))]
public readonly struct ReasoningEffortLevel : IEquatable<ReasoningEffortLevel>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ReasoningEffortLevel(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Reasoning disabled. Wire value <c>none</c>.</summary>
    public static ReasoningEffortLevel None { get; } = new("none");

    /// <summary>Minimal reasoning. Wire value <c>minimal</c>.</summary>
    public static ReasoningEffortLevel Minimal { get; } = new("minimal");

    /// <summary>Low reasoning effort. Wire value <c>low</c>.</summary>
    public static ReasoningEffortLevel Low { get; } = new("low");

    /// <summary>Medium reasoning effort. Wire value <c>medium</c>.</summary>
    public static ReasoningEffortLevel Medium { get; } = new("medium");

    /// <summary>High reasoning effort. Wire value <c>high</c>.</summary>
    public static ReasoningEffortLevel High { get; } = new("high");

    /// <summary>Extra-high reasoning effort. Wire value <c>xhigh</c>.</summary>
    public static ReasoningEffortLevel ExtraHigh { get; } = new("xhigh");

    /// <summary>Maximum reasoning effort. Wire value <c>max</c>.</summary>
    public static ReasoningEffortLevel Max { get; } = new("max");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ReasoningEffortLevel(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ReasoningEffortLevel left, ReasoningEffortLevel right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ReasoningEffortLevel left, ReasoningEffortLevel right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ReasoningEffortLevel FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ReasoningEffortLevel other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReasoningEffortLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
