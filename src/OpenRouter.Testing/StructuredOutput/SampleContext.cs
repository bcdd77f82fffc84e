using System.Linq;
using System.Text.RegularExpressions;

namespace OpenRouter.Testing;

/// <summary>What a structured answer may draw its text from: the emulator's plain answer and the user's prompt.</summary>
internal sealed partial class SampleContext
{
    /// <summary>Initializes a new instance of the <see cref="SampleContext"/> class.</summary>
    public SampleContext(string answer, string prompt)
    {
        Answer = answer;
        Prompt = prompt;
        Subject = FindSubject(prompt);
    }

    /// <summary>Gets the sentence the emulator would have answered in plain text.</summary>
    public string Answer { get; }

    /// <summary>Gets the last user message (or the legacy prompt).</summary>
    public string Prompt { get; }

    /// <summary>Gets what the prompt is about: quoted text, else the last run of capitalised words after the first word; or null.</summary>
    public string? Subject { get; }

    private static string? FindSubject(string prompt)
    {
        var quoted = QuotedPattern().Match(prompt);
        if (quoted.Success)
        {
            return quoted.Groups[1].Value;
        }

        return CapitalisedPattern().Matches(prompt)
            .Where(m => m.Index > 0 && m.Value != "I")
            .Select(m => m.Value)
            .LastOrDefault();
    }

    [GeneratedRegex("[\"“]([^\"”]{1,80})[\"”]")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'-]*)*")]
    private static partial Regex CapitalisedPattern();
}
