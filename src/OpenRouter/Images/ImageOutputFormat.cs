// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The encoding of generated image bytes (<c>output_format</c>).</summary>
[JsonConverter(typeof(ImageOutputFormatJsonConverter))]
public readonly struct ImageOutputFormat : IEquatable<ImageOutputFormat>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ImageOutputFormat(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>PNG (<c>image/png</c>). Wire value <c>png</c>.</summary>
    public static ImageOutputFormat Png { get; } = new("png");

    /// <summary>JPEG (<c>image/jpeg</c>). Wire value <c>jpeg</c>.</summary>
    public static ImageOutputFormat Jpeg { get; } = new("jpeg");

    /// <summary>WebP (<c>image/webp</c>). Wire value <c>webp</c>.</summary>
    public static ImageOutputFormat Webp { get; } = new("webp");

    /// <summary>SVG markup from vectorization models (<c>image/svg+xml</c>). Wire value <c>svg</c>.</summary>
    public static ImageOutputFormat Svg { get; } = new("svg");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageOutputFormat(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ImageOutputFormat left, ImageOutputFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ImageOutputFormat left, ImageOutputFormat right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ImageOutputFormat FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageOutputFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageOutputFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
