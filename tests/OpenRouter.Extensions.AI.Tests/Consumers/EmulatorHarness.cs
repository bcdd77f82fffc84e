using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

/// <summary>
/// One emulator on loopback, an <see cref="OpenRouterClient"/> pointed at it with a sentinel key, and that client as
/// an <see cref="IChatClient"/>. Each test creates its own, so tests never share a request log.
/// </summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public const string Model = "anthropic/claude-sonnet-4";

    private EmulatorHarness(OpenRouterEmulator emulator, string apiKey)
    {
        Emulator = emulator;
        ApiKey = apiKey;
        Client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = apiKey, Endpoint = emulator.Endpoint, MaxRetries = 0 });
        ChatClient = Client.AsIChatClient(Model);
    }

    public OpenRouterEmulator Emulator { get; }

    /// <summary>A key unlike anything else in the tests, so a leak anywhere can be searched for.</summary>
    public string ApiKey { get; }

    public OpenRouterClient Client { get; }

    public IChatClient ChatClient { get; }

    public static async Task<EmulatorHarness> StartAsync()
    {
        var apiKey = "sk-or-v1-sentinel-" + Guid.NewGuid().ToString("N");
        var emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = apiKey });
        return new EmulatorHarness(emulator, apiKey);
    }

    /// <summary>The body of the <paramref name="index"/>th request the emulator received, as a mutable JSON tree.</summary>
    public JsonObject RequestBody(int index)
    {
        var request = Emulator.Requests[index];
        Assert.Equal("chat/completions", request.Path);
        return Assert.IsType<JsonObject>(JsonNode.Parse(request.Body));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}

/// <summary>Small JSON assertions shared by the consumer tests.</summary>
internal static class JsonAssert
{
    public static void DeepEqual(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"JSON differs.{Environment.NewLine}Expected: {expected?.ToJsonString()}{Environment.NewLine}Actual:   {actual?.ToJsonString()}");
    }

    public static string Canonical(object? value) =>
        value switch
        {
            null => "null",
            JsonElement e => e.GetRawText(),
            JsonNode n => n.ToJsonString(),
            _ => JsonSerializer.Serialize(value, AIJsonUtilities.DefaultOptions.GetTypeInfo(value.GetType())),
        };
}
