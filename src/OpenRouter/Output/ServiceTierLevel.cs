// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>A provider service tier (<c>service_tier</c>), requested or reported.</summary>
[JsonConverter(typeof(ServiceTierLevelJsonConverter))]
public readonly struct ServiceTierLevel : IEquatable<ServiceTierLevel>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ServiceTierLevel(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Let the provider choose. Wire value <c>auto</c>.</summary>
    public static ServiceTierLevel Auto { get; } = new("auto");

    /// <summary>The standard tier. Wire value <c>default</c>.</summary>
    public static ServiceTierLevel Default { get; } = new("default");

    /// <summary>Alias of priority. Wire value <c>fast</c>.</summary>
    public static ServiceTierLevel Fast { get; } = new("fast");

    /// <summary>Cheaper, slower tier. Wire value <c>flex</c>.</summary>
    public static ServiceTierLevel Flex { get; } = new("flex");

    /// <summary>Faster, more expensive tier. Wire value <c>priority</c>.</summary>
    public static ServiceTierLevel Priority { get; } = new("priority");

    /// <summary>The scale tier. Wire value <c>scale</c>.</summary>
    public static ServiceTierLevel Scale { get; } = new("scale");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ServiceTierLevel(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ServiceTierLevel left, ServiceTierLevel right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ServiceTierLevel left, ServiceTierLevel right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ServiceTierLevel FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ServiceTierLevel other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ServiceTierLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
