using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Tests.Mapping;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Cost;

/// <summary>
/// A generation that failed after it was billed: the usage OpenRouter sent with the error reaches the exception that the
/// <see cref="IChatClient"/> throws, streamed (the error chunk) and not (an error beside usage in a 200 answer).
/// </summary>
public sealed class FailedGenerationCostTests
{
    [Fact]
    public async Task A_streamed_error_chunk_with_usage_gives_the_exception_the_billed_cost()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("Once upon", 400, "Token limit reached").WithUsageOnError(cost: 0.00007m));
        var text = new System.Text.StringBuilder();

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var update in h.ChatClient.GetStreamingResponseAsync("story"))
            {
                text.Append(update.Text);
            }
        });

        Assert.Equal("Once upon", text.ToString());
        Assert.Equal(StreamFailureKind.ServerError, ex.Kind);
        Assert.NotNull(ex.Usage);
        Assert.Equal(0.00007m, ex.Usage.Cost);
        Assert.True(ex.Usage.CompletionTokens > 0);
        Assert.Equal(await Billing.BilledAsync(h.Client, h.Emulator), ex.Usage.Cost);
    }

    [Fact]
    public async Task A_streamed_error_chunk_without_usage_leaves_the_usage_null()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("Once upon", 502, "Provider disconnected"));

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var update in h.ChatClient.GetStreamingResponseAsync("story"))
            {
                _ = update;
            }
        });

        Assert.Null(ex.Usage);
    }

    [Fact]
    public async Task An_error_in_a_200_answer_gives_the_exception_the_usage_beside_it()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("Once upon", 502, "Provider disconnected").WithUsageOnError(cost: 0.00009m));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => h.ChatClient.GetResponseAsync("story"));

        Assert.Equal(502, ex.StatusCode);
        Assert.Equal(0.00009m, ex.Usage?.Cost);
    }
}
