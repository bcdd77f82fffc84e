using System.Text.RegularExpressions;

namespace OpenRouter.Tests.Support;

/// <summary>Docs say what: in each project under <c>src/</c>, at most 2% of the XML summaries run over 300 characters.</summary>
/// <remarks>
/// A summary says what a member is or does in a sentence or two; rationale and mechanics belong in remarks. A summary's
/// length is its text between the tags, the tags inside it included, with whitespace collapsed. Every documented member
/// counts, public or not. Each project is its own test case, so one project's state never hides another's.
/// </remarks>
public sealed partial class DocSummaryTests
{
    internal const int MaxLength = 300;
    internal const double MaxShare = 0.02;

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepoFiles.Root(), "src")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void At_most_two_percent_of_a_projects_summaries_run_over_300_characters(string project)
    {
        var root = RepoFiles.Root();
        var summaries = RepoFiles.SourceFiles(root, Path.Combine("src", project))
            .SelectMany(path => Summaries(File.ReadAllText(path)).Select(s => (Place: $"{Path.GetRelativePath(root, path)}:{s.Line}", s.Text)))
            .ToList();
        var over = summaries.Where(s => s.Text.Length > MaxLength).OrderByDescending(s => s.Text.Length).ToList();

        Assert.NotEmpty(summaries);
        Assert.True(
            over.Count <= MaxShare * summaries.Count,
            $"src/{project}: {over.Count} of {summaries.Count} XML summaries ({(double)over.Count / summaries.Count:P1}) run over {MaxLength} characters; " +
            $"at most {MaxShare:P0} may. Say what the member is or does in a sentence or two and move the rest to <remarks>. Longest:\n  " +
            string.Join("\n  ", over.Take(10).Select(s => $"{s.Text.Length,5}  {s.Place}")));
    }

    [Fact]
    public void The_measure_reads_each_summary_across_lines_with_its_tags_and_collapsed_whitespace()
    {
        var source = """
            /// <summary>Short.</summary>
            public sealed class A
            {
                /// <summary>
                /// Two   lines with a <see cref="A"/>
                /// tag.
                /// </summary>
                /// <remarks>Not counted.</remarks>
                public void M() { }
            }
            """;

        Assert.Equal([(1, "Short."), (4, "Two lines with a <see cref=\"A\"/> tag.")], Summaries(source));
    }

    /// <summary>Each <c>&lt;summary&gt;</c> of a C# source, with the line it starts on (1-based) and its text.</summary>
    internal static IEnumerable<(int Line, string Text)> Summaries(string source)
    {
        var lines = source.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsDoc(lines[i]) || !lines[i].Contains("<summary>", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i;
            while (end + 1 < lines.Length && IsDoc(lines[end + 1]) && !lines[end].Contains("</summary>", StringComparison.Ordinal))
            {
                end++;
            }

            var text = string.Join(' ', lines[i..(end + 1)].Select(l => l.TrimStart()[3..]));
            var start = text.IndexOf("<summary>", StringComparison.Ordinal) + "<summary>".Length;
            var stop = text.IndexOf("</summary>", start, StringComparison.Ordinal);
            yield return (i + 1, Whitespace().Replace(stop < 0 ? text[start..] : text[start..stop], " ").Trim());
            i = end;
        }
    }

    private static bool IsDoc(string line) => line.TrimStart().StartsWith("///", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
