// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The audio format of synthesized speech (<c>response_format</c>); the spec lists <c>mp3</c> and <c>pcm</c>.</summary>
[JsonConverter(typeof(SpeechAudioFormatJsonConverter))]
public readonly struct SpeechAudioFormat : IEquatable<SpeechAudioFormat>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public SpeechAudioFormat(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>MP3 (<c>audio/mpeg</c>). Wire value <c>mp3</c>.</summary>
    public static SpeechAudioFormat Mp3 { get; } = new("mp3");

    /// <summary>Raw 16-bit little-endian PCM (<c>audio/pcm</c>), the default. Wire value <c>pcm</c>.</summary>
    public static SpeechAudioFormat Pcm { get; } = new("pcm");

    /// <summary>WAV, where the provider offers it (not in the spec's list). Wire value <c>wav</c>.</summary>
    public static SpeechAudioFormat Wav { get; } = new("wav");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator SpeechAudioFormat(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(SpeechAudioFormat left, SpeechAudioFormat right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(SpeechAudioFormat left, SpeechAudioFormat right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static SpeechAudioFormat FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(SpeechAudioFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SpeechAudioFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
