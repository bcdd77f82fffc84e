using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Reliability;

/// <summary>
/// R14 at every cut, through the <see cref="IChatClient"/> under <c>UseLogging</c> (Trace) and <c>UseOpenTelemetry</c>
/// (sensitive data on): a server echoes the key at every offset across the 256-character excerpt and the 500-character
/// provider message; no log record, activity tag, event or status may hold 12 consecutive characters of its secret
/// part, nor its start with one secret character.
/// </summary>
public sealed class SecretCutPipelineTests : IAsyncLifetime
{
    private const string Echo = "GET / HTTP/1.1\r\nAuthorization: Bearer ";
    private readonly string _key = SentinelScan.NewKey();
    private readonly string _source = "openrouter-secret-cuts-" + Guid.NewGuid().ToString("N");
    private readonly FakeLogCollector _logs = new();
    private SentinelScan _scan = null!;
    private OpenRouterEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _scan = new SentinelScan(_key);
        _emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = _key });
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _scan.Dispose();
    }

    [Theory]
    [InlineData("HTML error page", false)]
    [InlineData("HTML error page", true)]
    [InlineData("HTML page with 200 to a stream", true)]
    [InlineData("provider metadata.raw", false)]
    [InlineData("provider metadata.raw", true)]
    [InlineData("streamed error event", true)]
    public async Task The_key_echoed_across_a_cut_reaches_no_log_record_and_no_activity(string scenario, bool streamed)
    {
        using var core = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = _key, Endpoint = _emulator.Endpoint, MaxRetries = 0 });
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));
        using var chat = core.AsIChatClient("openai/gpt-4o-mini").AsBuilder()
            .UseLogging(loggerFactory)
            .UseOpenTelemetry(loggerFactory, _source, c => c.EnableSensitiveData = true)
            .Build();
        var cut = scenario.StartsWith("HTML", StringComparison.Ordinal) ? 256 : 500;
        var failures = 0;

        for (var offset = cut - _key.Length - 2; offset <= cut + 2; offset++)
        {
            _emulator.Enqueue(Script(scenario, offset));
            var failure = streamed
                ? await _scan.DrainAsync(chat.GetStreamingResponseAsync("Tell me a story."), [])
                : await _scan.ThrowsAsync<OpenRouterException>(() => chat.GetResponseAsync("Tell me a story."));
            failures += failure is OpenRouterException ? 1 : 0;
        }

        Assert.Equal(_key.Length + 5, failures);
        var records = _logs.GetSnapshot();
        Assert.Contains(records, r => r.Level == LogLevel.Error && r.Exception is OpenRouterException);
        foreach (var record in records)
        {
            SentinelScan.AssertNoPiece($"log record {record.Category}/{record.Level}", $"{record.Message}\n{record.Exception}\n{string.Join("\n", record.StructuredState ?? [])}", _key);
        }

        _scan.AssertClean();
        Assert.True(_scan.Scanned > failures, "the scan saw no activity");
    }

    private EmulatorResponse Script(string scenario, int offset)
    {
        var text = new string('.', offset - Echo.Length) + Echo + _key + "\r\nAccept: */*" + new string('-', 600);
        var metadata = new JsonObject { ["provider_name"] = "Echo", ["raw"] = text }.ToJsonString();
        return scenario switch
        {
            "HTML error page" => EmulatorResponse.Raw(502, "text/html", text),
            "HTML page with 200 to a stream" => EmulatorResponse.Raw(200, "text/html", text),
            "provider metadata.raw" => EmulatorResponse.Error(400, "Provider returned error", metadata),
            "streamed error event" => EmulatorResponse.MidStreamError("Partial", 502, "Provider returned error", metadata),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        };
    }
}
