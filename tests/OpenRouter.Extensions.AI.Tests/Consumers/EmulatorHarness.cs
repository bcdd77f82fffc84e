using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

/// <summary>
/// The consumer tests' <see cref="EmulatorRig"/>: loopback, answering only a sentinel key, its <c>ChatClient</c> on
/// <see cref="Model"/>, no retries. Each test creates its own, so tests never share a request log.
/// </summary>
internal sealed class EmulatorHarness : EmulatorRig
{
    public const string Model = "anthropic/claude-sonnet-4";

    private EmulatorHarness(OpenRouterEmulator emulator, string apiKey)
        : base(emulator, Loopback, apiKey, Model)
    {
    }

    /// <summary>A key unlike anything else in the tests, so a leak anywhere can be searched for.</summary>
    public new string ApiKey => base.ApiKey!;

    public static async Task<EmulatorHarness> StartAsync()
    {
        var apiKey = "sk-or-v1-sentinel-" + Guid.NewGuid().ToString("N");
        return new EmulatorHarness(await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = apiKey }), apiKey);
    }
}
