using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Reliability;

/// <summary>
/// R14 through dependency injection (IHttpClientFactory's own trace logging of request headers) and R15 (the standard
/// resilience handler stacked on the OpenRouter <see cref="HttpClient"/>).
/// </summary>
public sealed class CompositionTests
{
    [Fact]
    public async Task R14_di_registration_with_trace_logging_logs_requests_without_headers_and_never_the_key()
    {
        var key = "sk-or-v1-sentinel-" + Guid.NewGuid().ToString("N");
        await using var emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = key });
        using var scan = new SentinelScan(key);
        var logs = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        services.AddOpenRouterChatClient(o =>
        {
            o.Client.ApiKey = key;
            o.Client.Endpoint = emulator.Endpoint;
            o.DefaultModel = "openai/gpt-4o-mini";
            o.Client.MaxRetries = 0;
        }).UseLogging();
        await using var provider = services.BuildServiceProvider();
        var chat = provider.GetRequiredService<IChatClient>();
        emulator.Enqueue(EmulatorResponse.Chat("fine"));
        emulator.Enqueue(EmulatorResponse.Error(401, "User not found."));

        await chat.GetResponseAsync("hello");
        await scan.DrainAsync(chat.GetStreamingResponseAsync("hello again"), []);
        scan.Add("IChatClient.ToString()", chat);
        scan.Add("OpenRouterClient.ToString()", provider.GetRequiredService<OpenRouterClient>());

        var records = logs.GetSnapshot();
        foreach (var record in records)
        {
            scan.Add($"log {record.Category}", $"{record.Message}\n{record.Exception}\n{string.Join("\n", record.StructuredState ?? [])}");
        }

        scan.AssertClean();
        Assert.Contains(records, r => r.Category == "OpenRouter.Http" && r.Message.Contains("POST", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Message.Contains("Authorization", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Category!.Contains("LoggingChatClient", StringComparison.Ordinal) && r.Level == LogLevel.Trace);
    }

    /// <summary>
    /// Why the registration replaces IHttpClientFactory's default loggers: their Trace header record shows
    /// <c>Authorization: *</c> in its message, but its state, which structured providers (JSON console, OpenTelemetry)
    /// write out, holds the raw header.
    /// </summary>
    [Fact]
    public async Task R14_reference_default_http_client_factory_logging_hands_the_raw_authorization_header_to_structured_state()
    {
        const string Secret = "sk-or-v1-reference-secret";
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var logs = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        services.AddHttpClient("plain", c => c.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Secret));
        await using var provider = services.BuildServiceProvider();

        using var response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("plain").GetAsync(new Uri(emulator.Endpoint, "models"));

        var headerRecord = Assert.Single(logs.GetSnapshot(), r => r.Category == "System.Net.Http.HttpClient.plain.ClientHandler" && r.Message.Contains("Authorization", StringComparison.Ordinal));
        Assert.Contains("Authorization: *", headerRecord.Message, StringComparison.Ordinal);
        Assert.Contains(Secret, string.Join("\n", headerRecord.StructuredState ?? []), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 12)] // our 3 attempts, each of which the standard handler turns into 4
    [InlineData(0, 4)]  // our retries off: the standard handler's 4 attempts only
    public async Task R15_standard_resilience_handler_on_our_HttpClient_multiplies_attempts_unless_our_retries_are_off(int ourMaxRetries, int expectedAttempts)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        for (var i = 0; i < 20; i++)
        {
            emulator.Enqueue(EmulatorResponse.Error(503, "No provider available"));
        }

        var services = new ServiceCollection();
        services.AddOpenRouterClient(o =>
        {
            o.Client.ApiKey = "sk-or-v1-r15";
            o.Client.Endpoint = emulator.Endpoint;
            o.Client.MaxRetries = ourMaxRetries;
        });
        services.AddHttpClient(OpenRouterServiceCollectionExtensions.HttpClientName).AddStandardResilienceHandler(o =>
        {
            // Same attempt count as the defaults (3 retries), without the waiting.
            o.Retry.Delay = TimeSpan.FromMilliseconds(1);
            o.Retry.BackoffType = Polly.DelayBackoffType.Constant;
            o.Retry.UseJitter = false;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<OpenRouterClient>();

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(ourMaxRetries + 1, ex.Attempts);
        Assert.Equal(expectedAttempts, emulator.Requests.Count);
    }
}
