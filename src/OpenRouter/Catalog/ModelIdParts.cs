using System;

namespace OpenRouter;

/// <summary>
/// Splits a whole OpenRouter model id (<c>author/slug</c>, e.g. <c>openai/gpt-4o</c> or <c>deepseek/deepseek-r1:free</c>)
/// into the two path parts of the routes that take them, or says what is wrong with it.
/// </summary>
/// <remarks>
/// A model id has exactly one slash, with text on both sides and no whitespace. A variant suffix such as <c>:free</c> or
/// <c>:nitro</c> belongs to the slug and is kept; an alias such as <c>~anthropic/claude-sonnet-latest</c> keeps its tilde.
/// </remarks>
internal static class ModelIdParts
{
    private const string Shape = "a model id is author/slug with one slash, e.g. \"openai/gpt-4o\" or \"deepseek/deepseek-r1:free\" (ListModelsAsync lists them)";

    /// <summary>The author and the slug of <paramref name="modelId"/>.</summary>
    /// <param name="modelId">The whole model id.</param>
    /// <param name="parameterName">The caller's parameter, named by the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="modelId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> is not <c>author/slug</c>; the message names the id and what is wrong.</exception>
    public static (string Author, string Slug) Split(string? modelId, string parameterName)
    {
        if (modelId is null)
        {
            throw new ArgumentNullException(parameterName, $"The model id is null; {Shape}.");
        }

        var problem = Problem(modelId);
        if (problem is not null)
        {
            throw new ArgumentException($"The model id \"{modelId}\" {problem}; {Shape}.", parameterName);
        }

        var slash = modelId.IndexOf('/');
        return (modelId.Substring(0, slash), modelId.Substring(slash + 1));
    }

    /// <summary>What is wrong with <paramref name="modelId"/>, as the end of a sentence; null when nothing is.</summary>
    private static string? Problem(string modelId)
    {
        if (modelId.Length == 0)
        {
            return "is empty";
        }

        foreach (var c in modelId)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "contains whitespace or a control character";
            }
        }

        var slash = modelId.IndexOf('/');
        if (slash < 0)
        {
            return "has no slash, so no author";
        }

        if (modelId.IndexOf('/', slash + 1) >= 0)
        {
            return "has more than one slash (a prefix such as \"openrouter/\" is not part of the id)";
        }

        return slash == 0 ? "has no author before the slash"
            : slash == modelId.Length - 1 ? "has no slug after the slash"
            : null;
    }
}
