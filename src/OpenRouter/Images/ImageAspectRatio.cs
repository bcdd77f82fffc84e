// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The aspect ratio of a generated image (<c>aspect_ratio</c>); providers clamp it to the ratios they support.</summary>
[JsonConverter(typeof(ImageAspectRatioJsonConverter))]
public readonly struct ImageAspectRatio : IEquatable<ImageAspectRatio>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ImageAspectRatio(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Let the provider choose. Wire value <c>auto</c>.</summary>
    public static ImageAspectRatio Auto { get; } = new("auto");

    /// <summary>Square. Wire value <c>1:1</c>.</summary>
    public static ImageAspectRatio Square { get; } = new("1:1");

    /// <summary>Wide landscape. Wire value <c>16:9</c>.</summary>
    public static ImageAspectRatio Landscape16x9 { get; } = new("16:9");

    /// <summary>Tall portrait. Wire value <c>9:16</c>.</summary>
    public static ImageAspectRatio Portrait9x16 { get; } = new("9:16");

    /// <summary>Landscape. Wire value <c>4:3</c>.</summary>
    public static ImageAspectRatio Landscape4x3 { get; } = new("4:3");

    /// <summary>Portrait. Wire value <c>3:4</c>.</summary>
    public static ImageAspectRatio Portrait3x4 { get; } = new("3:4");

    /// <summary>Photo landscape. Wire value <c>3:2</c>.</summary>
    public static ImageAspectRatio Landscape3x2 { get; } = new("3:2");

    /// <summary>Photo portrait. Wire value <c>2:3</c>.</summary>
    public static ImageAspectRatio Portrait2x3 { get; } = new("2:3");

    /// <summary>Ultra-wide landscape. Wire value <c>21:9</c>.</summary>
    public static ImageAspectRatio Landscape21x9 { get; } = new("21:9");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageAspectRatio(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ImageAspectRatio left, ImageAspectRatio right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ImageAspectRatio left, ImageAspectRatio right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ImageAspectRatio FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageAspectRatio other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageAspectRatio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
