using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

public sealed class ResponseMappingTests
{
    private const string Completion = """
    {
      "id": "gen-1764031697-abc", "provider": "Anthropic", "model": "anthropic/claude-sonnet-4.5", "object": "chat.completion",
      "created": 1764031697, "system_fingerprint": "fp_1", "service_tier": "default",
      "choices": [{
        "index": 0, "finish_reason": "tool_calls", "native_finish_reason": "tool_use",
        "message": {
          "role": "assistant", "content": "Paris is sunny.",
          "reasoning": "Need weather.",
          "reasoning_details": [{"type":"reasoning.text","text":"Need weather.","signature":"sig","format":"anthropic-claude-v1","index":0}],
          "tool_calls": [
            {"id":"call_a","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
            {"id":"","type":"function","function":{"name":"get_time","arguments":""}}
          ],
          "annotations": [{"type":"url_citation","url_citation":{"url":"https://example.org/w","title":"Weather","content":"sunny","start_index":0,"end_index":5}}],
          "refusal": null
        }
      }],
      "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120,
                "prompt_tokens_details": {"cached_tokens": 60, "cache_write_tokens": 10},
                "completion_tokens_details": {"reasoning_tokens": 8},
                "cost": 0.00123, "is_byok": false, "cost_details": {"upstream_inference_cost": null}}
    }
    """;

    [Fact]
    public async Task A_completion_maps_to_a_full_fidelity_chat_response()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Json(200, Completion));

        var response = await h.ChatClient.GetResponseAsync("What's the weather?");

        Assert.Equal("gen-1764031697-abc", response.ResponseId);
        Assert.Equal("anthropic/claude-sonnet-4.5", response.ModelId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764031697), response.CreatedAt);
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
        Assert.Null(response.ConversationId);
        Assert.IsType<ChatCompletion>(response.RawRepresentation);

        var message = Assert.Single(response.Messages);
        Assert.Equal(ChatRole.Assistant, message.Role);
        Assert.Equal("gen-1764031697-abc", message.MessageId);
        Assert.NotNull(message.RawRepresentation);
        var reasoning = Assert.IsType<TextReasoningContent>(message.Contents[0]);
        Assert.Equal("Need weather.", reasoning.Text);
        Assert.Equal("""[{"type":"reasoning.text","text":"Need weather.","signature":"sig","format":"anthropic-claude-v1","index":0}]""", reasoning.ProtectedData);
        var text = Assert.IsType<TextContent>(message.Contents[1]);
        Assert.Equal("Paris is sunny.", text.Text);
        var citation = Assert.IsType<CitationAnnotation>(Assert.Single(text.Annotations!));
        Assert.Equal("Weather", citation.Title);
        Assert.Equal(new Uri("https://example.org/w"), citation.Url);
        Assert.Equal(5, Assert.IsType<TextSpanAnnotatedRegion>(Assert.Single(citation.AnnotatedRegions!)).EndIndex);

        var calls = message.Contents.OfType<FunctionCallContent>().ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal("call_a", calls[0].CallId);
        Assert.Equal("Paris", calls[0].Arguments!["city"]?.ToString());
        Assert.StartsWith("call_", calls[1].CallId, StringComparison.Ordinal);
        Assert.True(calls[1].CallId.Length > 10);
        Assert.Empty(calls[1].Arguments!);
        Assert.All(calls, c => Assert.NotNull(c.RawRepresentation));

        var usage = response.Usage!;
        Assert.Equal(100, usage.InputTokenCount);
        Assert.Equal(20, usage.OutputTokenCount);
        Assert.Equal(120, usage.TotalTokenCount);
        Assert.Equal(60, usage.CachedInputTokenCount);
        Assert.Equal(8, usage.ReasoningTokenCount);
        Assert.Equal(10, usage.AdditionalCounts![OpenRouterUsageKeys.CacheWriteInputTokens]);

        Assert.Equal("Anthropic", response.AdditionalProperties![OpenRouterPropertyNames.Provider]);
        Assert.Equal("tool_use", response.AdditionalProperties[OpenRouterPropertyNames.NativeFinishReason]);
        Assert.Equal("gen-1764031697-abc", response.AdditionalProperties[OpenRouterPropertyNames.GenerationId]);
        Assert.Equal(0.00123m, response.AdditionalProperties[OpenRouterPropertyNames.Cost]);
        Assert.Equal("Anthropic", message.AdditionalProperties![OpenRouterPropertyNames.Provider]);
    }

    [Theory]
    [InlineData("stop", "stop")]
    [InlineData("length", "length")]
    [InlineData("tool_calls", "tool_calls")]
    [InlineData("function_call", "tool_calls")]
    [InlineData("content_filter", "content_filter")]
    [InlineData("error", "error")]
    [InlineData("brand_new_reason", "brand_new_reason")]
    public async Task Finish_reasons_are_mapped_and_unknown_values_kept(string wire, string expected)
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Json(200, $$$"""{"id":"gen-1","model":"m","created":1,"choices":[{"index":0,"finish_reason":"{{{wire}}}","message":{"role":"assistant","content":"x"}}]}"""));

        var response = await h.ChatClient.GetResponseAsync("hi");

        Assert.Equal(expected, response.FinishReason?.Value);
    }

    [Fact]
    public async Task A_refusal_becomes_error_content()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Json(200, """{"id":"gen-1","model":"m","created":1,"choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":null,"refusal":"I can't help with that."}}]}"""));

        var response = await h.ChatClient.GetResponseAsync("hi");

        var error = Assert.IsType<ErrorContent>(Assert.Single(response.Messages[0].Contents));
        Assert.Equal("Refusal", error.ErrorCode);
        Assert.Equal("I can't help with that.", error.Message);
    }

    [Fact]
    public async Task Errors_surface_as_the_cores_exception()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Error(429, "Rate limited", """{"provider_name":"OpenAI"}""", new Dictionary<string, string> { ["Retry-After"] = "90" }));

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => h.ChatClient.GetResponseAsync("hi"));

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(90), ex.RetryAfter);
        Assert.Equal("OpenAI", ex.ProviderName);
        Assert.DoesNotContain(Harness.Key, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_service_returns_metadata_the_core_client_and_itself()
    {
        await using var h = new Harness();
        var pipeline = h.ChatClient.AsBuilder().UseFunctionInvocation().Build();

        var metadata = pipeline.GetService<ChatClientMetadata>()!;
        Assert.Equal("openrouter", metadata.ProviderName);
        Assert.Equal(h.Emulator.Endpoint, metadata.ProviderUri);
        Assert.Equal("openai/gpt-4o-mini", metadata.DefaultModelId);
        Assert.Same(h.Client, pipeline.GetService<OpenRouterClient>());
        Assert.Same(h.ChatClient, h.ChatClient.GetService<IChatClient>());
        Assert.Null(h.ChatClient.GetService(typeof(ChatClientMetadata), "some-key"));
        Assert.Throws<ArgumentNullException>(() => h.ChatClient.GetService(null!));

        // The core client is one call away: models, key, credits, generation.
        var models = await pipeline.GetService<OpenRouterClient>()!.ListModelsAsync();
        Assert.NotEmpty(models);
    }

    [Fact]
    public async Task Disposing_the_chat_client_leaves_the_core_client_usable()
    {
        await using var h = new Harness();
        h.ChatClient.Dispose();

        var response = await h.Client.CreateChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("hi")] });

        Assert.NotNull(response.Id);
    }
}
