// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>How verbose the model's output should be (<c>verbosity</c>).</summary>
[JsonConverter(typeof(OutputVerbosityJsonConverter))]
public readonly struct OutputVerbosity : IEquatable<OutputVerbosity>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public OutputVerbosity(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Terse output. Wire value <c>low</c>.</summary>
    public static OutputVerbosity Low { get; } = new("low");

    /// <summary>Default verbosity. Wire value <c>medium</c>.</summary>
    public static OutputVerbosity Medium { get; } = new("medium");

    /// <summary>Verbose output. Wire value <c>high</c>.</summary>
    public static OutputVerbosity High { get; } = new("high");

    /// <summary>Extra-high verbosity. Wire value <c>xhigh</c>.</summary>
    public static OutputVerbosity ExtraHigh { get; } = new("xhigh");

    /// <summary>Maximum verbosity. Wire value <c>max</c>.</summary>
    public static OutputVerbosity Max { get; } = new("max");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator OutputVerbosity(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(OutputVerbosity left, OutputVerbosity right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(OutputVerbosity left, OutputVerbosity right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static OutputVerbosity FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OutputVerbosity other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OutputVerbosity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
