namespace OpenRouter.Tests.Support;

/// <summary>The repository the tests run from, for tests that check its README, CI script and sources.</summary>
internal static class RepoFiles
{
    /// <summary>The folder holding <c>Connectors.sln</c> above the test binaries.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Connectors.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"Connectors.sln not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Every <c>.cs</c> file under <paramref name="folders"/> of <paramref name="root"/>, build output (<c>bin</c>, <c>obj</c>) left out.</summary>
    public static IEnumerable<string> SourceFiles(string root, params string[] folders) =>
        folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
}
