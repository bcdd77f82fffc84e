using System.Text;
using System.Text.Json.Nodes;
using OpenRouter.Testing;
using OpenRouter.Tests.Serialization;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.EndToEnd;

/// <summary>The core client against the offline emulator over real loopback HTTP.</summary>
public sealed class EmulatorEndToEndTests : IAsyncLifetime
{
    private const string Key = "sk-or-v1-e2e-sentinel-0123456789";
    private OpenRouterEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = Key });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private OpenRouterClient Client(Action<OpenRouterClientOptions>? configure = null)
    {
        var options = new OpenRouterClientOptions
        {
            ApiKey = Key,
            Endpoint = _emulator.Endpoint,
            AppUrl = "https://example.org/my-app",
            AppTitle = "E2E Tests",
        };
        configure?.Invoke(options);
        return new OpenRouterClient(options);
    }

    private static void AssertBodyMatches(string fixture, RecordedRequest request, bool streamed)
    {
        var expected = JsonNode.Parse(Fixtures.Read(fixture))!.AsObject();
        if (streamed)
        {
            expected["stream"] = true;
        }

        JsonAssert.DeepEqual(expected, JsonNode.Parse(request.Body), $"Request body differs from {fixture}.");
    }

    private static void AssertStandardHeaders(RecordedRequest request, string accept)
    {
        Assert.Equal("Bearer " + Key, request.Headers["Authorization"]);
        Assert.Equal("https://example.org/my-app", request.Headers["HTTP-Referer"]);
        Assert.Equal("E2E Tests", request.Headers["X-OpenRouter-Title"]);
        Assert.Equal("E2E Tests", request.Headers["X-Title"]);
        Assert.StartsWith("OpenRouter.NET/", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal(accept, request.Headers["Accept"]);
    }

    [Fact]
    public async Task Chat_completion_sends_the_exact_request_json_and_parses_the_answer()
    {
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.Chat("Paris.", reasoning: "Capital question.", promptTokens: 12, completionTokens: 3, cost: 0.00042m, provider: "Anthropic", nativeFinishReason: "end_turn"));

        var completion = await client.CreateChatCompletionAsync(TestRequests.FullChat());

        var recorded = Assert.Single(_emulator.Requests);
        Assert.Equal("POST", recorded.Method);
        Assert.Equal("chat/completions", recorded.Path);
        Assert.StartsWith("application/json", recorded.Headers["Content-Type"], StringComparison.Ordinal);
        AssertStandardHeaders(recorded, "application/json");
        AssertBodyMatches("Requests/chat-full.json", recorded, streamed: false);

        var choice = Assert.Single(completion.Choices!);
        Assert.Equal("Paris.", choice.Message!.Content);
        Assert.Equal("Capital question.", choice.Message.Reasoning);
        Assert.Equal(CompletionFinishReason.Stop, choice.FinishReason);
        Assert.Equal("end_turn", choice.NativeFinishReason);
        Assert.Equal("Anthropic", completion.Provider);
        Assert.Equal(recorded.GenerationId, completion.Id);
        Assert.Equal(15, completion.Usage!.TotalTokens);
        Assert.Equal(0.00042m, completion.Usage.Cost);
    }

    [Fact]
    public async Task Streamed_chat_sends_stream_true_and_reassembles_reasoning_text_tool_calls_and_usage()
    {
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.Chat(
            "Checking the weather.",
            reasoning: "The user wants weather for Paris.",
            toolCalls: [new EmulatorToolCall("call_7", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}")],
            cost: 0.001m));

        var text = new StringBuilder();
        var reasoning = new StringBuilder();
        var arguments = new StringBuilder();
        string? callId = null;
        CompletionFinishReason? finish = null;
        TokenUsage? usage = null;
        var sawTextBeforeReasoningEnded = false;
        await foreach (var chunk in client.StreamChatCompletionAsync(TestRequests.FullChat()))
        {
            usage ??= chunk.Usage;
            foreach (var choice in chunk.Choices ?? [])
            {
                if (!string.IsNullOrEmpty(choice.Delta?.Reasoning) && text.Length > 0)
                {
                    sawTextBeforeReasoningEnded = true;
                }

                text.Append(choice.Delta?.Content);
                reasoning.Append(choice.Delta?.Reasoning);
                foreach (var call in choice.Delta?.ToolCalls ?? [])
                {
                    callId ??= call.Id;
                    arguments.Append(call.Function?.Arguments);
                }

                finish ??= choice.FinishReason;
            }
        }

        var recorded = Assert.Single(_emulator.Requests);
        AssertStandardHeaders(recorded, "text/event-stream");
        AssertBodyMatches("Requests/chat-full.json", recorded, streamed: true);
        Assert.Equal("Checking the weather.", text.ToString());
        Assert.Equal("The user wants weather for Paris.", reasoning.ToString());
        Assert.False(sawTextBeforeReasoningEnded);
        Assert.Equal("call_7", callId);
        Assert.Equal("{\"city\":\"Paris\",\"unit\":\"celsius\"}", arguments.ToString());
        Assert.Equal(CompletionFinishReason.ToolCalls, finish);
        Assert.NotNull(usage);
        Assert.Equal(0.001m, usage.Cost);
    }

    [Fact]
    public async Task Legacy_completions_stream_and_not_with_the_exact_request_json()
    {
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.Completion("7, 11, 13"));
        _emulator.Enqueue(EmulatorResponse.Completion("17, 19"));

        var whole = await client.CreateCompletionAsync(TestRequests.FullCompletion());
        var streamed = new StringBuilder();
        await foreach (var chunk in client.StreamCompletionAsync(TestRequests.FullCompletion()))
        {
            streamed.Append(chunk.Choices?.FirstOrDefault()?.Text);
        }

        Assert.Equal("7, 11, 13", whole.Choices![0].Text);
        Assert.Equal("17, 19", streamed.ToString());
        Assert.All(_emulator.Requests, r => Assert.Equal("completions", r.Path));
        AssertBodyMatches("Requests/completion-full.json", _emulator.Requests[0], streamed: false);
        AssertBodyMatches("Requests/completion-full.json", _emulator.Requests[1], streamed: true);
    }

    [Fact]
    public async Task Key_reports_todays_free_model_requests_and_the_effective_budget_typed()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { TotalCredits = 5m, KeyLimit = 1m });
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Key, Endpoint = emulator.Endpoint });
        emulator.Enqueue(EmulatorResponse.Chat("free", model: "meta-llama/llama-3.3-70b-instruct:free", cost: 0m));
        emulator.Enqueue(EmulatorResponse.Chat("paid", cost: 0.25m));
        await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "openai/gpt-4o-mini", Messages = [ChatCompletionMessage.User("hi")] });
        await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "openai/gpt-4o-mini", Messages = [ChatCompletionMessage.User("hi")] });

        var key = await client.GetKeyAsync();

        Assert.Equal((1L, 50L, 49L), (key.FreeModelDailyRequests!.Used!.Value, key.FreeModelDailyRequests.Limit!.Value, key.FreeModelDailyRequests.Remaining!.Value));
        Assert.Equal(0.75m, key.EffectiveBudget!.RemainingUsd);
        Assert.Equal(0.75m, key.LimitRemaining);
    }

    [Fact]
    public async Task Models_endpoints_key_credits_and_generation_use_their_paths_and_parse()
    {
        using var client = Client();

        var textModels = await client.ListModelsAsync();
        var imageModels = await client.ListModelsAsync(new ModelListQuery { OutputModalities = ["image"], SupportedParameters = ["tools"] });
        var first = textModels[0];
        var (author, slug) = (first.Id!.Split('/')[0], first.Id.Split('/')[1]);
        var endpoints = await client.ListModelEndpointsAsync(author, slug);
        var key = await client.GetKeyAsync();
        var credits = await client.GetCreditsAsync();
        var completion = await client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = first.Id, Messages = [ChatCompletionMessage.User("hello")] });
        var generation = await client.GetGenerationAsync(completion.Id!);

        Assert.NotEmpty(textModels);
        Assert.All(textModels, m => Assert.Contains("text", m.Architecture!.OutputModalities!));
        Assert.All(imageModels, m => Assert.Contains("image", m.Architecture!.OutputModalities!));
        Assert.Equal(first.Id, endpoints.Id);
        Assert.NotEmpty(endpoints.Endpoints!);
        Assert.NotNull(key.Label);
        Assert.Equal(100m, credits.TotalCredits);
        Assert.Equal(completion.Id, generation.Id);

        var requests = _emulator.Requests;
        Assert.Equal(("GET", "models", (string?)null), (requests[0].Method, requests[0].Path, NullIfEmpty(requests[0].QueryString)));
        Assert.Equal("models", requests[1].Path);
        Assert.Contains("output_modalities=image", requests[1].QueryString, StringComparison.Ordinal);
        Assert.Contains("supported_parameters=tools", requests[1].QueryString, StringComparison.Ordinal);
        Assert.Equal($"models/{author}/{slug}/endpoints", requests[2].Path);
        Assert.Equal("key", requests[3].Path);
        Assert.Equal("credits", requests[4].Path);
        Assert.Equal("generation", requests[6].Path);
        Assert.Equal("?id=" + completion.Id, requests[6].QueryString);
        Assert.All(requests.Where(r => r.Method == "GET"), r => AssertStandardHeaders(r, "application/json"));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    [Fact]
    public async Task Unknown_model_endpoints_is_a_typed_404()
    {
        using var client = Client();

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.ListModelEndpointsAsync("nobody", "nothing"));

        Assert.Equal(404, ex.StatusCode);
        Assert.False(string.IsNullOrEmpty(ex.ErrorMessage));
    }

    [Fact]
    public async Task A_wrong_key_is_a_401_whose_texts_hold_no_key_material()
    {
        using var client = Client(o => o.ApiKey = "sk-or-v1-wrong-key-material");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }));

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal(1, ex.Attempts);
        Assert.DoesNotContain("wrong-key-material", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retries_over_loopback_wait_as_the_server_asks_then_succeed()
    {
        var time = new SteppingTime();
        using var client = Client(o =>
        {
            o.TimeProvider = time;
            o.JitterSource = () => 0.5;
        });
        _emulator.Enqueue(EmulatorResponse.Error(429, "Rate limited", headers: new Dictionary<string, string> { ["Retry-After"] = "2" }));
        _emulator.Enqueue(EmulatorResponse.ResetBeforeHeaders());
        _emulator.Enqueue(EmulatorResponse.Chat("third time lucky"));

        var completion = await time.RunAsync(client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }));

        Assert.Equal("third time lucky", completion.Choices![0].Message!.Content);
        Assert.Equal(3, _emulator.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(2) + TimeSpan.FromSeconds(1), time.GetUtcNow() - new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Errors_with_status_200_mid_stream_errors_and_truncation_surface_as_typed_exceptions()
    {
        using var client = Client(o => o.MaxRetries = 0);
        var request = new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] };
        _emulator.Enqueue(EmulatorResponse.ErrorWithStatus200(502, "Provider returned error", """{"provider_name":"Crucible","raw":"{\"error\":{\"message\":\"at most 1 image\"}}"}"""));
        _emulator.Enqueue(EmulatorResponse.MidStreamError("Partial", 502, "Provider disconnected", """{"provider_name":"OpenAI"}"""));
        _emulator.Enqueue(EmulatorResponse.TruncatedStream("cut short"));

        var status200 = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(request));
        var partial = new StringBuilder();
        var midStream = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var chunk in client.StreamChatCompletionAsync(request))
            {
                partial.Append(chunk.Choices?.FirstOrDefault()?.Delta?.Content);
            }
        });
        var truncated = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var _ in client.StreamChatCompletionAsync(request))
            {
            }
        });

        Assert.Equal(502, status200.StatusCode);
        Assert.Equal("at most 1 image", status200.ProviderMessage);
        Assert.Equal("Crucible", status200.ProviderName);
        Assert.Equal("Partial", partial.ToString());
        Assert.Equal(StreamFailureKind.ServerError, midStream.Kind);
        Assert.Equal("OpenAI", midStream.ProviderName);
        Assert.Equal(StreamFailureKind.Truncated, truncated.Kind);
    }

    [Fact]
    public async Task A_reset_mid_stream_is_a_connection_lost_error_and_not_retried()
    {
        using var client = Client();
        _emulator.Enqueue(EmulatorResponse.ResetAfterEvents(2, "one two three four five six"));
        var seen = 0;

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(async () =>
        {
            await foreach (var _ in client.StreamChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }))
            {
                seen++;
            }
        });

        Assert.Equal(StreamFailureKind.ConnectionLost, ex.Kind);
        Assert.Equal(2, seen);
        Assert.Equal(2, ex.EventsReceived);
        Assert.Single(_emulator.Requests);
    }

    [Fact]
    public async Task A_gateway_html_page_is_kept_as_an_excerpt()
    {
        using var client = Client(o => o.MaxRetries = 0);
        _emulator.Enqueue(EmulatorResponse.Raw(502, "text/html", "<html><body>Bad gateway</body></html>"));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }));

        Assert.Equal(502, ex.StatusCode);
        Assert.Contains("Bad gateway", ex.ResponseExcerpt, StringComparison.Ordinal);
    }
}

/// <summary>Wall-clock bounds over loopback, run alone; each is measured up to three times (a fresh emulator and stalled response each time) and holds when one measurement is within it.</summary>
[Collection(TimingCollection.Name)]
public sealed class EmulatorCancellationTests
{
    [Fact]
    public Task Cancelling_mid_stream_closes_the_connection_and_the_server_sees_it_within_100_ms() =>
        WallClock.WithinBudgetAsync(TimeSpan.FromMilliseconds(100), async () =>
        {
            await using var emulator = await OpenRouterEmulator.StartAsync();
            using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-cancel", Endpoint = emulator.Endpoint });
            emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 1));
            using var cts = new CancellationTokenSource();
            DateTimeOffset cancelledAt = default;

            var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in client.StreamChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }, cts.Token))
                {
                    cancelledAt = DateTimeOffset.UtcNow;
                    await cts.CancelAsync();
                }
            });

            var abandoned = await emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(5));
            Assert.Equal(cts.Token, ex.CancellationToken);
            Assert.NotNull(abandoned.AbortedAt);
            Assert.Single(emulator.Requests);
            return abandoned.AbortedAt.Value - cancelledAt;
        });

    [Fact]
    public Task Breaking_out_of_a_stream_releases_the_connection() =>
        WallClock.WithinBudgetAsync(TimeSpan.FromMilliseconds(100), async () =>
        {
            await using var emulator = await OpenRouterEmulator.StartAsync();
            using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-break", Endpoint = emulator.Endpoint });
            emulator.Enqueue(EmulatorResponse.Stall(eventsBeforeStall: 2));
            var breakAt = default(DateTimeOffset);

            await foreach (var _ in client.StreamChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }))
            {
                breakAt = DateTimeOffset.UtcNow;
                break;
            }

            var abandoned = await emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(5));
            return abandoned.AbortedAt!.Value - breakAt;
        });
}
