// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>How sorting treats fallback models (<c>provider.sort.partition</c>).</summary>
[JsonConverter(typeof(ProviderSortPartitionJsonConverter))]
public readonly struct ProviderSortPartition : IEquatable<ProviderSortPartition>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ProviderSortPartition(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Sort endpoints within each model; fallback models stay fallbacks (the default). Wire value <c>model</c>.</summary>
    public static ProviderSortPartition Model { get; } = new("model");

    /// <summary>Sort the endpoints of all models together. Wire value <c>none</c>.</summary>
    public static ProviderSortPartition None { get; } = new("none");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ProviderSortPartition(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ProviderSortPartition left, ProviderSortPartition right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ProviderSortPartition left, ProviderSortPartition right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ProviderSortPartition FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ProviderSortPartition other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProviderSortPartition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
