using System.Net;
using System.Net.Http;
using OpenRouter.Tests.Support;
using OpenRouter.Transport;

namespace OpenRouter.Tests.Client;

public sealed class RetryTests
{
    internal const string Ok = """{"id":"gen-1","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]}""";

    internal static ChatCompletionRequest Request() => new() { Model = "openai/gpt-4o", Messages = [new ChatCompletionMessage { Role = "user", Content = "hi" }] };

    internal static (OpenRouterClient Client, ScriptedHandler Handler, SteppingTime Time) Create(int maxRetries = 2, Action<OpenRouterClientOptions>? configure = null)
    {
        var time = new SteppingTime();
        var handler = new ScriptedHandler(time);
        var options = new OpenRouterClientOptions
        {
            ApiKey = "sk-or-v1-test",
            MaxRetries = maxRetries,
            TimeProvider = time,
            JitterSource = () => 0.5, // jitter factor exactly 1
        };
        configure?.Invoke(options);
        return (new OpenRouterClient(options, new HttpClient(handler)), handler, time);
    }

    internal static string ErrorBody(int code, string message = "boom") => $$$"""{"error":{"code":{{{code}}},"message":"{{{message}}}"}}""";

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(520)]
    [InlineData(524)]
    [InlineData(529)]
    public async Task Retryable_status_is_retried_with_exponential_backoff(int status)
    {
        var (client, handler, time) = Create();
        handler.EnqueueJson((HttpStatusCode)status, ErrorBody(status))
               .EnqueueJson((HttpStatusCode)status, ErrorBody(status))
               .EnqueueJson(HttpStatusCode.OK, Ok);

        var result = await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        Assert.Equal("gen-1", result.Id);
        Assert.Equal(3, handler.Requests.Count);
        var first = handler.Requests[1].At - handler.Requests[0].At;
        var second = handler.Requests[2].At - handler.Requests[1].At;
        Assert.InRange(first.TotalMilliseconds, 500, 500);
        Assert.InRange(second.TotalMilliseconds, 1000, 1000);
    }

    [Fact]
    public async Task Final_failure_is_typed_with_status_error_and_attempt_count()
    {
        var (client, handler, time) = Create();
        for (var i = 0; i < 3; i++)
        {
            handler.EnqueueJson(HttpStatusCode.ServiceUnavailable, """{"error":{"code":503,"message":"No instances available","metadata":{"provider_name":"Crucible","error_type":"provider_overloaded"}}}""");
        }

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => time.RunAsync(client.CreateChatCompletionAsync(Request())));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("503", ex.ErrorCode);
        Assert.Equal("No instances available", ex.ErrorMessage);
        Assert.Equal("Crucible", ex.ProviderName);
        Assert.Equal("provider_overloaded", ex.ErrorType);
        Assert.Equal(3, ex.Attempts);
        Assert.True(ex.IsRetryable);
        Assert.Contains("503", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Crucible", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(402)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(413)]
    [InlineData(422)]
    [InlineData(501)]
    public async Task Client_errors_are_not_retried(int status)
    {
        var (client, handler, _) = Create();
        handler.EnqueueJson((HttpStatusCode)status, ErrorBody(status, "nope"));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(status, ex.StatusCode);
        Assert.False(ex.IsRetryable);
        Assert.Equal(1, ex.Attempts);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Retry_after_seconds_is_a_minimum_wait()
    {
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, ErrorBody(429), ("Retry-After", "3"))
               .EnqueueJson(HttpStatusCode.OK, Ok);

        await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        Assert.InRange((handler.Requests[1].At - handler.Requests[0].At).TotalMilliseconds, 3000, 3000);
    }

    [Fact]
    public async Task Retry_after_ms_takes_precedence_over_retry_after()
    {
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, ErrorBody(429), ("retry-after-ms", "1500"), ("Retry-After", "10"))
               .EnqueueJson(HttpStatusCode.OK, Ok);

        await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        Assert.InRange((handler.Requests[1].At - handler.Requests[0].At).TotalMilliseconds, 1500, 1500);
    }

    [Fact]
    public async Task Retry_after_shorter_than_backoff_does_not_shorten_it()
    {
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, ErrorBody(429), ("retry-after-ms", "10"))
               .EnqueueJson(HttpStatusCode.OK, Ok);

        await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        Assert.InRange((handler.Requests[1].At - handler.Requests[0].At).TotalMilliseconds, 500, 500);
    }

    [Fact]
    public async Task Retry_after_http_date_is_honoured_and_a_past_date_means_backoff_only()
    {
        var (client, handler, time) = Create();
        var now = time.GetUtcNow();
        handler.EnqueueJson(HttpStatusCode.ServiceUnavailable, ErrorBody(503), ("Retry-After", now.AddSeconds(4).ToString("R")))
               .EnqueueJson(HttpStatusCode.ServiceUnavailable, ErrorBody(503), ("Retry-After", now.AddDays(-1).ToString("R")))
               .EnqueueJson(HttpStatusCode.OK, Ok);

        await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        Assert.InRange((handler.Requests[1].At - handler.Requests[0].At).TotalMilliseconds, 4000, 4000);
        Assert.InRange((handler.Requests[2].At - handler.Requests[1].At).TotalMilliseconds, 1000, 1000);
    }

    [Fact]
    public async Task Garbage_retry_after_is_ignored()
    {
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, ErrorBody(429), ("Retry-After", "soon-ish"), ("retry-after-ms", "abc"))
               .EnqueueJson(HttpStatusCode.OK, Ok);

        await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        Assert.InRange((handler.Requests[1].At - handler.Requests[0].At).TotalMilliseconds, 500, 500);
    }

    [Fact]
    public async Task Retry_after_above_the_cap_fails_fast_and_exposes_the_delay()
    {
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, ErrorBody(429), ("Retry-After", "120"));
        var start = time.GetUtcNow();

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Equal(429, ex.StatusCode);
        Assert.Single(handler.Requests);
        Assert.Equal(start, time.GetUtcNow());
    }

    [Fact]
    public async Task Availability_retry_after_is_used_when_no_header_is_sent()
    {
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, """{"error":{"message":"All providers are at capacity.","error_type":"rate_limit_exceeded","http_status":429,"availability":{"code":"capacity_exhausted","retryable":true,"retry_after":2,"requested_models":["a/b"],"docs_url":"x"}}}""")
               .EnqueueJson(HttpStatusCode.OK, Ok);

        await time.RunAsync(client.CreateChatCompletionAsync(Request()));

        Assert.InRange((handler.Requests[1].At - handler.Requests[0].At).TotalMilliseconds, 2000, 2000);
    }

    [Fact]
    public async Task Max_retries_zero_makes_one_attempt()
    {
        var (client, handler, _) = Create(maxRetries: 0);
        handler.EnqueueJson(HttpStatusCode.ServiceUnavailable, ErrorBody(503));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(1, ex.Attempts);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task In_flight_budget_402_is_retried_by_default_and_not_when_turned_off()
    {
        const string body = """{"error":{"code":402,"message":"In-flight budget exhausted","metadata":{"limit_source":"openrouter_in_flight_budget"}}}""";
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.PaymentRequired, body, ("Retry-After", "3")).EnqueueJson(HttpStatusCode.OK, Ok);
        await time.RunAsync(client.CreateChatCompletionAsync(Request()));
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(3), handler.Requests[1].At - handler.Requests[0].At);

        var (off, offHandler, _) = Create(configure: o => o.RetryOnInFlightBudgetExhausted = false);
        offHandler.EnqueueJson(HttpStatusCode.PaymentRequired, body, ("Retry-After", "3"));
        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => off.CreateChatCompletionAsync(Request()));
        Assert.Equal(402, ex.StatusCode);
        Assert.Equal(LimitSource.InFlightBudget, ex.LimitSource);
        Assert.Equal(TimeSpan.FromSeconds(3), ex.RetryAfter);
        Assert.Single(offHandler.Requests);
    }

    [Fact]
    public async Task In_flight_budget_402_without_retry_after_or_from_another_limit_is_not_retried()
    {
        var (client, handler, _) = Create();
        handler.EnqueueJson(HttpStatusCode.PaymentRequired, """{"error":{"code":402,"message":"In-flight budget exhausted","metadata":{"limit_source":"openrouter_in_flight_budget"}}}""")
               .EnqueueJson(HttpStatusCode.PaymentRequired, """{"error":{"code":402,"message":"Insufficient credits","metadata":{"limit_source":"openrouter_credits"}}}""", ("Retry-After", "1"));

        var first = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));
        var second = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal((1, false), (first.Attempts, first.IsRetryable));
        Assert.Equal((1, false), (second.Attempts, second.IsRetryable));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Connection_failures_are_retried_and_the_final_one_is_typed()
    {
        var (client, handler, time) = Create();
        for (var i = 0; i < 3; i++)
        {
            handler.EnqueueThrow(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        }

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => time.RunAsync(client.CreateChatCompletionAsync(Request())));

        Assert.Null(ex.StatusCode);
        Assert.Equal(3, ex.Attempts);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Reset_after_send_is_not_retried_when_turned_off()
    {
        var (client, handler, _) = Create(configure: o => o.RetryWhenConnectionLostAfterSend = false);
        handler.EnqueueThrow(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.False(ex.IsRetryable);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Reset_after_send_is_retried_by_default_and_connect_failures_always()
    {
        var (client, handler, time) = Create(configure: o => o.RetryWhenConnectionLostAfterSend = false);
        handler.EnqueueThrow(new HttpRequestException(HttpRequestError.ConnectionError, "refused")).EnqueueJson(HttpStatusCode.OK, Ok);
        await time.RunAsync(client.CreateChatCompletionAsync(Request()));
        Assert.Equal(2, handler.Requests.Count);

        var (byDefault, defaultHandler, defaultTime) = Create();
        defaultHandler.EnqueueThrow(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")).EnqueueJson(HttpStatusCode.OK, Ok);
        await defaultTime.RunAsync(byDefault.CreateChatCompletionAsync(Request()));
        Assert.Equal(2, defaultHandler.Requests.Count);
    }


    [Fact]
    public async Task Cancelling_during_the_request_is_not_retried()
    {
        var (client, handler, _) = Create();
        using var cts = new CancellationTokenSource();
        handler.Enqueue(async (_, ct) =>
        {
            await cts.CancelAsync();
            ct.ThrowIfCancellationRequested();
            return ScriptedHandler.Json(HttpStatusCode.OK, Ok);
        });

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CreateChatCompletionAsync(Request(), cts.Token));

        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Generation_lookup_retries_the_not_yet_available_404()
    {
        var (client, handler, time) = Create();
        handler.EnqueueJson(HttpStatusCode.NotFound, ErrorBody(404, "Generation not found"))
               .EnqueueJson(HttpStatusCode.OK, """{"data":{"id":"gen-9"}}""");

        var info = await time.RunAsync(client.GetGenerationAsync("gen-9"));

        Assert.Equal("gen-9", info.Id);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public void Backoff_doubles_from_half_a_second_with_25_percent_jitter_and_caps_at_30_seconds()
    {
        Assert.Equal(375, new RetryPolicy(2, () => 0).Backoff(1).TotalMilliseconds, 3);
        Assert.Equal(625, new RetryPolicy(2, () => 1).Backoff(1).TotalMilliseconds, 3);
        Assert.Equal(2000, new RetryPolicy(2, () => 0.5).Backoff(3).TotalMilliseconds, 3);
        Assert.Equal(30000, new RetryPolicy(2, () => 0.5).Backoff(12).TotalMilliseconds, 3);
        Assert.Equal(37500, new RetryPolicy(2, () => 1).Backoff(40).TotalMilliseconds, 3);

        var real = new RetryPolicy(2);
        for (var i = 0; i < 200; i++)
        {
            Assert.InRange(real.Backoff(2).TotalMilliseconds, 750, 1250);
        }
    }
}

[Collection(TimingCollection.Name)]
public sealed class RetryCancellationTimingTests
{
    [Fact]
    public async Task Cancelling_during_backoff_stops_at_once_without_another_attempt()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.ServiceUnavailable, RetryTests.ErrorBody(503)).EnqueueJson(HttpStatusCode.OK, RetryTests.Ok);
        using var cts = new CancellationTokenSource();

        var call = client.CreateChatCompletionAsync(RetryTests.Request(), cts.Token);
        await Task.Delay(20); // the client is now waiting on the fake clock, which never moves
        var started = System.Diagnostics.Stopwatch.StartNew();
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.True(started.ElapsedMilliseconds <= 50, $"cancellation took {started.ElapsedMilliseconds} ms");
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Single(handler.Requests);
    }
}
