using System;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

public sealed class AccountTests
{
    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Key_and_legacy_auth_key_describe_the_key_and_track_usage(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Chat("x", cost: 0.25m));
        using (await h.ChatAsync())
        {
        }

        foreach (var path in new[] { "key", "auth/key" })
        {
            using var response = await h.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(EmulatorRig.DefaultKey, body);
            using var json = JsonDocument.Parse(body);
            var data = json.RootElement.GetProperty("data");
            Assert.StartsWith("sk-or-v1-", data.GetProperty("label").GetString());
            Assert.Equal(JsonValueKind.Null, data.GetProperty("limit").ValueKind);
            Assert.Equal(0.25m, data.GetProperty("usage").GetDecimal());
            Assert.False(data.GetProperty("is_free_tier").GetBoolean());
            Assert.False(data.GetProperty("is_management_key").GetBoolean());
        }
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Key_reports_todays_free_model_requests_and_the_tightest_budget_left(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, new OpenRouterEmulatorOptions { TotalCredits = 20m, KeyLimit = 10m });
        h.Emulator.Enqueue(EmulatorResponse.Chat("a", model: "deepseek/deepseek-chat-v3:free", cost: 0m));
        h.Emulator.Enqueue(EmulatorResponse.Chat("b", model: "deepseek/deepseek-chat-v3:free", cost: 0m));
        h.Emulator.Enqueue(EmulatorResponse.Chat("c", cost: 12m));
        using (await h.ChatAsync())
        using (await h.ChatAsync(stream: true))
        using (await h.ChatAsync())
        {
        }

        using var response = await h.Http.GetAsync("key");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data");
        var free = data.GetProperty("free_model_daily_requests");
        Assert.Equal((2, 1000, 998), (free.GetProperty("used").GetInt32(), free.GetProperty("limit").GetInt32(), free.GetProperty("remaining").GetInt32()));

        // The key's limit (10) is spent beyond its end; the credits (20 - 12 = 8) are not: the tightest is 0.
        Assert.Equal(0m, data.GetProperty("effective_budget").GetProperty("remaining_usd").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Key_effective_budget_is_the_credits_left_without_a_key_limit(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, new OpenRouterEmulatorOptions { TotalCredits = 3m });
        h.Emulator.Enqueue(EmulatorResponse.Chat("x", cost: 0.5m));
        using (await h.ChatAsync())
        {
        }

        using var response = await h.Http.GetAsync("key");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(2.5m, data.GetProperty("effective_budget").GetProperty("remaining_usd").GetDecimal());
        Assert.Equal(50, data.GetProperty("free_model_daily_requests").GetProperty("limit").GetInt32());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Credits_reports_bought_credits_and_usage(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, new OpenRouterEmulatorOptions { TotalCredits = 12.5m });
        h.Emulator.Enqueue(EmulatorResponse.Chat("x", cost: 0.5m));
        h.Emulator.Enqueue(EmulatorResponse.Chat("y", cost: 0.25m));
        using (await h.ChatAsync())
        using (await h.ChatAsync(stream: true))
        {
        }

        using var response = await h.Http.GetAsync("credits");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(12.5m, data.GetProperty("total_credits").GetDecimal());
        Assert.Equal(0.75m, data.GetProperty("total_usage").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Generation_returns_stats_for_produced_ids_and_404_for_unknown_ones(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        h.Emulator.Enqueue(EmulatorResponse.Chat("hello there", promptTokens: 21, completionTokens: 7, cost: 0.001m, provider: "OpenAI", finishReason: "length"));
        using var chat = await h.ChatAsync(stream: true);
        await chat.Content.ReadAsStringAsync();
        var id = string.Join(",", chat.Headers.GetValues("X-Generation-Id"));

        using var response = await h.Http.GetAsync($"generation?id={Uri.EscapeDataString(id)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(id, data.GetProperty("id").GetString());
        Assert.Equal("openai/gpt-4o-mini", data.GetProperty("model").GetString());
        Assert.Equal("OpenAI", data.GetProperty("provider_name").GetString());
        Assert.Equal(0.001m, data.GetProperty("total_cost").GetDecimal());
        Assert.Equal(21, data.GetProperty("tokens_prompt").GetInt32());
        Assert.Equal(7, data.GetProperty("native_tokens_completion").GetInt32());
        Assert.True(data.GetProperty("streamed").GetBoolean());
        Assert.False(data.GetProperty("cancelled").GetBoolean());
        Assert.Equal("length", data.GetProperty("finish_reason").GetString());
        var latency = data.GetProperty("latency").GetDouble();
        Assert.NotEqual(Math.Floor(latency), latency); // fractional, as OpenRouter sends (gopenrouter v0.4.0 bug 9)
        Assert.False(data.GetProperty("latency").TryGetInt32(out _));
        Assert.True(DateTimeOffset.TryParse(data.GetProperty("created_at").GetString(), out _));

        using var unknown = await h.Http.GetAsync("generation?id=gen-0-0");
        await ValidationTests.AssertErrorAsync(unknown, 404);
        using var missing = await h.Http.GetAsync("generation");
        await ValidationTests.AssertErrorAsync(missing, 400);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task The_generation_race_can_be_scripted(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var chat = await h.ChatAsync();
        var id = string.Join(",", chat.Headers.GetValues("X-Generation-Id"));
        h.Emulator.Enqueue("generation", EmulatorResponse.Error(404, "Generation not found"));

        using var first = await h.Http.GetAsync($"generation?id={id}");
        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        using var second = await h.Http.GetAsync($"generation?id={id}");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }
}
