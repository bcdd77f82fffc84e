using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>Rows R7, R8 and R9 of the reliability matrix through the Semantic Kernel chat service, over loopback with a sentinel key (R14 scan).</summary>
public sealed class ReliabilityTests : IAsyncLifetime
{
    private EmulatorRig _rig = null!;

    private OpenRouterEmulator Emulator => _rig.Emulator;

    public async Task InitializeAsync() => _rig = await EmulatorRig.StartSentinelAsync("sk-or-v1-sentinel-" + Guid.NewGuid().ToString("N"));

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private async Task<(string Text, Exception? Failure)> StreamAsync()
    {
        var kernel = _rig.ChatKernel("openai/gpt-4o-mini");
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        _rig.Scan!.Add("IChatCompletionService.ToString()", chat);
        var history = new ChatHistory();
        history.AddUserMessage("Tell me a story.");
        var updates = new List<StreamingChatMessageContent>();
        var failure = await _rig.Scan.DrainAsync(chat.GetStreamingChatMessageContentsAsync(history, kernel: kernel), updates);
        return (string.Concat(updates.Select(u => u.Content)), failure);
    }

    [Fact]
    public async Task R7_SK_reset_after_n_events_streams_them_then_a_connection_lost_error_without_retry()
    {
        Emulator.Enqueue(EmulatorResponse.ResetAfterEvents(3, "one two three four five six"));

        var (_, failure) = await StreamAsync();

        var ex = Assert.IsType<OpenRouterStreamException>(failure);
        Assert.Equal((StreamFailureKind.ConnectionLost, 3), (ex.Kind, ex.EventsReceived));
        Assert.Single(Emulator.Requests);
    }

    [Fact]
    public async Task R8_SK_eof_without_done_or_finish_reason_throws_truncated_and_with_a_finish_reason_is_accepted()
    {
        Emulator.Enqueue(EmulatorResponse.TruncatedStream("cut here"));
        Emulator.Enqueue(EmulatorResponse.StreamWithoutDone("all there"));

        var (cutText, cut) = await StreamAsync();
        var (wholeText, whole) = await StreamAsync();

        Assert.Equal(StreamFailureKind.Truncated, Assert.IsType<OpenRouterStreamException>(cut).Kind);
        Assert.Equal("cut here", cutText);
        Assert.Null(whole);
        Assert.Equal("all there", wholeText);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task R9_SK_mid_stream_error_is_typed_after_the_earlier_content(bool withFinishReason)
    {
        Emulator.Enqueue(withFinishReason
            ? EmulatorResponse.MidStreamError("Partial", 529, "Provider overloaded", """{"provider_name":"Anthropic"}""")
            : EmulatorResponse.MidStreamErrorWithoutFinishReason("Partial", 529, "Provider overloaded", """{"provider_name":"Anthropic"}"""));

        var (text, failure) = await StreamAsync();

        var ex = Assert.IsType<OpenRouterStreamException>(failure);
        Assert.Equal((StreamFailureKind.ServerError, "529", "Anthropic"), (ex.Kind, ex.ErrorCode, ex.ProviderName));
        Assert.Equal("Partial", text);
    }
}
