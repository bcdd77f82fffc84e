using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenRouter.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Registration;

/// <summary>
/// The retry switches and the idle timeout bound from configuration change what the registered client does, not only
/// what <see cref="OpenRouterServiceOptions"/> holds.
/// </summary>
public sealed class ConfiguredClientSettingsTests
{
    private const string Key = "sk-or-v1-configured-settings-0123456789abcdef";

    private static (ServiceProvider Provider, IChatClient Chat) Build(OpenRouterEmulator emulator, FakeTimeProvider time, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = Key,
            ["OpenRouter:Endpoint"] = emulator.Endpoint.AbsoluteUri,
            ["OpenRouter:DefaultModel"] = "openai/gpt-4o-mini",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddSingleton<TimeProvider>(time);
        services.AddOpenRouterChatClient();
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<IChatClient>());
    }

    /// <summary>Lets fake time pass, a second per step, until <paramref name="task"/> ends (retry waits run on it).</summary>
    private static async Task<T> RunAsync<T>(FakeTimeProvider time, Task<T> task)
    {
        while (!task.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(task, Task.Delay(10));
        }

        return await task;
    }

    [Fact]
    public async Task RetryWhenConnectionLostAfterSend_false_from_configuration_stops_the_retry_of_a_reset()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.ResetBeforeHeaders());
        var (provider, chat) = Build(emulator, new FakeTimeProvider(), ("OpenRouter:RetryWhenConnectionLostAfterSend", "false"));
        await using var _ = provider;

        // A retry would wait on the fake clock, which this test never moves: bound the wait so that a retry fails the test.
        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => chat.GetResponseAsync("Hello").WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(1, ex.Attempts);
        Assert.Single(emulator.Requests);
    }

    [Fact]
    public async Task The_transient_in_flight_402_is_retried_by_default_and_not_when_configuration_turns_it_off()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var inFlight = EmulatorResponse.Error(402, "In-flight budget exhausted", """{"limit_source":"openrouter_in_flight_budget"}""", new Dictionary<string, string> { ["Retry-After"] = "1" });
        emulator.Enqueue(inFlight);
        emulator.Enqueue(EmulatorResponse.Chat("after the wait"));
        emulator.Enqueue(inFlight);
        var time = new FakeTimeProvider();
        var (provider, chat) = Build(emulator, time);
        var (offProvider, offChat) = Build(emulator, time, ("OpenRouter:RetryOnInFlightBudgetExhausted", "false"));
        await using var _ = provider;
        await using var __ = offProvider;

        var response = await RunAsync(time, chat.GetResponseAsync("Hello"));
        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => offChat.GetResponseAsync("Hello").WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("after the wait", response.Text);
        Assert.Equal((402, 1), (ex.StatusCode!.Value, ex.Attempts));
        Assert.Equal(LimitSource.InFlightBudget, ex.LimitSource);
        Assert.Equal(3, emulator.Requests.Count);
    }

    [Fact]
    public async Task StreamIdleTimeout_from_configuration_ends_a_silent_stream()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 1));
        var time = new FakeTimeProvider();
        var (provider, chat) = Build(emulator, time, ("OpenRouter:StreamIdleTimeout", "00:00:05"));
        await using var _ = provider;
        var updates = 0;

        var drain = Task.Run(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync("Hello"))
            {
                Interlocked.Increment(ref updates);
            }
        });
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (Volatile.Read(ref updates) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await Task.Delay(50);
        time.Advance(TimeSpan.FromSeconds(6)); // past the configured 5 s, far below the default 120 s
        var ex = await Assert.ThrowsAsync<TimeoutException>(() => drain.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("StreamIdleTimeout", ex.Message, StringComparison.Ordinal);
    }
}
