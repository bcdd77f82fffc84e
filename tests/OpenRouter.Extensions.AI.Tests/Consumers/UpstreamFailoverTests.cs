using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

// README "Failing over on an upstream 429" middleware, verbatim (ReadmeTests checks every README C# block line by line).
/// <summary>Sends a call again on the next model when the provider's shared pool is rate limited upstream (not your key).</summary>
public sealed class UpstreamRateLimitFailover(IChatClient inner, params string[] fallbackModels) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        for (var next = 0; ; next++)
        {
            try
            {
                return await base.GetResponseAsync(messages, options, cancellationToken);
            }
            catch (OpenRouterException ex) when (ex.IsUpstreamRateLimit && next < fallbackModels.Length)
            {
                options = options?.Clone() ?? new ChatOptions();   // never change the caller's options
                options.ModelId = fallbackModels[next];
            }
        }
    }
}

/// <summary>The README's failover recipe against the emulator: an upstream 429 moves the call to the next model; other errors do not.</summary>
public sealed class UpstreamFailoverTests
{
    private const string Upstream = """{"provider_name":"BaseTen","is_byok":false,"limit_source":"upstream_provider_shared_pool","remedy_hint":"Retry shortly, add your own provider key, or route to another provider"}""";

    private static async Task<ChatResponse> ReadmeFailoverAsync(OpenRouterClient openRouter)
    {
        // README "Failing over on an upstream 429" usage, from here...
        IChatClient chat = openRouter.AsIChatClient("z-ai/glm-4.6")
            .AsBuilder()
            .Use(inner => new UpstreamRateLimitFailover(inner, "deepseek/deepseek-chat-v3.1", "openai/gpt-4o-mini"))
            .Build();
        ChatResponse response = await chat.GetResponseAsync("Summarise the incident report in one line.");
        Console.WriteLine($"{response.ModelId}: {response.Text}");

        // ...to here.
        return response;
    }

    private static OpenRouterClient Client(OpenRouterEmulator emulator) =>
        new(new OpenRouterClientOptions { ApiKey = "sk-or-v1-failover", Endpoint = emulator.Endpoint, MaxRetries = 0 });

    [Fact]
    public async Task An_upstream_429_is_sent_again_on_the_next_model_and_succeeds()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        using var openRouter = Client(emulator);
        emulator.Enqueue(EmulatorResponse.Error(429, "Provider returned error", Upstream));
        emulator.Enqueue(EmulatorResponse.Chat("The outage was caused by an expired certificate."));

        var response = await ReadmeFailoverAsync(openRouter);

        Assert.Equal("The outage was caused by an expired certificate.", response.Text);
        Assert.Equal(2, emulator.Requests.Count);
        Assert.Equal("z-ai/glm-4.6", emulator.Requests[0].Json!.Value.GetProperty("model").GetString());
        Assert.Equal("deepseek/deepseek-chat-v3.1", emulator.Requests[1].Json!.Value.GetProperty("model").GetString());
        Assert.Equal("deepseek/deepseek-chat-v3.1", response.ModelId);
    }

    [Fact]
    public async Task The_last_fallback_failing_upstream_too_surfaces_the_typed_429_and_the_callers_options_stay_unchanged()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        using var openRouter = Client(emulator);
        for (var i = 0; i < 3; i++)
        {
            emulator.Enqueue(EmulatorResponse.Error(429, "Provider returned error", Upstream));
        }

        var options = new ChatOptions { Temperature = 0.2f };
        IChatClient chat = openRouter.AsIChatClient("z-ai/glm-4.6").AsBuilder().Use(inner => new UpstreamRateLimitFailover(inner, "a/one", "b/two")).Build();

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => chat.GetResponseAsync("Hi", options));

        Assert.True(ex.IsUpstreamRateLimit);
        Assert.Equal(["z-ai/glm-4.6", "a/one", "b/two"], emulator.Requests.Select(r => r.Json!.Value.GetProperty("model").GetString()));
        Assert.All(emulator.Requests, r => Assert.Equal(0.2, r.Json!.Value.GetProperty("temperature").GetDouble(), 5));
        Assert.Null(options.ModelId);
    }

    [Fact]
    public async Task An_account_rate_limit_is_not_failed_over()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        using var openRouter = Client(emulator);
        emulator.Enqueue(EmulatorResponse.Error(429, "Rate limit exceeded: free-models-per-min.", null, new Dictionary<string, string> { ["X-RateLimit-Limit"] = "20", ["X-RateLimit-Remaining"] = "0" }));
        IChatClient chat = openRouter.AsIChatClient("z-ai/glm-4.6").AsBuilder().Use(inner => new UpstreamRateLimitFailover(inner, "a/one")).Build();

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => chat.GetResponseAsync("Hi"));

        Assert.False(ex.IsUpstreamRateLimit);
        Assert.Equal(0, ex.RateLimit!.Remaining);
        Assert.Single(emulator.Requests);
    }
}
