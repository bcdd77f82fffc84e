using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>An in-process emulator, an OpenRouter client on it, and its <c>ChatClient</c>: the bottom of a budget pipeline.</summary>
internal sealed class BudgetRig() : EmulatorRig(OpenRouterEmulator.CreateInProcess(), InProcess, "sk-or-v1-budget-tests", Model)
{
    public const string Model = "openai/gpt-4o-mini";

    /// <summary>How many chat requests reached the emulator (catalogue lookups not counted).</summary>
    public int ChatRequests => Emulator.ChatRequests().Count;

    /// <summary>Queues answers that cost exactly <paramref name="costs"/>, one per request.</summary>
    public void EnqueueCosts(params decimal[] costs)
    {
        foreach (var cost in costs)
        {
            Emulator.Enqueue("chat/completions", EmulatorResponse.Chat("Answer costing " + cost, cost: cost));
        }
    }
}
