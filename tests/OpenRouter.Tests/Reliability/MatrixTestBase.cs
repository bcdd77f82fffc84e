using OpenRouter.Testing;

namespace OpenRouter.Tests.Reliability;

/// <summary>
/// Base of the reliability-matrix tests: a loopback emulator that only accepts a fresh sentinel key, clients that use
/// it, and an R14 scan that fails the test at the end if the key shows up in any exception, <c>ToString()</c> or
/// activity the test produced (a sentinel <see cref="EmulatorRig"/>).
/// </summary>
public abstract class MatrixTestBase : IAsyncLifetime
{
    private EmulatorRig _rig = null!;

    protected string Key => _rig.ApiKey!;

    protected SentinelScan Scan => _rig.Scan!;

    protected OpenRouterEmulator Emulator => _rig.Emulator;

    protected virtual bool UseHttp2 => false;

    public async Task InitializeAsync() =>
        _rig = await EmulatorRig.StartSentinelAsync(options: new OpenRouterEmulatorOptions { UseHttp2 = UseHttp2 });

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    /// <summary>A client for the emulator with the sentinel key and no retries unless <paramref name="configure"/> says otherwise.</summary>
    protected OpenRouterClient Client(Action<OpenRouterClientOptions>? configure = null, HttpClient? http = null) =>
        _rig.CreateClient(options => { options.AppTitle = "Reliability"; configure?.Invoke(options); }, http);

    protected ChatCompletionRequest Request(string text = "Tell me a story.")
    {
        var request = EmulatorRig.ChatRequest(text);
        Scan.Add("ChatCompletionRequest.ToString()", request);
        return request;
    }

    protected static string Text(IEnumerable<ChatCompletionChunk> chunks) =>
        string.Concat(chunks.SelectMany(c => c.Choices ?? []).Select(c => c.Delta?.Content));
}
