using System.Text.RegularExpressions;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Client;

/// <summary>
/// Keeps the README honest: its commands are the ones CI runs, and every C# block in it is code that a sample or a test
/// compiles (line by line, whitespace-normalised), so no block can drift from the API. A block that is deliberately a
/// fragment is exempted only by a <c>&lt;!-- snippet: not-compiled --&gt;</c> line right before it.
/// </summary>
public sealed partial class ReadmeTests
{
    internal const string NotCompiledMarker = "<!-- snippet: not-compiled -->";

    private static string[] Lines(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    /// <summary>Non-empty lines with runs of whitespace collapsed to one space.</summary>
    internal static string[] Normalise(string text) => Lines(text).Select(l => Whitespace().Replace(l, " ")).ToArray();

    /// <summary>The ```csharp blocks of a Markdown text, each with its first line number and whether it is exempted.</summary>
    internal static List<(int Line, string Code, bool Exempt)> CSharpBlocks(string markdown)
    {
        var blocks = new List<(int, string, bool)>();
        var lines = markdown.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].Trim();
            if (!fence.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var language = fence[3..].Trim();
            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            if (end < 0)
            {
                throw new InvalidOperationException($"README line {i + 1}: a code block is never closed.");
            }

            if (language is "csharp" or "cs" or "c#")
            {
                var previous = lines.Take(i).Reverse().FirstOrDefault(l => l.Trim().Length > 0)?.Trim();
                blocks.Add((i + 1, string.Join('\n', lines[(i + 1)..end]), previous == NotCompiledMarker));
            }

            i = end;
        }

        return blocks;
    }

    /// <summary>Whether <paramref name="block"/>'s lines appear, consecutively and in order, among <paramref name="file"/>'s.</summary>
    internal static bool Contains(string[] file, string[] block)
    {
        if (block.Length == 0)
        {
            return true;
        }

        for (var start = 0; start + block.Length <= file.Length; start++)
        {
            if (file.AsSpan(start, block.Length).SequenceEqual(block))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(string Path, string[] Lines)> CompiledSources(string root) =>
        RepoFiles.SourceFiles(root, "samples", "tests")
            .Select(p => (Path.GetRelativePath(root, p), Normalise(File.ReadAllText(p))))
            .ToList();

    [Fact]
    public void Every_csharp_block_in_the_readme_is_compiled_by_a_sample_or_a_test()
    {
        var root = RepoFiles.Root();
        var blocks = CSharpBlocks(File.ReadAllText(Path.Combine(root, "README.md")));
        var sources = CompiledSources(root);

        Assert.True(blocks.Count(b => !b.Exempt) >= 4, "the README should show the core, IChatClient, DI and emulator quick starts");
        var drifted = new List<string>();
        foreach (var (line, code, exempt) in blocks.Where(b => !b.Exempt))
        {
            var normalised = Normalise(code);
            if (!sources.Any(s => Contains(s.Lines, normalised)))
            {
                // Name the first line no single file has in that position, to make the fix obvious.
                var longest = Enumerable.Range(1, normalised.Length).LastOrDefault(n => sources.Any(s => Contains(s.Lines, normalised[..n])));
                drifted.Add($"README line {line}: block not found in any .cs file under samples/ or tests/; first mismatch at block line {longest + 1}: {normalised[longest]}");
            }
        }

        Assert.True(drifted.Count == 0, string.Join(Environment.NewLine, drifted));
    }

    [Theory]
    [InlineData("OpenRouter")]
    [InlineData("OpenRouter.Extensions.AI")]
    [InlineData("OpenRouter.Extensions.AI.Redis")]
    [InlineData("OpenRouter.SemanticKernel")]
    [InlineData("OpenRouter.Testing")]
    public void Each_package_readme_exists_and_its_csharp_blocks_are_compiled(string package)
    {
        var root = RepoFiles.Root();
        var path = Path.Combine(root, "src", package, "README.md");
        Assert.True(File.Exists(path), $"src/{package}/README.md is the package's readme (packed by Directory.Build.props); it is missing.");
        var readme = File.ReadAllText(path);
        Assert.StartsWith("# " + package, readme, StringComparison.Ordinal);
        var blocks = CSharpBlocks(readme).Where(b => !b.Exempt).ToList();
        Assert.NotEmpty(blocks);
        var sources = CompiledSources(root);
        foreach (var (line, code, _) in blocks)
        {
            // Using directives may stand at the top of the compiling file rather than inside the method.
            var normalised = Normalise(code).Where(l => !UsingDirective().IsMatch(l)).ToArray();
            Assert.True(sources.Any(s => Contains(s.Lines, normalised)), $"src/{package}/README.md line {line}: block not found in any .cs file under samples/ or tests/ (tests/PackageConsumer/PackageReadmeExamples.cs compiles them against the packages).");
        }
    }

    [GeneratedRegex(@"^using [A-Za-z.]+;$")]
    private static partial Regex UsingDirective();

    [Fact]
    public void The_block_matcher_finds_whole_blocks_and_nothing_less()
    {
        var markdown = """
            text
            ```csharp
            var a  =  1;

            Console.WriteLine(a);
            ```
            <!-- snippet: not-compiled -->
            ```csharp
            partial();
            ```
            ```bash
            echo no
            ```
            """;
        var blocks = CSharpBlocks(markdown);
        var file = Normalise("class C {\n    void M()\n    {\n        var a = 1;\n        Console.WriteLine(a);\n    }\n}");

        Assert.Equal(2, blocks.Count);
        Assert.False(blocks[0].Exempt);
        Assert.True(blocks[1].Exempt);
        Assert.True(Contains(file, Normalise(blocks[0].Code)));
        Assert.False(Contains(file, Normalise("var a = 1;\nConsole.WriteLine(b);")));
        Assert.False(Contains(file, Normalise("Console.WriteLine(a);\nvar a = 1;")));
    }

    [Fact]
    public void The_readme_first_two_commands_are_the_sample_and_the_test_command_ci_runs()
    {
        var root = RepoFiles.Root();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(root, ".ci", "run"));
        var firstBlock = readme[(readme.IndexOf("```bash", StringComparison.Ordinal) + 7)..];
        var commands = Lines(firstBlock[..firstBlock.IndexOf("```", StringComparison.Ordinal)]).Select(l => l.Split('#')[0].Trim()).ToArray();

        Assert.Equal("dotnet run --project samples/StreamingChat", commands[0]);
        Assert.Equal("dotnet test Connectors.sln -c Release", commands[1]);
        Assert.Contains("dotnet test Connectors.sln -c Release", ci, StringComparison.Ordinal);
        Assert.Contains("run_sample chat StreamingChat", ci, StringComparison.Ordinal);   // CI runs the first command offline
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
