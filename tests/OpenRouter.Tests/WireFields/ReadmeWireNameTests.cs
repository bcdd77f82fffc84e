using System.Text.RegularExpressions;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.WireFields;

/// <summary>
/// One source of truth for the docs: the README's settings table ("Microsoft.Extensions.AI in detail", the table that
/// maps <c>ChatOptions</c> and its additional properties to OpenRouter wire fields) names every request field a caller
/// can set, found by reflection on <see cref="ChatCompletionRequest"/>, so a field added later must be documented.
/// </summary>
public sealed class ReadmeWireNameTests
{
    private const string TableHeader = "| `ChatOptions` / setting | OpenRouter wire field |";

    /// <summary>Request fields the table need not name, each with the reason.</summary>
    private static readonly Dictionary<string, string> s_notSettings = new(StringComparer.Ordinal)
    {
        ["messages"] = "the messages passed to the call, not a setting",
        ["stream"] = "chosen by the call (GetStreamingResponseAsync), not a setting",
    };

    [Fact]
    public void The_readme_settings_table_names_every_request_field()
    {
        var table = SettingsTable();

        var missing = WireMembers.Of(typeof(ChatCompletionRequest))
            .Where(m => !s_notSettings.ContainsKey(m.WireName))
            .Where(m => !Regex.IsMatch(table, $"[`\"]{Regex.Escape(m.WireName)}[`\"]"))
            .Select(m => m.ToString())
            .ToList();
        Assert.True(missing.Count == 0, "README.md's settings table (\"Microsoft.Extensions.AI in detail\") does not name these request fields (write them in backticks, e.g. in the \"any top-level wire field\" row):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Fields_left_out_of_the_table_are_request_fields()
    {
        var names = WireMembers.Of(typeof(ChatCompletionRequest)).Select(m => m.WireName).ToHashSet();

        Assert.All(s_notSettings.Keys, name => Assert.Contains(name, names));
    }

    private static string SettingsTable()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoFiles.Root(), "README.md"));
        var start = Array.FindIndex(lines, line => line.StartsWith(TableHeader, StringComparison.Ordinal));
        Assert.True(start >= 0, $"README.md has no settings table starting with {TableHeader}");
        return string.Join("\n", lines.Skip(start).TakeWhile(line => line.StartsWith('|')));
    }
}
