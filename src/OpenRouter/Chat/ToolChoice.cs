using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// Which tool the model must use (<c>tool_choice</c>): <see cref="None"/>, <see cref="Auto"/>, <see cref="Required"/>
/// (written as strings), a specific function or a server tool (written as objects).
/// </summary>
[JsonConverter(typeof(ToolChoiceJsonConverter))]
public sealed class ToolChoice : IEquatable<ToolChoice>
{
    private ToolChoice(string? mode, string? type, string? functionName)
    {
        Mode = mode;
        Type = type;
        FunctionName = functionName;
    }

    /// <summary>The model must not call tools (<c>"none"</c>).</summary>
    public static ToolChoice None { get; } = new("none", null, null);

    /// <summary>The model decides (<c>"auto"</c>).</summary>
    public static ToolChoice Auto { get; } = new("auto", null, null);

    /// <summary>The model must call at least one tool (<c>"required"</c>).</summary>
    public static ToolChoice Required { get; } = new("required", null, null);

    /// <summary>The string form (<c>none</c>, <c>auto</c>, <c>required</c>, or another), or null for the object form.</summary>
    public string? Mode { get; }

    /// <summary>The <c>type</c> of the object form: <c>function</c> or a server tool type.</summary>
    public string? Type { get; }

    /// <summary>The forced function name of the object form.</summary>
    public string? FunctionName { get; }

    /// <summary>Forces a call of the function <paramref name="name"/>.</summary>
    /// <param name="name">The function name.</param>
    /// <returns>The choice.</returns>
    public static ToolChoice ForFunction(string name) => new(null, "function", name ?? throw new ArgumentNullException(nameof(name)));

    /// <summary>Forces the server tool <paramref name="type"/>, e.g. <c>openrouter:web_search</c>.</summary>
    /// <param name="type">The server tool type.</param>
    /// <returns>The choice.</returns>
    public static ToolChoice ForServerTool(string type) => new(null, type ?? throw new ArgumentNullException(nameof(type)), null);

    /// <summary>A string-form choice with any value.</summary>
    /// <param name="mode">The mode string.</param>
    /// <returns>The choice.</returns>
    public static ToolChoice FromMode(string mode) => new(mode ?? throw new ArgumentNullException(nameof(mode)), null, null);

    /// <inheritdoc />
    public bool Equals(ToolChoice? other) =>
        other is not null && string.Equals(Mode, other.Mode, StringComparison.Ordinal) && string.Equals(Type, other.Type, StringComparison.Ordinal) && string.Equals(FunctionName, other.FunctionName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ToolChoice other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Mode ?? string.Empty).GetHashCode() ^ (Type ?? string.Empty).GetHashCode() ^ (FunctionName ?? string.Empty).GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Mode ?? (FunctionName is null ? Type ?? string.Empty : Type + ":" + FunctionName);
}
