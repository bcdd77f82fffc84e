using OpenRouter.Testing;
using OpenRouter.Tests.Serialization;

namespace OpenRouter.Tests.EndToEnd;

/// <summary>
/// A generation that failed after it was billed: the <c>usage</c> OpenRouter sent with the error (on the error chunk of a
/// stream, or beside the error in a 200 answer) is <see cref="OpenRouterException.Usage"/>; without one it is null.
/// </summary>
public sealed class FailedGenerationUsageTests : IAsyncLifetime
{
    private const string Key = "sk-or-v1-failed-generation-usage";
    private OpenRouterEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await OpenRouterEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private OpenRouterClient Client() => new(new OpenRouterClientOptions { ApiKey = Key, Endpoint = _emulator.Endpoint, MaxRetries = 0 });

    private static ChatCompletionRequest Request() => new() { Model = "openai/gpt-4o-mini", Messages = [ChatCompletionMessage.User("Tell a long story.")] };

    [Fact]
    public async Task A_mid_stream_error_chunk_with_usage_is_the_stream_exception_usage()
    {
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.MidStreamError("Once upon a time", 400, "Token limit reached").WithUsageOnError(cost: 0.000123m));
        var chunks = 0;

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var chunk in client.StreamChatCompletionAsync(Request()))
            {
                chunks++;
            }
        });

        Assert.True(chunks > 0);
        Assert.Equal(StreamFailureKind.ServerError, ex.Kind);
        Assert.Equal(0.000123m, ex.Usage?.Cost);
        Assert.Equal(ex.Usage!.PromptTokens + ex.Usage.CompletionTokens, ex.Usage.TotalTokens);
        Assert.Equal(0.000123m, (await client.GetKeyAsync()).Usage);
    }

    [Fact]
    public async Task An_error_chunk_shaped_like_real_traffic_keeps_its_usage()
    {
        // OpenRouter's own shape: a finish chunk, then one chunk with the top-level error, an empty delta, a null finish
        // reason and the usage of what was generated (and billed), then [DONE].
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.Sse("""
            : OPENROUTER PROCESSING

            data: {"id":"gen-usage-err","provider":"Example","model":"example/model","object":"chat.completion.chunk","created":1760000000,"choices":[{"index":0,"delta":{"role":"assistant","content":"Partial"},"finish_reason":null}]}

            data: {"id":"gen-usage-err","provider":"Example","model":"example/model","object":"chat.completion.chunk","created":1760000000,"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":"length","native_finish_reason":"length"}]}

            data: {"id":"gen-usage-err","provider":"Example","error":{"code":400,"message":"Token limit reached"},"model":"example/model","object":"chat.completion.chunk","created":1760000000,"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}],"usage":{"prompt_tokens":31,"completion_tokens":12,"total_tokens":43,"cost":0.0000215,"is_byok":false,"cost_details":{"upstream_inference_cost":null}}}

            data: [DONE]


            """));

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var chunk in client.StreamChatCompletionAsync(Request()))
            {
                _ = chunk;
            }
        });

        Assert.Equal("gen-usage-err", ex.GenerationId);
        Assert.Equal(43, ex.Usage?.TotalTokens);
        Assert.Equal(0.0000215m, ex.Usage?.Cost);
    }

    [Fact]
    public async Task A_mid_stream_error_without_usage_leaves_it_null()
    {
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.MidStreamError("Once upon a time", 502, "Provider disconnected"));

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var chunk in client.StreamChatCompletionAsync(Request()))
            {
                _ = chunk;
            }
        });

        Assert.Null(ex.Usage);
    }

    [Fact]
    public async Task An_error_in_a_200_answer_carries_the_usage_beside_it()
    {
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.MidStreamError("Once upon", 502, "Provider disconnected").WithUsageOnError(cost: 0.000045m));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(502, ex.StatusCode);
        Assert.Equal(0.000045m, ex.Usage?.Cost);
    }

    [Fact]
    public async Task An_error_body_without_usage_leaves_it_null()
    {
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.ErrorWithStatus200(429, "Rate limited"));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Null(ex.Usage);
    }

    [Fact]
    public async Task A_legacy_completions_stream_error_with_usage_is_read_too()
    {
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.MidStreamError("Once", 400, "Token limit reached").WithUsageOnError(cost: 0.00001m));

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var chunk in client.StreamCompletionAsync(TestRequests.FullCompletion()))
            {
                _ = chunk;
            }
        });

        Assert.Equal(0.00001m, ex.Usage?.Cost);
    }
}
