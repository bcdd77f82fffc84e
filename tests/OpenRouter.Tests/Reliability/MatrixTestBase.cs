using OpenRouter.Testing;

namespace OpenRouter.Tests.Reliability;

/// <summary>
/// Base of the reliability-matrix tests: a loopback emulator that only accepts a fresh sentinel key, clients that use
/// it, and an R14 scan that fails the test at the end if the key shows up in any exception, <c>ToString()</c> or
/// activity the test produced.
/// </summary>
public abstract class MatrixTestBase : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];

    protected MatrixTestBase()
    {
        Key = SentinelScan.NewKey();
        Scan = new SentinelScan(Key);
    }

    protected string Key { get; }

    protected SentinelScan Scan { get; }

    protected OpenRouterEmulator Emulator { get; private set; } = null!;

    protected virtual bool UseHttp2 => false;

    public async Task InitializeAsync() =>
        Emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = Key, UseHttp2 = UseHttp2 });

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        await Emulator.DisposeAsync();
        Scan.AssertClean();
        Scan.Dispose();
    }

    /// <summary>A client for the emulator with the sentinel key and no retries unless <paramref name="configure"/> says otherwise.</summary>
    protected OpenRouterClient Client(Action<OpenRouterClientOptions>? configure = null, HttpClient? http = null)
    {
        var options = new OpenRouterClientOptions { ApiKey = Key, Endpoint = Emulator.Endpoint, MaxRetries = 0, AppTitle = "Reliability" };
        configure?.Invoke(options);
        var client = new OpenRouterClient(options, http);
        Scan.Add("OpenRouterClientOptions.ToString()", options);
        Scan.Add("OpenRouterClient.ToString()", client);
        _owned.Add(client);
        return client;
    }

    protected ChatCompletionRequest Request(string text = "Tell me a story.")
    {
        var request = new ChatCompletionRequest { Model = "openai/gpt-4o-mini", Messages = [ChatCompletionMessage.User(text)] };
        Scan.Add("ChatCompletionRequest.ToString()", request);
        return request;
    }

    protected static string Text(IEnumerable<ChatCompletionChunk> chunks) =>
        string.Concat(chunks.SelectMany(c => c.Choices ?? []).Select(c => c.Delta?.Content));

    /// <summary>Waits for the emulator to see a client go away and returns how long after <paramref name="since"/> it did.</summary>
    protected async Task<TimeSpan> DisconnectLagAsync(DateTimeOffset since, TimeSpan? wait = null)
    {
        var abandoned = await Emulator.WaitForClientDisconnectAsync(wait ?? TimeSpan.FromSeconds(5));
        return abandoned.AbortedAt!.Value - since;
    }

    /// <summary>Waits (real time, bounded) until <paramref name="condition"/> holds.</summary>
    protected static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(3));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}
