using System.Text.RegularExpressions;

namespace OpenRouter.Tests.Support;

/// <summary>Rooms you can find: every public type of the shipping projects stands in a file named after it, alone.</summary>
public sealed partial class SourceLayoutTests
{
    [Fact]
    public void Each_public_type_in_src_has_a_file_of_its_own_named_after_it()
    {
        var root = RepoFiles.Root();
        var wrong = new List<string>();
        foreach (var path in RepoFiles.SourceFiles(root, "src"))
        {
            var types = TopLevelPublicType().Matches(File.ReadAllText(path)).Select(m => m.Groups["name"].Value).Distinct().ToList();
            var fileName = Path.GetFileNameWithoutExtension(path).Split('.')[0];   // OpenRouterClient.Streaming.cs holds a part of OpenRouterClient
            if (types.Count > 1 || (types.Count == 1 && types[0] != fileName))
            {
                wrong.Add($"{Path.GetRelativePath(root, path)}: {string.Join(", ", types)}");
            }
        }

        Assert.True(wrong.Count == 0, "Move each public type into <TypeName>.cs:\n  " + string.Join("\n  ", wrong));
    }

    [Fact]
    public void Source_folders_are_named_after_a_concept_not_a_kind_of_leftover()
    {
        var root = RepoFiles.Root();
        string[] grabBags = ["Common", "Internal", "Misc", "Helpers", "Utils", "Utilities", "Shared", "Core", "Services"];
        var folders = RepoFiles.SourceFiles(root, "src")
            .Select(path => Path.GetRelativePath(root, Path.GetDirectoryName(path)!).Replace('\\', '/'))
            .Distinct()
            .Where(folder => folder.Split('/').Any(part => grabBags.Contains(part, StringComparer.OrdinalIgnoreCase)))
            .ToList();

        Assert.True(folders.Count == 0, "Name each folder after what its files are about (Chat, Routing, Transport...), not after their visibility or kind:\n  " + string.Join("\n  ", folders));
    }

    [Fact]
    public void Internal_namespaces_of_the_core_match_their_folder()
    {
        var root = RepoFiles.Root();
        var core = Path.Combine(root, "src", "OpenRouter");
        var wrong = new List<string>();
        foreach (var path in RepoFiles.SourceFiles(root, "src/OpenRouter"))
        {
            var ns = Regex.Match(File.ReadAllText(path), @"^namespace ([\w.]+);", RegexOptions.Multiline).Groups[1].Value;
            var folder = Path.GetRelativePath(core, Path.GetDirectoryName(path)!).Replace('\\', '/').Split('/')[0];
            if (ns != "OpenRouter" && ns != "OpenRouter." + folder)
            {
                wrong.Add($"{Path.GetRelativePath(root, path)}: namespace {ns}");
            }
        }

        Assert.True(wrong.Count == 0, "Public types live in namespace OpenRouter; an internal namespace names the folder it lives in:\n  " + string.Join("\n  ", wrong));
    }

    [Fact]
    public void The_layout_check_sees_a_second_public_type()
    {
        var text = "namespace N;\n\n/// <summary>A.</summary>\npublic sealed class A\n{\n    public sealed class Nested { }\n}\n\npublic readonly struct B { }\n";
        Assert.Equal(["A", "B"], TopLevelPublicType().Matches(text).Select(m => m.Groups["name"].Value));
    }

    // Top-level declarations start at column 0 in these file-scoped-namespace files; nested ones are indented.
    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|readonly|partial|ref|unsafe)\s+)*(?:class|struct|enum|interface|record(?:\s+struct|\s+class)?)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();
}
