using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.SemanticKernel;
using OpenRouter.Testing;
using FunctionCallContent = Microsoft.SemanticKernel.FunctionCallContent;
using FunctionResultContent = Microsoft.SemanticKernel.FunctionResultContent;
using StreamingTextContent = Microsoft.SemanticKernel.StreamingTextContent;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// A streamed call that cannot invoke kernel functions bypasses the IChatClient bridge and streams from the core chunks.
/// These tests pin that it sends the same request and yields, item by item, what the bridge path yielded for the same
/// stream (replayed byte for byte): text, tool calls, metadata, <c>InnerContent</c>, the chat history it extends; and
/// that calls which offer kernel functions still go through the function-invoking bridge.
/// </summary>
public sealed class NativeStreamingTests : IAsyncLifetime
{
    private const string Model = "openai/gpt-4o-mini";
    private OpenRouterEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await OpenRouterEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Text_and_reasoning_match_the_bridge_path()
    {
        var sse = await RecordAsync(EmulatorResponse.Chat("Paris is the capital of France, \"of course\".\nYes.", reasoning: "The user asks about France. Easy.", cost: 0.0021m, model: "openai/gpt-4o-mini-2024", provider: "OpenAI", cachedTokens: 3));

        var (bridged, native) = await CompareAsync(sse, NewHistory, settings: null, kernel: null);

        Assert.Equal("Paris is the capital of France, \"of course\".\nYes.", string.Concat(native.Updates.Select(u => u.Content)));
        Assert.Equal("The user asks about France. Easy.", string.Concat(native.Updates.Select(u => u.Metadata?.TryGetValue(OpenRouterMetadataKeys.Reasoning, out var r) == true ? (string?)r : null)));
        Assert.Contains(native.Updates, u => u.Metadata?.ContainsKey(OpenRouterMetadataKeys.ReasoningDetails) == true);
        Assert.All(native.Updates, u => Assert.IsType<ChatCompletionChunk>(u.InnerContent));
        Assert.All(native.Updates, u => Assert.Equal("openai/gpt-4o-mini-2024", u.ModelId));
        var usage = Assert.Single(native.Updates, u => u.Metadata?.ContainsKey(OpenRouterMetadataKeys.Usage) == true);
        Assert.Equal(3, Assert.IsType<UsageDetails>(usage.Metadata![OpenRouterMetadataKeys.Usage]).CachedInputTokenCount);
        Assert.Equal(0.0021m, usage.Metadata[OpenRouterMetadataKeys.Cost]);
        Assert.Equal(0.0021m, usage.Metadata[OpenRouterPropertyNamesCost]);

        // Streamed reasoning details make the bridge path close with an empty update; the native path does too.
        Assert.Empty(native.Updates[^1].Items);
        Assert.Same(native.Updates[^2].InnerContent, native.Updates[^1].InnerContent);
        Assert.Equal(bridged.History.Count, native.History.Count);
    }

    [Fact]
    public async Task Parallel_tool_calls_match_the_bridge_path_and_extend_the_history_the_same_way()
    {
        var sse = await RecordAsync(EmulatorResponse.Chat("Let me check both.", toolCalls:
        [
            new EmulatorToolCall("call_a", "get_weather", "{\"city\": \"Paris\", \"unit\": \"c\"}"),
            new EmulatorToolCall("call_b", "get_time", "{\"zone\":\"Europe/Oslo\",\"note\":\"caf\\u00e9 \\\"x\\\"\"}"),
        ], cost: 0.003m));

        var (bridged, native) = await CompareAsync(sse, NewHistory, settings: null, kernel: null);

        var closing = native.Updates[^1];
        var calls = closing.Items.OfType<StreamingFunctionCallUpdateContent>().ToList();
        Assert.Equal(["call_a", "call_b"], calls.Select(c => c.CallId));
        Assert.Equal(["get_weather", "get_time"], calls.Select(c => c.Name));
        Assert.Equal([0, 1], calls.Select(c => c.FunctionCallIndex));
        Assert.Equal("{\"city\": \"Paris\", \"unit\": \"c\"}", calls[0].Arguments);

        // SK's builder turns them into two whole calls; the bridge numbered every call 0, so it made one call of the two.
        var builder = new FunctionCallContentBuilder();
        foreach (var update in native.Updates)
        {
            builder.Append(update);
        }

        var built = builder.Build();
        Assert.Equal(["call_a", "call_b"], built.Select(c => c.Id));
        var merged = new FunctionCallContentBuilder();
        foreach (var update in bridged.Updates)
        {
            merged.Append(update);
        }

        Assert.Equal(["call_b"], merged.Build().Select(c => c.Id));
        Assert.Equal("Paris", built[0].Arguments!["city"]!.ToString());
        Assert.Equal("café \"x\"", built[1].Arguments!["note"]!.ToString());

        // One assistant message per call, after the user's message.
        Assert.Equal(3, native.History.Count);
        Assert.All(native.History.Skip(1), m => Assert.Equal(AuthorRole.Assistant, m.Role));
        Assert.Equal(["call_a", "call_b"], native.History.Skip(1).Select(m => Assert.Single(m.Items.OfType<FunctionCallContent>()).Id));
    }

    [Fact]
    public async Task Kernel_with_function_choice_none_sends_the_same_request_and_gets_the_unoffered_call_back()
    {
        var sse = await RecordAsync(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "Weather_get_weather", "{\"city\":\"Oslo\"}")]));
        var plugin = new WeatherPlugin();
        var kernel = Support.BuildKernel(b => b.Plugins.AddFromObject(plugin, "Weather"));
        var settings = new OpenRouterPromptExecutionSettings
        {
            FunctionChoiceBehavior = FunctionChoiceBehavior.None(),
            Temperature = 0.3,
            MaxTokens = 200,
            TopK = 40,
            ChatSystemPrompt = "Be brief.",
            Provider = new ProviderPreferences { Order = ["openai"], AllowFallbacks = false },
            Reasoning = new ReasoningConfig { MaxTokens = 64 },
            Models = ["openai/gpt-4o-mini", "anthropic/claude-haiku-4.5"],
            ExtensionData = new Dictionary<string, object> { ["min_p"] = 0.1, ["session_id"] = "s-1" },
        };

        var (_, native) = await CompareAsync(sse, () =>
        {
            var history = new ChatHistory("You are a weather bot.");
            history.AddUserMessage("Weather in Oslo?");
            history.AddAssistantMessage("Which city?");
            history.AddUserMessage("Oslo.");
            return history;
        }, settings, kernel);

        var body = _emulator.Body(_emulator.Requests.Count - 1);
        Assert.Equal("none", body.Text("tool_choice"));
        Assert.Equal("Weather_get_weather", body.GetProperty("tools")[0].GetProperty("function").Text("name"));
        Assert.Equal("openai", body.GetProperty("provider").GetProperty("order")[0].GetString());
        Assert.Empty(plugin.Cities);
        Assert.Equal("Weather_get_weather", Assert.Single(native.Updates[^1].Items.OfType<StreamingFunctionCallUpdateContent>()).Name);
    }

    [Fact]
    public async Task Content_parts_refusal_citations_late_provider_and_several_choices_match_the_bridge_path()
    {
        static string Chunk(string choices, string? provider = null, string? usage = null) =>
            "data: {\"id\":\"gen-fixed-1\",\"object\":\"chat.completion.chunk\",\"created\":1764200000,\"model\":\"openai/gpt-4o\""
            + (provider is null ? string.Empty : ",\"provider\":\"" + provider + "\"")
            + ",\"choices\":" + choices + (usage is null ? string.Empty : ",\"usage\":" + usage) + "}\n\n";

        var sse = new StringBuilder()
            .Append(": OPENROUTER PROCESSING\n\n")
            .Append(Chunk("[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]"))
            .Append(Chunk("[{\"index\":0,\"delta\":{\"content\":[{\"type\":\"text\",\"text\":\"Part one. \"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\"}},{\"type\":\"text\",\"text\":\"Part two.\"}]}}]", provider: "Azure"))
            .Append(Chunk("[{\"index\":0,\"delta\":{\"content\":\"A\"}},{\"index\":1,\"delta\":{\"content\":\"B\"}}]"))
            .Append(Chunk("[{\"index\":0,\"delta\":{\"refusal\":\"I won't.\"}}]"))
            .Append(Chunk("[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":\"\"}}]}}]"))
            .Append(Chunk("[{\"index\":0,\"delta\":{\"annotations\":[{\"type\":\"url_citation\",\"url_citation\":{\"url\":\"https://example.com\",\"title\":\"Example\",\"start_index\":0,\"end_index\":4}}]}}]"))
            .Append(Chunk("[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\",\"native_finish_reason\":\"end_turn\"}]"))
            .Append(Chunk("[]", usage: "{\"prompt_tokens\":5,\"completion_tokens\":7,\"total_tokens\":12,\"cost\":0.5,\"is_byok\":true,\"cost_details\":{\"upstream_inference_cost\":0.4}}"))
            .Append("data: [DONE]\n\n")
            .ToString();

        var (_, native) = await CompareAsync(sse, NewHistory, settings: new PromptExecutionSettings { ModelId = "openai/gpt-4o" }, kernel: null);

        Assert.Equal(["Part one. ", "Part two."], native.Updates[1].Items.OfType<StreamingTextContent>().Select(t => t.Text));
        Assert.Equal("Azure", native.Updates[1].Metadata!["provider"]);
        Assert.Equal(["A", "B"], native.Updates[2].Items.OfType<StreamingTextContent>().Select(t => t.Text));
        var citation = Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<CitationAnnotation>>(native.Updates[5].Metadata![OpenRouterMetadataKeys.Citations]));
        Assert.Equal(new Uri("https://example.com"), citation.Url);
        Assert.Equal("Example", citation.Title);
        Assert.Equal("end_turn", native.Updates[6].Metadata![OpenRouterMetadataKeys.NativeFinishReason]);
        Assert.Equal(true, native.Updates[7].Metadata!["is_byok"]);

        // The closing update: the call without an id got one made up; its empty arguments are an empty object.
        var call = Assert.Single(native.Updates[^1].Items.OfType<StreamingFunctionCallUpdateContent>());
        Assert.StartsWith("call_", call.CallId);
        Assert.Equal("{}", call.Arguments);
        Assert.Equal(call.CallId, Assert.Single(native.History[^1].Items.OfType<FunctionCallContent>()).Id);
        Assert.Equal(string.Empty, Assert.Single(native.Updates[^1].Items.OfType<StreamingTextContent>()).Text);
    }

    [Fact]
    public async Task The_function_invoking_path_yields_the_same_updates_when_the_model_calls_nothing()
    {
        var sse = await RecordAsync(EmulatorResponse.Chat("Sunny, I think.", reasoning: "No tool needed.", cost: 0.001m, provider: "OpenAI"));
        var plugin = new WeatherPlugin();
        var kernel = Support.BuildKernel(b => b.Plugins.AddFromObject(plugin, "Weather"));
        var service = NewService();

        _emulator.Enqueue(EmulatorResponse.Sse(sse));
        var offering = await DrainAsync(service, NewHistory(), new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel);
        _emulator.Enqueue(EmulatorResponse.Sse(sse));
        var plain = await DrainAsync(service, NewHistory(), settings: null, kernel: null);

        AssertSameUpdates(offering.Updates, plain.Updates);
        Assert.Equal(offering.History.Count, plain.History.Count);
        Assert.Empty(plugin.Cities);
    }

    [Fact]
    public async Task A_call_that_offers_kernel_functions_still_invokes_them_through_the_bridge()
    {
        var plugin = new WeatherPlugin();
        var kernel = Support.BuildKernel(b => b.Plugins.AddFromObject(plugin, "Weather"));
        var service = NewService();
        var toolCall = EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "Weather_get_weather", "{\"city\":\"Paris\"}")]);

        _emulator.Enqueue(toolCall);
        _emulator.Enqueue(EmulatorResponse.Chat("Sunny in Paris."));
        var offered = await DrainAsync(service, NewHistory(), new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel);

        _emulator.Enqueue(toolCall);
        var notOffered = await DrainAsync(service, NewHistory(), new OpenRouterPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.None() }, kernel);

        Assert.Equal(["Paris"], plugin.Cities);
        Assert.Equal(3, _emulator.Requests.Count);
        Assert.Equal("Sunny in Paris.", string.Concat(offered.Updates.Select(u => u.Content)));
        Assert.Contains(offered.History, m => m.Items.OfType<FunctionResultContent>().Any());
        Assert.Equal("{\"city\":\"Paris\"}", Assert.Single(notOffered.Updates[^1].Items.OfType<StreamingFunctionCallUpdateContent>()).Arguments);
        Assert.DoesNotContain(notOffered.History, m => m.Items.OfType<FunctionResultContent>().Any());
    }

    [Fact]
    public async Task Settings_errors_surface_on_the_first_move_like_the_bridge()
    {
        var service = NewService();
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["provider"] = "not an object" } };

        var stream = service.GetStreamingChatMessageContentsAsync(NewHistory(), settings);

        await Assert.ThrowsAsync<ArgumentException>(async () => await stream.GetAsyncEnumerator().MoveNextAsync());
        Assert.Empty(_emulator.Requests);
    }

    private const string OpenRouterPropertyNamesCost = "cost";

    private static ChatHistory NewHistory()
    {
        var history = new ChatHistory();
        history.AddUserMessage("What's the weather like?");
        return history;
    }

    private OpenRouterChatCompletionService NewService() =>
        new(new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Support.ApiKey, Endpoint = _emulator.Endpoint }), Model);

    /// <summary>The SSE body the emulator sends for <paramref name="script"/>, to replay byte for byte on every path.</summary>
    private async Task<string> RecordAsync(EmulatorResponse script)
    {
        _emulator.Enqueue(script);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_emulator.Endpoint, "chat/completions"))
        {
            Content = new StringContent("{\"model\":\"" + Model + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Support.ApiKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Streams <paramref name="sse"/> through the bridge path as it was before the native path (the stock bridge plus our
    /// metadata step), then through the service, and asserts the same request and the same updates and history.
    /// </summary>
    private async Task<(Result Bridged, Result Native)> CompareAsync(string sse, Func<ChatHistory> history, PromptExecutionSettings? settings, Kernel? kernel)
    {
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = Support.ApiKey, Endpoint = _emulator.Endpoint });
        var before = _emulator.Requests.Count;

        _emulator.Enqueue(EmulatorResponse.Sse(sse));
        var bridged = await BridgePathAsync(client, history(), settings, kernel);
        _emulator.Enqueue(EmulatorResponse.Sse(sse));
        var native = await DrainAsync(new OpenRouterChatCompletionService(client, Model), history(), settings, kernel);

        Assert.Equal(before + 2, _emulator.Requests.Count);
        Assert.Equal(_emulator.Requests[before].Body, _emulator.Requests[before + 1].Body);
        AssertSameUpdates(bridged.Updates, native.Updates, nativeNumbersCalls: true);
        AssertSameHistory(bridged.History, native.History);
        return (bridged, native);
    }

    /// <summary>What the service's plain streaming path did before it streamed from chunks.</summary>
    private static async Task<Result> BridgePathAsync(OpenRouterClient client, ChatHistory history, PromptExecutionSettings? settings, Kernel? kernel)
    {
        // The service's bridge sends kernel functions with their standard schema (KernelToolSchemas), as its native path does.
        var bridge = new KernelToolSchemas(client.AsIChatClient(Model)).AsChatCompletionService();
        var modelId = string.IsNullOrWhiteSpace(settings?.ModelId) ? Model : settings!.ModelId!;
        var forBridge = settings is null ? null : SettingsJson.ToBaseSettings(OpenRouterPromptExecutionSettings.FromExecutionSettings(settings));
        var updates = new List<StreamingChatMessageContent>();
        object? previous = null;
        var first = true;
        var identity = new StreamIdentity();
        decimal? totalCost = null;
        await foreach (var update in bridge.GetStreamingChatMessageContentsAsync(history, forBridge, kernel))
        {
            var repeats = update.InnerContent is not null && ReferenceEquals(update.InnerContent, previous);
            ContentMetadata.Enrich(update, repeats, first && update.InnerContent is ChatCompletionChunk, modelId, identity);
            ContentMetadata.AddRunningTotal(update, ref totalCost);
            first &= update.InnerContent is not ChatCompletionChunk;
            previous = update.InnerContent ?? previous;
            updates.Add(update);
        }

        return new Result(updates, history);
    }

    private static async Task<Result> DrainAsync(IChatCompletionService service, ChatHistory history, PromptExecutionSettings? settings, Kernel? kernel)
    {
        var updates = new List<StreamingChatMessageContent>();
        await foreach (var update in service.GetStreamingChatMessageContentsAsync(history, settings, kernel))
        {
            updates.Add(update);
        }

        return new Result(updates, history);
    }

    private static void AssertSameUpdates(IReadOnlyList<StreamingChatMessageContent> expected, IReadOnlyList<StreamingChatMessageContent> actual, bool nativeNumbersCalls = false)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            var at = $"update {i}";
            Assert.True(e.Role == a.Role, at);
            Assert.True(e.ModelId == a.ModelId, at);
            Assert.True(e.ChoiceIndex == a.ChoiceIndex, at);
            Assert.True(e.AuthorName == a.AuthorName, at);
            Assert.True(e.Content == a.Content, at);
            AssertSameInner(e.InnerContent, a.InnerContent, at);
            if (i > 0)
            {
                Assert.True(ReferenceEquals(expected[i - 1].InnerContent, e.InnerContent) == ReferenceEquals(actual[i - 1].InnerContent, a.InnerContent), at + ": repeats the previous chunk");
            }

            AssertSameMetadata(e.Metadata, a.Metadata, at);
            Assert.True(e.Items.Count == a.Items.Count, at + ": item count");
            var calls = 0;
            for (var j = 0; j < e.Items.Count; j++)
            {
                var (ei, ai) = (e.Items[j], a.Items[j]);
                var where = $"{at}, item {j}";
                Assert.True(ei.GetType() == ai.GetType(), where);
                Assert.True(ei.ModelId == ai.ModelId, where);
                Assert.True(ei.ChoiceIndex == ai.ChoiceIndex, where);
                AssertSameInner(ei.InnerContent, ai.InnerContent, where);
                AssertSameMetadata(ei.Metadata, ai.Metadata, where);
                switch (ei)
                {
                    case StreamingTextContent text:
                        Assert.True(text.Text == ((StreamingTextContent)ai).Text, where);
                        break;
                    case StreamingFunctionCallUpdateContent call:
                        var other = (StreamingFunctionCallUpdateContent)ai;
                        Assert.True(call.CallId == other.CallId || (call.CallId!.StartsWith("call_", StringComparison.Ordinal) && other.CallId!.StartsWith("call_", StringComparison.Ordinal)), where);
                        Assert.True(call.Name == other.Name, where);
                        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(call.Arguments!), JsonNode.Parse(other.Arguments!)), where + ": arguments");

                        // The bridge numbers every call 0; the native path numbers them in order.
                        Assert.True(other.FunctionCallIndex == (nativeNumbersCalls ? calls : call.FunctionCallIndex), where + ": index");
                        calls++;
                        break;
                }
            }
        }
    }

    private static void AssertSameInner(object? expected, object? actual, string at)
    {
        Assert.True(expected?.GetType() == actual?.GetType(), at + ": InnerContent type");
        if (expected is ChatCompletionChunk e && actual is ChatCompletionChunk a)
        {
            Assert.True(e.Id == a.Id && e.Created == a.Created && e.Choices?.Count == a.Choices?.Count && e.Usage?.TotalTokens == a.Usage?.TotalTokens, at + ": InnerContent chunk");
        }
    }

    private static void AssertSameMetadata(IReadOnlyDictionary<string, object?>? expected, IReadOnlyDictionary<string, object?>? actual, string at)
    {
        Assert.True(expected is null == actual is null, at + ": metadata presence");
        if (expected is null || actual is null)
        {
            return;
        }

        Assert.True(expected.Keys.OrderBy(k => k, StringComparer.Ordinal).SequenceEqual(actual.Keys.OrderBy(k => k, StringComparer.Ordinal)), $"{at}: metadata keys [{string.Join(", ", expected.Keys)}] vs [{string.Join(", ", actual.Keys)}]");
        foreach (var (key, value) in expected)
        {
            var other = actual[key];
            if (value is UsageDetails usage)
            {
                var otherUsage = Assert.IsType<UsageDetails>(other);
                Assert.True(JsonSerializer.Serialize(usage, AIJsonUtilities.DefaultOptions) == JsonSerializer.Serialize(otherUsage, AIJsonUtilities.DefaultOptions), $"{at}: {key}");
            }
            else if (value is IReadOnlyList<CitationAnnotation> citations)
            {
                var otherCitations = Assert.IsAssignableFrom<IReadOnlyList<CitationAnnotation>>(other);
                Assert.True(JsonSerializer.Serialize(citations, AIJsonUtilities.DefaultOptions) == JsonSerializer.Serialize(otherCitations, AIJsonUtilities.DefaultOptions), $"{at}: {key}");
            }
            else
            {
                Assert.True(Equals(value, other), $"{at}: {key} = {value} vs {other}");
            }
        }
    }

    private static void AssertSameHistory(ChatHistory expected, ChatHistory actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal(e.Role, a.Role);
            Assert.Equal(e.Content, a.Content);
            Assert.Equal(e.ModelId, a.ModelId);
            Assert.Equal(e.InnerContent?.GetType(), a.InnerContent?.GetType());
            AssertSameMetadata(e.Metadata, a.Metadata, $"history {i}");
            Assert.Equal(e.Items.Select(x => x.GetType()), a.Items.Select(x => x.GetType()));
            foreach (var (ec, ac) in e.Items.OfType<FunctionCallContent>().Zip(a.Items.OfType<FunctionCallContent>()))
            {
                Assert.Equal(ec.FunctionName, ac.FunctionName);
                Assert.Equal(ec.PluginName, ac.PluginName);
                Assert.True(ec.Id == ac.Id || (ec.Id!.StartsWith("call_", StringComparison.Ordinal) && ac.Id!.StartsWith("call_", StringComparison.Ordinal)));
                Assert.Equal(ec.Arguments?.Select(p => $"{p.Key}={p.Value}"), ac.Arguments?.Select(p => $"{p.Key}={p.Value}"));
            }
        }
    }

    private sealed record Result(List<StreamingChatMessageContent> Updates, ChatHistory History);
}
