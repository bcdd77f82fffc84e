using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenRouter.Tests.Support;

/// <summary>
/// Rooms you can read: no method, accessor or local function in the shipping projects runs over 60 lines, and at most a
/// handful over 50 (counted from the declaration to its closing brace, XML docs excluded).
/// </summary>
public sealed class MethodSizeTests
{
    private const int HardLimit = 60;
    private const int SoftLimit = 50;
    private const int AllowedOverSoftLimit = 5;

    [Fact]
    public void No_method_in_src_runs_over_60_lines_and_at_most_a_handful_over_50()
    {
        var root = RepoFiles.Root();
        var sizes = RepoFiles.SourceFiles(root, "src")
            .SelectMany(path => Measure(File.ReadAllText(path)).Select(m => (Where: $"{Path.GetRelativePath(root, path)}:{m.Line} {m.Name}", m.Lines)))
            .Where(m => m.Lines > SoftLimit)
            .OrderByDescending(m => m.Lines)
            .ToList();

        var overHard = sizes.Where(m => m.Lines > HardLimit).ToList();
        Assert.True(overHard.Count == 0, $"Split these by meaning into named steps (at most {HardLimit} lines each):\n  " + string.Join("\n  ", overHard.Select(m => $"{m.Lines} lines: {m.Where}")));
        Assert.True(sizes.Count <= AllowedOverSoftLimit, $"{sizes.Count} methods run over {SoftLimit} lines (at most {AllowedOverSoftLimit} may):\n  " + string.Join("\n  ", sizes.Select(m => $"{m.Lines} lines: {m.Where}")));
    }

    [Fact]
    public void The_measure_counts_a_methods_lines_without_its_docs()
    {
        var body = string.Join("\n", Enumerable.Range(0, 61).Select(i => $"        var x{i} = {i};"));
        var text = $"class C\n{{\n    /// <summary>Docs.</summary>\n    /// <remarks>More.</remarks>\n    void Long()\n    {{\n{body}\n    }}\n\n    int Short() => 1;\n}}\n";

        var measured = Measure(text).ToDictionary(m => m.Name, m => m.Lines);

        Assert.Equal(64, measured["Long"]);   // declaration, braces and 61 statements
        Assert.Equal(1, measured["Short"]);
    }

    private static IEnumerable<(string Name, int Line, int Lines)> Measure(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source);
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax))
            {
                continue;
            }

            var span = tree.GetLineSpan(node.Span);
            var name = node switch
            {
                MethodDeclarationSyntax method => method.Identifier.Text,
                LocalFunctionStatementSyntax local => local.Identifier.Text,
                ConstructorDeclarationSyntax ctor => ctor.Identifier.Text + " (constructor)",
                _ => node.Kind().ToString(),
            };
            yield return (name, span.StartLinePosition.Line + 1, span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
        }
    }
}
