using System;

namespace OpenRouter.Testing;

/// <summary>A function call the emulated assistant makes in a scripted chat answer.</summary>
public sealed class EmulatorToolCall
{
    /// <summary>Initializes a new instance of the <see cref="EmulatorToolCall"/> class.</summary>
    /// <param name="id">The call id, e.g. <c>call_1</c>.</param>
    /// <param name="name">The function name.</param>
    /// <param name="argumentsJson">The arguments as a JSON text; it is sent as a string, split into fragments when streamed.</param>
    public EmulatorToolCall(string id, string name, string argumentsJson)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(argumentsJson);
        Id = id;
        Name = name;
        ArgumentsJson = argumentsJson;
    }

    /// <summary>Gets the call id.</summary>
    public string Id { get; }

    /// <summary>Gets the function name.</summary>
    public string Name { get; }

    /// <summary>Gets the arguments JSON text.</summary>
    public string ArgumentsJson { get; }
}
