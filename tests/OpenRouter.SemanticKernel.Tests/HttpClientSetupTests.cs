using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// When the application has an <see cref="IHttpClientFactory"/>, the SK registrations send through its <c>OpenRouter</c>
/// client, set up as the Microsoft.Extensions.AI registration sets it up: no client timeout, and request logs without
/// headers. The factory's default loggers would hand the raw <c>Authorization</c> header to structured log state at
/// Trace level.
/// </summary>
public sealed class HttpClientSetupTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_api_key_stays_out_of_trace_logs_and_the_client_has_no_timeout(bool factoryRegisteredFirst)
    {
        var key = "sk-or-v1-sentinel-" + Guid.NewGuid().ToString("N");
        await using var emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = key });
        var logs = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        if (factoryRegisteredFirst)
        {
            services.AddHttpClient();
        }

        services.AddOpenRouterChatCompletion("openai/gpt-4o-mini", key, emulator.Endpoint);
        services.AddOpenRouterChatCompletion("openai/gpt-4o-mini", key, emulator.Endpoint, serviceId: "second");
        if (!factoryRegisteredFirst)
        {
            services.AddHttpClient();
        }
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync("Hello");

        var records = logs.GetSnapshot();
        Assert.Contains(records, r => r.Category == "OpenRouter.Http" && r.Message.Contains("POST", StringComparison.Ordinal));
        Assert.Single(records, r => r.Category == "OpenRouter.Http" && r.Message.Contains("POST", StringComparison.Ordinal));
        foreach (var record in records)
        {
            var text = $"{record.Message}\n{string.Join("\n", record.StructuredState ?? [])}";
            Assert.False(text.Contains(key, StringComparison.Ordinal), $"The key leaked through log {record.Category}: {text}");
        }

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(OpenRouterSemanticKernelServiceCollectionExtensions.HttpClientName);
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }
}
