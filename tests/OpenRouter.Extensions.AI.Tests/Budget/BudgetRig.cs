using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>An in-process emulator, an OpenRouter client on it, and its <see cref="IChatClient"/>: the bottom of a budget pipeline.</summary>
internal sealed class BudgetRig : IAsyncDisposable
{
    public const string Model = "openai/gpt-4o-mini";

    public BudgetRig()
    {
        Emulator = OpenRouterEmulator.CreateInProcess();
        Client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-budget-tests", Endpoint = Emulator.Endpoint, MaxRetries = 0 }, new HttpClient(Emulator.CreateHandler()));
        ChatClient = Client.AsIChatClient(Model);
    }

    public OpenRouterEmulator Emulator { get; }

    public OpenRouterClient Client { get; }

    public IChatClient ChatClient { get; }

    /// <summary>How many chat requests reached the emulator (catalogue lookups not counted).</summary>
    public int ChatRequests => Emulator.Requests.Count(r => r.Path == "chat/completions");

    /// <summary>Queues answers that cost exactly <paramref name="costs"/>, one per request.</summary>
    public void EnqueueCosts(params decimal[] costs)
    {
        foreach (var cost in costs)
        {
            Emulator.Enqueue("chat/completions", EmulatorResponse.Chat("Answer costing " + cost, cost: cost));
        }
    }

    public static async Task<ChatResponse> AskAsync(IChatClient client, bool streamed, string prompt = "Hello", ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        streamed
            ? await client.GetStreamingResponseAsync(prompt, options, cancellationToken).ToChatResponseAsync(cancellationToken)
            : await client.GetResponseAsync(prompt, options, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
