// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The rendering quality of a generated image (<c>quality</c>); providers without the setting ignore it.</summary>
[JsonConverter(typeof(ImageQualityJsonConverter))]
public readonly struct ImageQuality : IEquatable<ImageQuality>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ImageQuality(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Let the provider choose. Wire value <c>auto</c>.</summary>
    public static ImageQuality Auto { get; } = new("auto");

    /// <summary>Low quality, fastest. Wire value <c>low</c>.</summary>
    public static ImageQuality Low { get; } = new("low");

    /// <summary>Medium quality. Wire value <c>medium</c>.</summary>
    public static ImageQuality Medium { get; } = new("medium");

    /// <summary>High quality. Wire value <c>high</c>.</summary>
    public static ImageQuality High { get; } = new("high");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageQuality(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ImageQuality left, ImageQuality right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ImageQuality left, ImageQuality right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ImageQuality FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageQuality other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageQuality other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
