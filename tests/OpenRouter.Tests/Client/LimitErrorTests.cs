using System.Net;
using OpenRouter.Tests.Support;
using static OpenRouter.Tests.Client.RetryTests;

namespace OpenRouter.Tests.Client;

/// <summary>
/// OpenRouter's limit errors (api-updates "Limits and errors"): the 402 in-flight budget and <c>weight_exceeds_budget</c>,
/// the 403 budget limits, the upstream 429 and the account 429 with its <c>X-RateLimit-*</c> headers, typed on the exception.
/// </summary>
public sealed class LimitErrorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void LimitSource_is_an_open_case_insensitive_value_whose_budget_kinds_are_known()
    {
        Assert.Equal("openrouter_guardrail_budget", LimitSource.GuardrailBudget.Value);
        Assert.Equal(LimitSource.GuardrailBudget, LimitSource.FromString("OPENROUTER_GUARDRAIL_BUDGET"));
        Assert.Equal(LimitSource.GuardrailBudget.GetHashCode(), LimitSource.FromString("OpenRouter_Guardrail_Budget").GetHashCode());
        Assert.True(LimitSource.GuardrailBudget.IsBudget);
        Assert.True(LimitSource.WorkspaceBudget.IsBudget && LimitSource.KeyLimit.IsBudget);
        Assert.False(LimitSource.InFlightBudget.IsBudget);
        Assert.False(LimitSource.FromString("openrouter_free_tier_daily").IsBudget);
        Assert.NotEqual(LimitSource.Credits, LimitSource.FromString("openrouter_free_tier_daily"));
    }

    [Fact]
    public async Task Weight_exceeds_budget_402_is_never_retried_and_says_the_request_alone_is_over_the_credits()
    {
        var (client, handler, _) = Create();
        handler.EnqueueJson(HttpStatusCode.PaymentRequired, """{"error":{"code":402,"message":"This request requires more credits than you have.","metadata":{"limit_source":"openrouter_credits"}}}""", ("Retry-After", "1"));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(LimitSource.Credits, ex.LimitSource);
        Assert.False(ex.IsRetryable);
        Assert.Single(handler.Requests);
        Assert.Contains("single request alone is estimated to cost more than the remaining credits", ex.Message, StringComparison.Ordinal);
        Assert.Contains("lower max_tokens, shorten the input, or add credits", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openrouter_key_limit", "key's")]
    [InlineData("openrouter_workspace_budget", "workspace's")]
    [InlineData("openrouter_guardrail_budget", "guardrail's")]
    public async Task Budget_403_is_typed_not_retried_and_says_when_it_resets(string source, string owner)
    {
        var (client, handler, _) = Create();
        handler.EnqueueJson(HttpStatusCode.Forbidden, $$$$"""{"error":{"code":403,"message":"Budget limit exceeded","metadata":{"limit_source":"{{{{source}}}}","scope":"monthly","limit_usd":10,"spend_usd":10.25,"resets_at":"2026-12-01T00:00:00Z"}}}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(new LimitSource(source), ex.LimitSource);
        Assert.True(ex.LimitSource!.Value.IsBudget);
        Assert.Equal(("monthly", 10m, 10.25m), (ex.LimitScope, ex.LimitUsd, ex.SpendUsd));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), ex.ResetsAt);
        Assert.False(ex.IsRetryable);
        Assert.Single(handler.Requests);
        Assert.Contains($"The {owner} budget is spent (10.25 of 10 USD), scope monthly; it resets at 2026-12-01T00:00:00Z.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_numbers_sent_as_strings_and_offset_times_are_read_and_absent_ones_are_null()
    {
        var (client, handler, _) = Create();
        handler.EnqueueJson(HttpStatusCode.Forbidden, """{"error":{"code":403,"message":"Key limit","metadata":{"limit_source":"openrouter_key_limit","limit_usd":"25.5","spend_usd":"2.6e1","resets_at":"2026-12-01T02:00:00+02:00"}}}""")
               .EnqueueJson(HttpStatusCode.Forbidden, """{"error":{"code":403,"message":"Key limit","metadata":{"limit_source":"openrouter_key_limit","limit_usd":"lots","resets_at":"someday"}}}""")
               .EnqueueJson(HttpStatusCode.Forbidden, """{"error":{"code":403,"message":"Flagged","metadata":{"reasons":["violence"]}}}""");

        var strings = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));
        var garbage = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));
        var moderation = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal((25.5m, 26m), (strings.LimitUsd, strings.SpendUsd));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), strings.ResetsAt);
        Assert.Null(strings.LimitScope);
        Assert.Equal((null, null, null), (garbage.LimitUsd, garbage.SpendUsd, garbage.ResetsAt));
        Assert.Contains("OpenRouter did not say when it resets", garbage.Message, StringComparison.Ordinal);
        Assert.Null(moderation.LimitSource);
        Assert.Equal((null, null, null, null, null), (moderation.LimitScope, moderation.LimitUsd, moderation.SpendUsd, moderation.ResetsAt, moderation.RemedyHint));
        Assert.False(moderation.IsUpstreamRateLimit);
        Assert.Null(moderation.RateLimit);
    }

    [Fact]
    public async Task Upstream_429_is_typed_with_the_remedy_hint_and_still_retried()
    {
        const string body = """{"error":{"code":429,"message":"Provider returned error","metadata":{"raw":"z-ai/glm-4.6 is temporarily rate-limited upstream.","provider_name":"BaseTen","is_byok":false,"limit_source":"upstream_provider_shared_pool","remedy_hint":"Retry shortly, add your own provider key, or route to another provider"}}}""";
        var (client, handler, time) = Create(maxRetries: 1);
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, body).EnqueueJson(HttpStatusCode.TooManyRequests, body);

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => time.RunAsync(client.CreateChatCompletionAsync(Request())));

        Assert.True(ex.IsUpstreamRateLimit);
        Assert.Equal(LimitSource.UpstreamProviderSharedPool, ex.LimitSource);
        Assert.Equal("Retry shortly, add your own provider key, or route to another provider", ex.RemedyHint);
        Assert.Equal("BaseTen", ex.ProviderName);
        Assert.Null(ex.RateLimit);
        Assert.Equal(2, ex.Attempts);
        Assert.Contains("your key is fine: route the request to another provider or model", ex.Message, StringComparison.Ordinal);
        Assert.Contains("OpenRouter suggests: Retry shortly, add your own provider key, or route to another provider.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_429_rate_limit_headers_are_typed_and_the_retry_waits_for_the_reset()
    {
        var reset = Start.AddSeconds(7).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, ErrorBody(429, "Rate limit exceeded: free-models-per-min."), ("X-RateLimit-Limit", "20"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset))
               .EnqueueJson(HttpStatusCode.OK, Ok);

        await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        Assert.Equal(TimeSpan.FromSeconds(7), handler.Requests[1].At - handler.Requests[0].At);
    }

    [Fact]
    public async Task Rate_limit_headers_copied_into_metadata_are_read_and_a_far_reset_fails_fast_with_retry_after()
    {
        var reset = Start.AddHours(5).ToUnixTimeMilliseconds();
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, $$$$"""{"error":{"code":429,"message":"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day","metadata":{"headers":{"X-RateLimit-Limit":"50","X-RateLimit-Remaining":"0","X-RateLimit-Reset":"{{{{reset}}}}"},"provider_name":null}}}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => time.RunAsync(client.CreateChatCompletionAsync(Request())));

        Assert.Equal((50L, 0L), (ex.RateLimit!.Limit, ex.RateLimit.Remaining));
        Assert.Equal(Start.AddHours(5), ex.RateLimit.Reset);
        Assert.Equal(TimeSpan.FromHours(5), ex.RetryAfter);
        Assert.Equal(1, ex.Attempts);
        Assert.False(ex.IsUpstreamRateLimit);
        Assert.Contains("Rate limit: 0 of 50 requests left; it resets at 2026-11-27T05:00:00Z.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_headers_win_over_the_metadata_copy_and_retry_after_wins_over_the_reset()
    {
        var (client, handler, time) = Create(maxRetries: 0);
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, """{"error":{"code":429,"message":"Rate limit exceeded","metadata":{"headers":{"X-RateLimit-Limit":"50","X-RateLimit-Remaining":"3"}}}}""", ("x-ratelimit-remaining", "1"), ("X-RateLimit-Reset", "30"), ("Retry-After", "2"))
               .EnqueueJson(HttpStatusCode.TooManyRequests, ErrorBody(429), ("X-RateLimit-Reset", "30"));

        var first = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));
        var second = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal((50L, 1L), (first.RateLimit!.Limit, first.RateLimit.Remaining));
        Assert.Equal(Start.AddSeconds(30), first.RateLimit.Reset);
        Assert.Equal(TimeSpan.FromSeconds(2), first.RetryAfter);
        Assert.Equal((null, (long?)null), (second.RateLimit!.Limit, second.RateLimit.Remaining));
        Assert.Equal(TimeSpan.FromSeconds(30), second.RetryAfter);
        Assert.Contains("Rate limit; it resets at 2026-11-27T00:00:30Z.", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_errors_in_a_200_body_and_mid_stream_are_typed_the_same_way()
    {
        var (client, handler, _) = Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"error":{"code":403,"message":"Workspace budget exceeded","metadata":{"limit_source":"openrouter_workspace_budget","limit_usd":5,"spend_usd":5,"resets_at":"2026-12-01T00:00:00Z"}},"user_id":"u"}""")
               .EnqueueSse("""
                   data: {"id":"gen-1","model":"m","choices":[{"index":0,"delta":{"content":"Hel"}}]}

                   data: {"id":"gen-1","model":"m","error":{"code":429,"message":"Provider returned error","metadata":{"provider_name":"BaseTen","limit_source":"upstream_provider_shared_pool","remedy_hint":"Route elsewhere"}},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]}


                   """);

        var inBody = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));
        var midStream = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var _ in client.StreamChatCompletionAsync(Request()))
            {
            }
        });

        Assert.Equal((LimitSource.WorkspaceBudget, 5m), (inBody.LimitSource!.Value, inBody.LimitUsd!.Value));
        Assert.Contains("it resets at 2026-12-01T00:00:00Z", inBody.Message, StringComparison.Ordinal);
        Assert.True(midStream.IsUpstreamRateLimit);
        Assert.Equal("Route elsewhere", midStream.RemedyHint);
        Assert.Equal(1, midStream.EventsReceived);
    }

    [Theory]
    [InlineData("1796000000000", "2026-11-30T00:53:20Z")]   // Unix milliseconds (what OpenRouter sends)
    [InlineData("1796000000", "2026-11-30T00:53:20Z")]      // Unix seconds
    [InlineData("1796000000.5", "2026-11-30T00:53:20Z")]    // fractional seconds, truncated
    [InlineData(" 90 ", "2026-11-27T00:01:30Z")]            // seconds from now
    [InlineData("Mon, 30 Nov 2026 00:53:20 GMT", "2026-11-30T00:53:20Z")]
    [InlineData("2026-11-30T02:53:20+02:00", "2026-11-30T00:53:20Z")]
    [InlineData("2026-11-30T00:53:20", "2026-11-30T00:53:20Z")]   // no offset: UTC
    [InlineData("soon", null)]
    [InlineData("-5", null)]
    [InlineData("1e30", null)]
    [InlineData("", null)]
    public void Reset_times_are_read_leniently(string text, string? expected)
    {
        var parsed = LimitDetails.ParseTime(text, Start);

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }
}
