using System;
using System.Text.Json;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

/// <summary><see cref="EmulatorResponse.WithUsageOnError"/>: a mid-stream error whose error chunk carries usage, as OpenRouter sends for a billed failure.</summary>
public sealed class BilledErrorTests
{
    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task The_error_chunk_carries_usage_with_the_scripted_cost_and_the_key_is_billed(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("Partial", 400, "Token limit reached").WithUsageOnError(cost: 0.00007m));

        using var response = await h.ChatAsync(stream: true);
        var last = SseCapture.Parse(await response.Content.ReadAsStringAsync()).Json[^1];

        Assert.Equal(400, last.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("error", last.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        var usage = last.GetProperty("usage");
        Assert.Equal(0.00007m, usage.GetProperty("cost").GetDecimal());
        Assert.True(usage.GetProperty("completion_tokens").GetInt32() > 0);
        Assert.Equal(usage.GetProperty("prompt_tokens").GetInt32() + usage.GetProperty("completion_tokens").GetInt32(), usage.GetProperty("total_tokens").GetInt32());
        using var key = JsonDocument.Parse(await h.Http.GetStringAsync("key"));
        Assert.Equal(0.00007m, key.RootElement.GetProperty("data").GetProperty("usage").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Without_it_the_error_chunk_has_no_usage(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("Partial", 502, "Provider disconnected"));

        using var response = await h.ChatAsync(stream: true);
        var chunks = SseCapture.Parse(await response.Content.ReadAsStringAsync()).Json;

        Assert.All(chunks, c => Assert.False(c.TryGetProperty("usage", out _)));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Not_streamed_the_error_answer_reports_the_scripted_cost(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.MidStreamError("Half", 502, "Provider disconnected").WithUsageOnError(cost: 0.00009m));

        using var response = await h.ChatAsync();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(502, json.RootElement.GetProperty("choices")[0].GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(0.00009m, json.RootElement.GetProperty("usage").GetProperty("cost").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task An_error_without_finish_reason_can_carry_usage_too(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.MidStreamErrorWithoutFinishReason("Partial", 502, "Provider disconnected").WithUsageOnError());

        using var response = await h.ChatAsync(stream: true);
        var last = SseCapture.Parse(await response.Content.ReadAsStringAsync()).Json[^1];

        Assert.Equal(JsonValueKind.Null, last.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind);
        Assert.True(last.GetProperty("usage").GetProperty("cost").GetDecimal() > 0);
    }

    [Fact]
    public void Only_a_mid_stream_error_can_carry_usage_on_its_error()
    {
        Assert.Throws<InvalidOperationException>(() => EmulatorResponse.Chat("fine").WithUsageOnError());
        Assert.Throws<InvalidOperationException>(() => EmulatorResponse.Error(500, "boom").WithUsageOnError());
        Assert.Throws<InvalidOperationException>(() => EmulatorResponse.TruncatedStream().WithUsageOnError());
    }
}
