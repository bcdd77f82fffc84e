// Open value sets: string-backed structs that accept any value the API sends.
using System;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>The role of a chat message author (<c>role</c>): system, developer, user, assistant, tool, or any other value the API sends.</summary>
[JsonConverter(typeof(MessageRoleJsonConverter))]
public readonly struct MessageRole : IEquatable<MessageRole>
{
    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire value; any string is accepted.</param>
    public MessageRole(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The <c>system</c> role: instructions for the model. Wire value <c>system</c>.</summary>
    public static MessageRole System { get; } = new("system");

    /// <summary>The <c>developer</c> role: instructions that newer models favour over system. Wire value <c>developer</c>.</summary>
    public static MessageRole Developer { get; } = new("developer");

    /// <summary>The <c>user</c> role: the end user's input. Wire value <c>user</c>.</summary>
    public static MessageRole User { get; } = new("user");

    /// <summary>The <c>assistant</c> role: the model's output. Wire value <c>assistant</c>.</summary>
    public static MessageRole Assistant { get; } = new("assistant");

    /// <summary>The <c>tool</c> role: the result of a tool call. Wire value <c>tool</c>.</summary>
    public static MessageRole Tool { get; } = new("tool");

    /// <summary>The wire value; null only for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator MessageRole(string value) => new(value);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(MessageRole left, MessageRole right) => left.Equals(right);

    /// <summary>Compares two values, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(MessageRole left, MessageRole right) => !left.Equals(right);

    /// <summary>Creates a value from its wire string (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static MessageRole FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(MessageRole other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MessageRole other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
