using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// The core's public types never reuse a Microsoft.Extensions.AI or Semantic Kernel type name, so an app that imports
/// all three namespaces never needs to qualify a name.
/// </summary>
public sealed class CoreTypeNameTests
{
    [Fact]
    public void No_public_core_type_shares_a_name_with_a_public_MEAI_or_SK_type()
    {
        var theirs = new[]
            {
                typeof(IChatClient).Assembly,            // Microsoft.Extensions.AI.Abstractions
                typeof(ChatClientBuilder).Assembly,      // Microsoft.Extensions.AI
                typeof(Kernel).Assembly,                 // Microsoft.SemanticKernel.Abstractions
                typeof(KernelFunctionFactory).Assembly,  // Microsoft.SemanticKernel.Core
            }
            .Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .GroupBy(Name)
            .ToDictionary(g => g.Key, g => g.First().FullName);

        var clashes = typeof(OpenRouterClient).Assembly.GetExportedTypes()
            .Where(t => theirs.ContainsKey(Name(t)))
            .Select(t => $"{t.FullName} shares its name with {theirs[Name(t)]}")
            .ToList();

        Assert.True(clashes.Count == 0, "Rename these core types (for example after the OpenRouter route they belong to):\n  " + string.Join("\n  ", clashes));
    }

    [Fact]
    public void The_name_check_sees_a_clash()
    {
        Assert.Equal(Name(typeof(Microsoft.Extensions.AI.ChatMessage)), Name(typeof(ChatMessageLookalike.ChatMessage)));
    }

    private static string Name(Type type) => type.Name.Split('`')[0];
}

internal static class ChatMessageLookalike
{
    internal sealed class ChatMessage;
}
