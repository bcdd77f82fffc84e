// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>How OpenRouter encodes the returned vectors (<c>encoding_format</c>); both decode to the same <see cref="EmbeddingItem.Vector"/>.</summary>
[JsonConverter(typeof(EmbeddingEncodingFormatJsonConverter))]
public readonly struct EmbeddingEncodingFormat : IEquatable<EmbeddingEncodingFormat>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public EmbeddingEncodingFormat(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>JSON arrays of numbers (the default). Wire value <c>float</c>.</summary>
    public static EmbeddingEncodingFormat Float { get; } = new("float");

    /// <summary>Little-endian float32 bytes in base64: about a quarter of the size on the wire. Wire value <c>base64</c>.</summary>
    public static EmbeddingEncodingFormat Base64 { get; } = new("base64");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator EmbeddingEncodingFormat(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(EmbeddingEncodingFormat left, EmbeddingEncodingFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(EmbeddingEncodingFormat left, EmbeddingEncodingFormat right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static EmbeddingEncodingFormat FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(EmbeddingEncodingFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EmbeddingEncodingFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
