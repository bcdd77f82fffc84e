// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>Why generation stopped (<c>finish_reason</c>), as normalised by OpenRouter; unknown values are kept as sent.</summary>
[JsonConverter(typeof(CompletionFinishReasonJsonConverter))]
public readonly struct CompletionFinishReason : IEquatable<CompletionFinishReason>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public CompletionFinishReason(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The model finished naturally or hit a stop sequence. Wire value <c>stop</c>.</summary>
    public static CompletionFinishReason Stop { get; } = new("stop");

    /// <summary>The token limit was reached. Wire value <c>length</c>.</summary>
    public static CompletionFinishReason Length { get; } = new("length");

    /// <summary>The model asked for tool calls. Wire value <c>tool_calls</c>.</summary>
    public static CompletionFinishReason ToolCalls { get; } = new("tool_calls");

    /// <summary>Content was filtered by moderation. Wire value <c>content_filter</c>.</summary>
    public static CompletionFinishReason ContentFilter { get; } = new("content_filter");

    /// <summary>A provider error interrupted generation. Wire value <c>error</c>.</summary>
    public static CompletionFinishReason Error { get; } = new("error");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CompletionFinishReason(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(CompletionFinishReason left, CompletionFinishReason right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(CompletionFinishReason left, CompletionFinishReason right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static CompletionFinishReason FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(CompletionFinishReason other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CompletionFinishReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
