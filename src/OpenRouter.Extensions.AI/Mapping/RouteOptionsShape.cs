using System;
using System.Collections.Generic;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>What <see cref="RouteRequestMerge"/> needs to know of an options type: its name, for messages, and the wire fields it must not set.</summary>
/// <remarks>A refused field comes from the call itself (the texts to embed, the prompt, the audio) or would change the kind of answer.</remarks>
internal sealed class RouteOptionsShape
{
    private readonly Dictionary<string, string> _refused;

    /// <summary>Creates the shape of <paramref name="optionsName"/>, refusing each wire name of <paramref name="refused"/> with its reason.</summary>
    /// <param name="optionsName">The options type's name.</param>
    /// <param name="modelHint">How to name a model when none is given: an example, the factory method and the configuration key.</param>
    /// <param name="refused">The wire names the options must not set, each with the reason.</param>
    public RouteOptionsShape(string optionsName, string modelHint, params (string WireName, string Reason)[] refused)
    {
        OptionsName = optionsName;
        ModelHint = modelHint;
        _refused = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (wireName, reason) in refused)
        {
            _refused[wireName] = reason;
        }
    }

    /// <summary>The options type's name, e.g. <c>EmbeddingGenerationOptions</c>.</summary>
    public string OptionsName { get; }

    /// <summary>How to name a model, for the error when none is given.</summary>
    public string ModelHint { get; }

    /// <summary>The error for a call that names no model and has no default one.</summary>
    public InvalidOperationException NoModel() =>
        new($"No model was given: set {OptionsName}.ModelId{ModelHint}.");

    /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="source"/> when <paramref name="wireName"/> is refused.</summary>
    public void ThrowIfRefused(string wireName, string source)
    {
        if (_refused.TryGetValue(wireName, out var reason))
        {
            throw new ArgumentException($"{source} cannot be used: {reason}");
        }
    }
}
