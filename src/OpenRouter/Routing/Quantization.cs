// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>A model weight quantization level (<c>provider.quantizations</c>, endpoint <c>quantization</c>).</summary>
[JsonConverter(typeof(QuantizationJsonConverter))]
public readonly struct Quantization : IEquatable<Quantization>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public Quantization(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>4-bit integer. Wire value <c>int4</c>.</summary>
    public static Quantization Int4 { get; } = new("int4");

    /// <summary>8-bit integer. Wire value <c>int8</c>.</summary>
    public static Quantization Int8 { get; } = new("int8");

    /// <summary>4-bit floating point. Wire value <c>fp4</c>.</summary>
    public static Quantization Fp4 { get; } = new("fp4");

    /// <summary>4-bit microscaling floating point. Wire value <c>mxfp4</c>.</summary>
    public static Quantization Mxfp4 { get; } = new("mxfp4");

    /// <summary>NVIDIA 4-bit floating point. Wire value <c>nvfp4</c>.</summary>
    public static Quantization Nvfp4 { get; } = new("nvfp4");

    /// <summary>6-bit floating point. Wire value <c>fp6</c>.</summary>
    public static Quantization Fp6 { get; } = new("fp6");

    /// <summary>8-bit floating point. Wire value <c>fp8</c>.</summary>
    public static Quantization Fp8 { get; } = new("fp8");

    /// <summary>8-bit microscaling floating point. Wire value <c>mxfp8</c>.</summary>
    public static Quantization Mxfp8 { get; } = new("mxfp8");

    /// <summary>16-bit floating point. Wire value <c>fp16</c>.</summary>
    public static Quantization Fp16 { get; } = new("fp16");

    /// <summary>16-bit brain floating point. Wire value <c>bf16</c>.</summary>
    public static Quantization Bf16 { get; } = new("bf16");

    /// <summary>32-bit floating point. Wire value <c>fp32</c>.</summary>
    public static Quantization Fp32 { get; } = new("fp32");

    /// <summary>Quantization not reported. Wire value <c>unknown</c>.</summary>
    public static Quantization Unknown { get; } = new("unknown");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator Quantization(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(Quantization left, Quantization right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(Quantization left, Quantization right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static Quantization FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(Quantization other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantization other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
