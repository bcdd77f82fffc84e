// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>The detail level of an input image (<c>image_url.detail</c>).</summary>
[JsonConverter(typeof(ImageDetailLevelJsonConverter))]
public readonly struct ImageDetailLevel : IEquatable<ImageDetailLevel>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public ImageDetailLevel(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Let the model choose (the default). Wire value <c>auto</c>.</summary>
    public static ImageDetailLevel Auto { get; } = new("auto");

    /// <summary>Low resolution. Wire value <c>low</c>.</summary>
    public static ImageDetailLevel Low { get; } = new("low");

    /// <summary>High resolution. Wire value <c>high</c>.</summary>
    public static ImageDetailLevel High { get; } = new("high");

    /// <summary>Original resolution (OpenRouter extension). Wire value <c>original</c>.</summary>
    public static ImageDetailLevel Original { get; } = new("original");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageDetailLevel(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ImageDetailLevel left, ImageDetailLevel right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ImageDetailLevel left, ImageDetailLevel right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ImageDetailLevel FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageDetailLevel other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageDetailLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
