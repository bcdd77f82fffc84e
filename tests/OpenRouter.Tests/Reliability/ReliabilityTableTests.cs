using System.Text.RegularExpressions;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Reliability;

/// <summary>Keeps the README's Reliability table honest: seventeen rows, and every test it names exists.</summary>
public sealed partial class ReliabilityTableTests
{
    [Fact]
    public void Every_test_named_in_the_readme_reliability_table_exists()
    {
        var root = RepoFiles.Root();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var start = readme.IndexOf("## Reliability", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README has no Reliability section");
        var end = readme.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];

        var rows = Row().Matches(section).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(1, 17).Select(i => "R" + i), rows);

        var sources = string.Join("\n", RepoFiles.SourceFiles(root, "tests").Select(File.ReadAllText));
        var named = TestName().Matches(section).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(named.Count > 40, $"only {named.Count} test names found");
        var missing = named.Where(n => !Regex.IsMatch(sources, @"\b(Task|void) " + Regex.Escape(n) + @"\(")).ToList();
        Assert.True(missing.Count == 0, "named in the README but not a test: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"^\| (R\d+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+)`")]
    private static partial Regex TestName();
}
