// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>What provider endpoints are sorted by (<c>provider.sort</c> or <c>provider.sort.by</c>).</summary>
[JsonConverter(typeof(ProviderSortByJsonConverter))]
public readonly struct ProviderSortBy : IEquatable<ProviderSortBy>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ProviderSortBy(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Cheapest first. Wire value <c>price</c>.</summary>
    public static ProviderSortBy Price { get; } = new("price");

    /// <summary>Highest throughput first. Wire value <c>throughput</c>.</summary>
    public static ProviderSortBy Throughput { get; } = new("throughput");

    /// <summary>Lowest latency first. Wire value <c>latency</c>.</summary>
    public static ProviderSortBy Latency { get; } = new("latency");

    /// <summary>Quality-first ordering for tool-calling reliability. Wire value <c>exacto</c>.</summary>
    public static ProviderSortBy Exacto { get; } = new("exacto");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ProviderSortBy(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ProviderSortBy left, ProviderSortBy right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ProviderSortBy left, ProviderSortBy right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ProviderSortBy FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ProviderSortBy other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProviderSortBy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
