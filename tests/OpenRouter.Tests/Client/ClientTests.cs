using System.Net;
using System.Net.Http;
using System.Text;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Client;

public sealed class ClientTests
{
    private const string Secret = "sk-or-v1-0123456789abcdef-secret";

    private static ChatCompletionRequest Request() => new() { Model = "openai/gpt-4o", Messages = [new ChatCompletionMessage { Role = "user", Content = "hi" }] };

    private static (OpenRouterClient Client, ScriptedHandler Handler) Create(Action<OpenRouterClientOptions>? configure = null)
    {
        var handler = new ScriptedHandler();
        var options = new OpenRouterClientOptions { ApiKey = Secret, MaxRetries = 0 };
        configure?.Invoke(options);
        return (new OpenRouterClient(options, new HttpClient(handler)), handler);
    }

    [Fact]
    public void The_key_is_refused_over_plain_http_to_a_remote_host()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Secret, Endpoint = new Uri("http://openrouter.example.com/api/v1/") }));

        Assert.Contains("plain HTTP", ex.Message, StringComparison.Ordinal);
        Assert.Contains("https", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/api/v1/")]
    [InlineData("http://localhost:5000/api/v1")]
    [InlineData("http://[::1]:5000/api/v1/")]
    public void Plain_http_to_loopback_is_allowed_and_the_root_gets_a_trailing_slash(string endpoint)
    {
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Secret, Endpoint = new Uri(endpoint) });

        Assert.EndsWith("/api/v1/", client.Endpoint.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_settings_fail_at_construction_with_a_message_that_says_what_to_do()
    {
        Assert.Throws<ArgumentNullException>(() => new OpenRouterClient((OpenRouterClientOptions)null!));
        Assert.Contains("sk-or-v1", Assert.Throws<ArgumentException>(() => new OpenRouterClient("  ")).Message, StringComparison.Ordinal);
        Assert.Contains("absolute", Assert.Throws<ArgumentException>(() => new OpenRouterClient(new OpenRouterClientOptions { Endpoint = new Uri("/api/v1/", UriKind.Relative) })).Message, StringComparison.Ordinal);
        Assert.Contains("MaxRetries", Assert.Throws<ArgumentOutOfRangeException>(() => new OpenRouterClient(new OpenRouterClientOptions { MaxRetries = -1 })).Message, StringComparison.Ordinal);
        var keyError = Assert.Throws<ArgumentException>(() => new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-abc\r\nX-Evil: 1" }));
        Assert.DoesNotContain("sk-or-v1-abc", keyError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_request_carries_auth_attribution_and_user_agent_headers()
    {
        var (client, handler) = Create(o =>
        {
            o.AppUrl = "https://myapp.example";
            o.AppTitle = "My App";
        });
        handler.EnqueueJson(HttpStatusCode.OK, """{"data":{"label":"sk-or-v1-abc...","limit":null}}""");

        await client.GetKeyAsync();

        var headers = handler.Requests.Single().Headers;
        Assert.Equal("Bearer " + Secret, headers["Authorization"]);
        Assert.Equal("https://myapp.example", headers["HTTP-Referer"]);
        Assert.Equal("My App", headers["X-OpenRouter-Title"]);
        Assert.Equal("My App", headers["X-Title"]);
        Assert.StartsWith("OpenRouter.NET/0.1.0", headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal("application/json", headers["Accept"]);
    }

    [Fact]
    public async Task Without_a_key_no_authorization_header_is_sent()
    {
        var (client, handler) = Create(o => o.ApiKey = null);
        handler.EnqueueJson(HttpStatusCode.OK, """{"data":[]}""");

        await client.ListModelsAsync();

        Assert.False(handler.Requests.Single().Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Paths_resolve_against_the_endpoint_root()
    {
        var handler = new ScriptedHandler();
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Secret, Endpoint = new Uri("http://127.0.0.1:5000/custom/root") }, new HttpClient(handler));
        handler.EnqueueJson(HttpStatusCode.OK, """{"data":{"id":"openai/gpt-4o","endpoints":[]}}""")
               .EnqueueJson(HttpStatusCode.OK, """{"data":{"id":"gen-1"}}""")
               .EnqueueJson(HttpStatusCode.OK, """{"data":{"total_credits":1,"total_usage":0}}""");

        await client.ListModelEndpointsAsync("openai", "gpt-4o:free");
        await client.GetGenerationAsync("gen-1 &x");
        await client.GetCreditsAsync();

        Assert.Equal("http://127.0.0.1:5000/custom/root/models/openai/gpt-4o%3Afree/endpoints", handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5000/custom/root/generation?id=gen-1%20%26x", handler.Requests[1].Uri.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5000/custom/root/credits", handler.Requests[2].Uri.AbsoluteUri);
        Assert.All(handler.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task Setting_stream_on_the_non_streaming_method_says_which_method_to_call()
    {
        var (client, handler) = Create();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = Request().Messages, Stream = true }));
        var legacy = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateCompletionAsync(new CompletionRequest { Model = "m", Prompt = "p", Stream = true }));

        Assert.Contains("StreamChatCompletionAsync", ex.Message, StringComparison.Ordinal);
        Assert.Contains("StreamCompletionAsync", legacy.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_request_without_messages_fails_before_any_http_call()
    {
        var (client, handler) = Create();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m" }));

        Assert.Contains("Messages", ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task An_injected_http_client_is_not_disposed_and_an_owned_one_is()
    {
        var handler = new ScriptedHandler();
        var http = new HttpClient(handler);
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Secret }, http);
        client.Dispose();
        handler.EnqueueJson(HttpStatusCode.OK, "{}");
        using var stillUsable = await http.GetAsync(new Uri("http://127.0.0.1/")); // would throw ObjectDisposedException if disposed
        Assert.False(handler.Disposed);

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.GetKeyAsync());
    }

    [Fact]
    public async Task A_200_with_an_error_body_and_no_choices_is_an_error()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"error":{"code":429,"message":"Provider returned error","metadata":{"raw":"Hyperbolic is rate limited","provider_name":"Hyperbolic"}},"user_id":"user_1"}""", ("X-Generation-Id", "gen-err-1"));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("Hyperbolic", ex.ProviderName);
        Assert.Equal("Hyperbolic is rate limited", ex.ProviderMessage);
        Assert.Equal("gen-err-1", ex.GenerationId);
        Assert.True(ex.IsRetryable);
        Assert.Contains("429", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Hyperbolic is rate limited", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_with_a_choice_level_error_is_an_error()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"id":"gen-2","choices":[{"index":0,"finish_reason":"error","message":{"role":"assistant","content":"partial"},"error":{"code":502,"message":"Upstream died"}}]}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(502, ex.StatusCode);
        Assert.Equal("Upstream died", ex.ErrorMessage);
        Assert.Equal("gen-2", ex.GenerationId);
    }

    [Fact]
    public async Task A_200_with_no_choices_is_a_typed_error_not_an_index_exception()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"id":"gen-3","choices":[]}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Contains("no choices", ex.Message, StringComparison.Ordinal);
        Assert.Equal("gen-3", ex.GenerationId);
    }

    [Fact]
    public async Task Leading_whitespace_before_the_json_body_is_tolerated()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.OK, "\n\n   \n" + """{"id":"gen-4","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}""");

        var completion = await client.CreateChatCompletionAsync(Request());

        Assert.Equal("gen-4", completion.Id);
    }

    [Fact]
    public async Task A_non_json_error_body_keeps_a_sanitised_excerpt()
    {
        var (client, handler) = Create();
        handler.Enqueue(() => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html><body>502 Bad Gateway\n cloudflare</body></html>", Encoding.UTF8, "text/html") });

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(502, ex.StatusCode);
        Assert.Null(ex.Error);
        Assert.Contains("502 Bad Gateway  cloudflare", ex.ResponseExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_json_200_body_is_a_protocol_error()
    {
        var (client, handler) = Create();
        handler.Enqueue(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>hello</html>", Encoding.UTF8, "text/html") });

        var ex = await Assert.ThrowsAsync<OpenRouterProtocolException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex.InnerException);
        Assert.Contains("<html>hello", ex.ResponseExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_larger_than_the_bound_is_refused_without_buffering_it_whole()
    {
        var (client, handler) = Create(o => o.MaxResponseBytes = 2048);
        handler.EnqueueJson(HttpStatusCode.OK, "{\"id\":\"gen\",\"pad\":\"" + new string('x', 100_000) + "\"}");

        var ex = await Assert.ThrowsAsync<System.IO.InvalidDataException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Contains("MaxResponseBytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2048", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderation_errors_expose_reasons_and_the_flagged_input()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.Forbidden, """{"error":{"code":403,"message":"Your input was flagged","metadata":{"reasons":["violence","harassment"],"flagged_input":"some...text","provider_name":"OpenAI","model_slug":"openai/gpt-4o"}}}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));

        Assert.Equal(["violence", "harassment"], ex.ModerationReasons);
        Assert.Equal("some...text", ex.FlaggedInput);
        Assert.Contains("violence", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_appears_in_no_exception_text_or_tostring()
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.Unauthorized, "{\"error\":{\"code\":401,\"message\":\"Invalid key " + Secret + "\"}}");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(Request()));
        var options = new OpenRouterClientOptions { ApiKey = Secret };

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("Invalid key [REDACTED]", ex.ErrorMessage);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, options.ToString(), StringComparison.Ordinal);
    }
}


public sealed class ErrorRedactionTests
{
    [Fact]
    public async Task A_key_echoed_in_error_metadata_is_redacted_everywhere_on_the_exception()
    {
        const string secret = "sk-or-v1-echoed-secret-123";
        var handler = new ScriptedHandler();
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = secret, MaxRetries = 0 }, new HttpClient(handler));
        handler.EnqueueJson(HttpStatusCode.InternalServerError, "{\"error\":{\"code\":500,\"message\":\"bad\",\"metadata\":{\"raw\":\"upstream saw key " + secret + "\",\"provider_name\":\"X\",\"headers\":{\"authorization\":\"Bearer " + secret + "\"}}}}");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }));

        Assert.Equal("upstream saw key [REDACTED]", ex.RawProviderError);
        Assert.DoesNotContain(secret, System.Text.Json.JsonSerializer.Serialize(ex.Error, OpenRouter.Serialization.OpenRouterJsonContext.Default.OpenRouterError), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, ex.ToString(), StringComparison.Ordinal);
        Assert.Equal("X", ex.ProviderName);
    }
}

public sealed class RequestOptionsTests
{
    [Fact]
    public async Task Per_call_options_send_openrouter_headers_and_override_the_retry_budget()
    {
        var handler = new ScriptedHandler();
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-x", MaxRetries = 2 }, new HttpClient(handler));
        handler.EnqueueJson(HttpStatusCode.ServiceUnavailable, """{"error":{"code":503,"message":"busy"}}""");
        var options = new OpenRouterRequestOptions
        {
            SessionId = "conversation-42",
            IncludeRouterMetadata = true,
            UseResponseCache = true,
            ResponseCacheTtl = TimeSpan.FromMinutes(10),
            Categories = ["cli-agent", "programming-app"],
            MaxRetries = 0,
        };
        options.Headers["x-anthropic-beta"] = "fine-grained-tool-streaming-2025-05-14";

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(
            new ChatCompletionRequest { Model = "m", Messages = [new ChatCompletionMessage { Role = "user", Content = "hi" }] }, options));

        Assert.Equal(1, ex.Attempts);
        var headers = handler.Requests.Single().Headers;
        Assert.Equal("conversation-42", headers["x-session-id"]);
        Assert.Equal("enabled", headers["X-OpenRouter-Metadata"]);
        Assert.Equal("true", headers["X-OpenRouter-Cache"]);
        Assert.Equal("600", headers["X-OpenRouter-Cache-TTL"]);
        Assert.Equal("cli-agent,programming-app", headers["X-OpenRouter-Categories"]);
        Assert.Equal("fine-grained-tool-streaming-2025-05-14", headers["x-anthropic-beta"]);
    }

    [Fact]
    public void Authorization_cannot_be_overridden_per_call_and_bad_values_are_explained()
    {
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-x" }, new HttpClient(new ScriptedHandler()));
        var request = new ChatCompletionRequest { Model = "m", Messages = [new ChatCompletionMessage { Role = "user", Content = "hi" }] };
        var auth = new OpenRouterRequestOptions();
        auth.Headers["authorization"] = "Bearer other";

        Assert.Contains("ApiKey", Assert.Throws<ArgumentException>(() => client.StreamChatCompletionAsync(request, auth)).Message, StringComparison.Ordinal);
        Assert.Contains("256", Assert.Throws<ArgumentException>(() => client.StreamChatCompletionAsync(request, new OpenRouterRequestOptions { SessionId = new string('s', 300) })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => client.StreamChatCompletionAsync(request, new OpenRouterRequestOptions { MaxRetries = -1 }));
    }
}
