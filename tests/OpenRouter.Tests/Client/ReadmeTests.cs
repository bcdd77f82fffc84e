namespace OpenRouter.Tests.Client;

/// <summary>Keeps the README's quick start identical to the sample that compiles and runs.</summary>
public sealed class ReadmeTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Connectors.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"Connectors.sln not found above {AppContext.BaseDirectory}");
    }

    private static string[] Lines(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    [Fact]
    public void Quick_start_in_the_readme_is_the_sample_code()
    {
        var root = RepoRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var sample = File.ReadAllText(Path.Combine(root, "samples", "StreamingChat", "Program.cs"));

        var section = readme[readme.IndexOf("## Quick start (core client)", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length;
        var block = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        var region = sample[(sample.IndexOf("// <quickstart>", StringComparison.Ordinal) + "// <quickstart>".Length)..sample.IndexOf("// </quickstart>", StringComparison.Ordinal)];

        Assert.Equal(Lines(region), Lines(block));
        Assert.True(Lines(block).Length <= 12, "the quick start should stay about ten lines");
    }

    [Fact]
    public void The_readme_first_two_commands_are_the_sample_and_the_test_command_ci_runs()
    {
        var root = RepoRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(root, ".ci", "run"));
        var firstBlock = readme[(readme.IndexOf("```bash", StringComparison.Ordinal) + 7)..];
        var commands = Lines(firstBlock[..firstBlock.IndexOf("```", StringComparison.Ordinal)]).Select(l => l.Split('#')[0].Trim()).ToArray();

        Assert.Equal("dotnet run --project samples/StreamingChat", commands[0]);
        Assert.Equal("dotnet test Connectors.sln -c Release", commands[1]);
        Assert.Contains("dotnet test Connectors.sln -c Release", ci, StringComparison.Ordinal);
    }
}
