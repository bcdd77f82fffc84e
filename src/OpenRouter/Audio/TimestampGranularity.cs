// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>A timestamp detail level of a verbose transcription (<c>timestamp_granularities</c>).</summary>
[JsonConverter(typeof(TimestampGranularityJsonConverter))]
public readonly struct TimestampGranularity : IEquatable<TimestampGranularity>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public TimestampGranularity(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Word-level timestamps in <c>words</c>. Wire value <c>word</c>.</summary>
    public static TimestampGranularity Word { get; } = new("word");

    /// <summary>Segment-level timestamps in <c>segments</c>. Wire value <c>segment</c>.</summary>
    public static TimestampGranularity Segment { get; } = new("segment");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator TimestampGranularity(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TimestampGranularity left, TimestampGranularity right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TimestampGranularity left, TimestampGranularity right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static TimestampGranularity FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TimestampGranularity other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimestampGranularity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
