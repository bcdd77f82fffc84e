// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The shape of a transcription answer (<c>response_format</c>).</summary>
[JsonConverter(typeof(TranscriptionFormatJsonConverter))]
public readonly struct TranscriptionFormat : IEquatable<TranscriptionFormat>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public TranscriptionFormat(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Text and usage (the default). Wire value <c>json</c>.</summary>
    public static TranscriptionFormat Json { get; } = new("json");

    /// <summary>Also task, language, duration and timestamped segments (OpenAI-compatible providers). Wire value <c>verbose_json</c>.</summary>
    public static TranscriptionFormat VerboseJson { get; } = new("verbose_json");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator TranscriptionFormat(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TranscriptionFormat left, TranscriptionFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TranscriptionFormat left, TranscriptionFormat right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static TranscriptionFormat FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TranscriptionFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TranscriptionFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
