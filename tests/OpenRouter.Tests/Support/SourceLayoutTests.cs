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
            var fileName = Path.GetFileNameWithoutExtension(path).Split('.')[0];   // OpenRouterClient.Transport.cs holds a part of OpenRouterClient
            if (types.Count > 1 || (types.Count == 1 && types[0] != fileName))
            {
                wrong.Add($"{Path.GetRelativePath(root, path)}: {string.Join(", ", types)}");
            }
        }

        Assert.True(wrong.Count == 0, "Move each public type into <TypeName>.cs:\n  " + string.Join("\n  ", wrong));
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
