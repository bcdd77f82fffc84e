// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>Whether providers that store or train on prompts may be used (<c>provider.data_collection</c>).</summary>
[JsonConverter(typeof(DataCollectionPolicyJsonConverter))]
public readonly struct DataCollectionPolicy : IEquatable<DataCollectionPolicy>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public DataCollectionPolicy(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Providers that collect data may be used (the default). Wire value <c>allow</c>.</summary>
    public static DataCollectionPolicy Allow { get; } = new("allow");

    /// <summary>Only providers that do not store or train on data. Wire value <c>deny</c>.</summary>
    public static DataCollectionPolicy Deny { get; } = new("deny");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator DataCollectionPolicy(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(DataCollectionPolicy left, DataCollectionPolicy right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(DataCollectionPolicy left, DataCollectionPolicy right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static DataCollectionPolicy FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DataCollectionPolicy other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DataCollectionPolicy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
