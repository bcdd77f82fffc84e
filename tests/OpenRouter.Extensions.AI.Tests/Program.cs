using OpenRouter.Extensions.AI.Tests.Budget;

namespace OpenRouter.Extensions.AI.Tests;

/// <summary>
/// The test assembly's entry point. The test runner never calls it; the cross-process budget test starts this assembly
/// as a child process (<c>dotnet OpenRouter.Extensions.AI.Tests.dll budget-worker ...</c>) to spend against one Redis.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args) =>
        args is [BudgetWorker.Command, .. var rest] ? await BudgetWorker.RunAsync(rest) : 0;
}
