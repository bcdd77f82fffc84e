// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The resolution tier of a generated image (<c>resolution</c>); the pixel size is derived per provider.</summary>
[JsonConverter(typeof(ImageResolutionJsonConverter))]
public readonly struct ImageResolution : IEquatable<ImageResolution>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ImageResolution(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>About 512 pixels on the long side. Wire value <c>512</c>.</summary>
    public static ImageResolution Size512 { get; } = new("512");

    /// <summary>About 1024 pixels. Wire value <c>1K</c>.</summary>
    public static ImageResolution Size1K { get; } = new("1K");

    /// <summary>About 2048 pixels. Wire value <c>2K</c>.</summary>
    public static ImageResolution Size2K { get; } = new("2K");

    /// <summary>About 4096 pixels. Wire value <c>4K</c>.</summary>
    public static ImageResolution Size4K { get; } = new("4K");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageResolution(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ImageResolution left, ImageResolution right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ImageResolution left, ImageResolution right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ImageResolution FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageResolution other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageResolution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
