// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The background of a generated image (<c>background</c>); <c>transparent</c> needs png or webp output.</summary>
[JsonConverter(typeof(ImageBackgroundJsonConverter))]
public readonly struct ImageBackground : IEquatable<ImageBackground>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ImageBackground(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Let the provider choose. Wire value <c>auto</c>.</summary>
    public static ImageBackground Auto { get; } = new("auto");

    /// <summary>A transparent background. Wire value <c>transparent</c>.</summary>
    public static ImageBackground Transparent { get; } = new("transparent");

    /// <summary>An opaque background. Wire value <c>opaque</c>.</summary>
    public static ImageBackground Opaque { get; } = new("opaque");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageBackground(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ImageBackground left, ImageBackground right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ImageBackground left, ImageBackground right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ImageBackground FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageBackground other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageBackground other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
