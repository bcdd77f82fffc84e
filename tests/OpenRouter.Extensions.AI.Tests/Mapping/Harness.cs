using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Consumers;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

/// <summary>An in-process emulator, a core client on it, and our IChatClient on that.</summary>
internal sealed class Harness : IAsyncDisposable
{
    public const string Key = "sk-or-v1-meai-sentinel-key";

    public Harness(string? defaultModel = "openai/gpt-4o-mini")
    {
        Emulator = OpenRouterEmulator.CreateInProcess();
        Client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Key, Endpoint = Emulator.Endpoint, MaxRetries = 0 }, new HttpClient(Emulator.CreateHandler()));
        ChatClient = Client.AsIChatClient(defaultModel);
    }

    public OpenRouterEmulator Emulator { get; }

    public OpenRouterClient Client { get; }

    public IChatClient ChatClient { get; }

    /// <summary>The JSON body of the last request the emulator received.</summary>
    public JsonObject LastBody => JsonNode.Parse(Emulator.Requests[^1].Body)!.AsObject();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }

    public static void AssertJson(string expected, JsonNode? actual) => JsonAssert.DeepEqual(expected, actual);
}
