using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OpenRouter.Tests.Serialization.Fixtures;
using OpenRouter.Transport;

namespace OpenRouter.Tests.Serialization;

public class ResponseParsingTests
{
    [Fact]
    public void FullChatCompletion_ParsesEverything()
    {
        var completion = Parse("Responses/chat-completion-full.json", Context.ChatCompletion);

        Assert.Equal("gen-1764031697-vqvW0uz7ouT4gsp3FYqp", completion.Id);
        Assert.Equal("Anthropic", completion.Provider);
        Assert.Equal("anthropic/claude-sonnet-4.5", completion.Model);
        Assert.Equal("chat.completion", completion.ObjectType);
        Assert.Equal(1764031697, completion.Created);
        Assert.Equal(2025, completion.CreatedAt.Year);
        Assert.Equal("fp_e819e3438b", completion.SystemFingerprint);
        Assert.Equal(ServiceTierLevel.Default, completion.ServiceTier);
        Assert.Equal("direct", completion.OpenRouterMetadata!.Value.GetProperty("strategy").GetString());

        var choice = Assert.Single(completion.Choices!);
        Assert.Equal(0, choice.Index);
        Assert.Equal(CompletionFinishReason.ToolCalls, choice.FinishReason);
        Assert.Equal("tool_use", choice.NativeFinishReason);
        var logprob = Assert.Single(choice.Logprobs!.Content!);
        Assert.Equal("Hi", logprob.Token);
        Assert.Equal(-0.01, logprob.Logprob);
        Assert.Equal(new[] { 72, 105 }, logprob.Bytes);
        Assert.Equal(2, logprob.TopLogprobs!.Count);
        Assert.Null(logprob.TopLogprobs[1].Bytes);

        var message = choice.Message!;
        Assert.Equal(MessageRole.Assistant, message.Role);
        Assert.Null(message.Content);
        Assert.Equal("The user wants the weather.", message.Reasoning);
        Assert.Equal(3, message.ReasoningDetails!.Count);
        Assert.Equal("reasoning.text", message.ReasoningDetails[0].Type);
        Assert.Equal("sig-EqQBCkgIARABGAIiQ", message.ReasoningDetails[0].Signature);
        Assert.Equal("anthropic-claude-v1", message.ReasoningDetails[0].Format);
        Assert.Null(message.ReasoningDetails[0].Id);
        Assert.Equal(0, message.ReasoningDetails[0].Index);
        Assert.Equal("gAAAAABo-opaque==", message.ReasoningDetails[1].Data);
        Assert.Equal("reasoning.future_kind", message.ReasoningDetails[2].Type);

        var call = Assert.Single(message.ToolCalls!);
        Assert.Equal("call_abc123", call.Id);
        Assert.Equal("function", call.Type);
        Assert.Equal("get_weather", call.Function!.Name);
        Assert.Equal("{\"city\":\"Paris\"}", call.Function.Arguments);

        Assert.Equal("url_citation", message.Annotations![0].Type);
        var citation = message.Annotations[0].UrlCitation!;
        Assert.Equal("https://example.com/paris", citation.Url);
        Assert.Equal("Paris weather", citation.Title);
        Assert.Equal("Sunny", citation.Content);
        Assert.Equal(100, citation.StartIndex);
        Assert.Equal(200, citation.EndIndex);
        Assert.Equal("abc", message.Annotations[1].File!.Hash);
        Assert.Equal("page 1", message.Annotations[1].File!.Content!.Single().Text);
        Assert.Equal("data:image/png;base64,iVBORw0KGgo=", message.Images!.Single().ImageUrl!.Url);
        Assert.Equal("hello", message.Audio!.Transcript);
        Assert.Equal(1677652400, message.Audio.ExpiresAt);

        var usage = completion.Usage!;
        Assert.Equal(194, usage.PromptTokens);
        Assert.Equal(2, usage.CompletionTokens);
        Assert.Equal(196, usage.TotalTokens);
        Assert.Equal(10, usage.PromptTokensDetails!.CachedTokens);
        Assert.Equal(100, usage.PromptTokensDetails.CacheWriteTokens);
        Assert.Equal(0, usage.PromptTokensDetails.VideoTokens);
        Assert.Equal(5, usage.CompletionTokensDetails!.ReasoningTokens);
        Assert.Equal(1, usage.CompletionTokensDetails.ImageTokens);
        Assert.Equal(2, usage.CompletionTokensDetails.AcceptedPredictionTokens);
        Assert.Equal(3, usage.CompletionTokensDetails.RejectedPredictionTokens);
        Assert.Equal(0.00014m, usage.Cost);
        Assert.False(usage.IsByok);
        Assert.Null(usage.CostDetails!.UpstreamInferenceCost);
        Assert.Equal(0.0001m, usage.CostDetails.UpstreamInferencePromptCost);
        Assert.Equal(0.00004m, usage.CostDetails.UpstreamInferenceCompletionsCost);
        Assert.Equal(1, usage.GetServerToolUse()!.WebSearchRequests);
        Assert.Equal(2, usage.ServerToolUseDetails!.ToolCallsExecuted);

        IOpenRouterResponse response = completion;
        Assert.Equal(completion.Id, response.GenerationId);
        Assert.True(response.HasChoices);
        Assert.Null(response.GetError());
    }

    [Fact]
    public void UnknownFields_ArePreservedAndWrittenBack()
    {
        var completion = Parse("Responses/chat-completion-full.json", Context.ChatCompletion);
        Assert.True(completion.AdditionalProperties!.ContainsKey("brand_new_field"));

        var written = JsonSerializer.Serialize(completion, Context.ChatCompletion);
        var node = JsonNode.Parse(written)!;
        Assert.Equal(1, node["brand_new_field"]!["a"]!.GetValue<int>());

        var models = Parse("Responses/models.json", Context.ModelListResponse);
        Assert.True(models.Data![1].AdditionalProperties!.ContainsKey("future_field"));
        Assert.Contains("\"future_field\":1", JsonSerializer.Serialize(models.Data[1], Context.ModelInfo), System.StringComparison.Ordinal);

        var key = Parse("Responses/key.json", Context.DataEnvelopeKeyInfo).Data!;
        Assert.Equal(1, key.AdditionalProperties!["brand_new_field"].GetProperty("a").GetInt32());
    }

    [Fact]
    public void StreamChunks_ToolCallFragmentsAndUsageChunk()
    {
        var chunks = SseData("Responses/chat-stream-tools.sse").Select(data => JsonSerializer.Deserialize(data, Context.ChatCompletionChunk)!).ToList();
        Assert.Equal(5, chunks.Count);

        var first = chunks[0].Choices!.Single().Delta!.ToolCalls!.Single();
        Assert.Equal(0, first.Index);
        Assert.Equal("call_1", first.Id);
        Assert.Equal("get_weather", first.Function!.Name);
        Assert.Equal(string.Empty, first.Function.Arguments);

        var arguments = string.Concat(chunks.Where(c => c.Choices is { Count: > 0 })
            .SelectMany(c => c.Choices!.SelectMany(ch => ch.Delta?.ToolCalls ?? System.Array.Empty<ChatCompletionToolCall>()))
            .Select(t => t.Function?.Arguments));
        Assert.Equal("{\"city\":\"Paris\"}", arguments);
        Assert.Null(chunks[1].Choices!.Single().Delta!.ToolCalls!.Single().Id);

        Assert.False(((IOpenRouterStreamChunk)chunks[2]).HasFinishReason);
        Assert.True(((IOpenRouterStreamChunk)chunks[3]).HasFinishReason);
        Assert.Equal(CompletionFinishReason.ToolCalls, chunks[3].Choices![0].FinishReason);

        var usageChunk = chunks[4];
        Assert.Empty(usageChunk.Choices!);
        Assert.False(((IOpenRouterResponse)usageChunk).HasChoices);
        Assert.False(((IOpenRouterStreamChunk)usageChunk).HasFinishReason);
        Assert.Equal(1749, usageChunk.Usage!.TotalTokens);
        Assert.Equal(0.0046m, usageChunk.Usage.Cost);
    }

    [Fact]
    public void MidStreamError_WithStringCode()
    {
        var chunk = JsonSerializer.Deserialize(Read("Responses/chunk-error-string-code.json"), Context.ChatCompletionChunk)!;
        var error = ((IOpenRouterResponse)chunk).GetError()!;
        Assert.Equal("server_error", error.Code!.Value.GetString());
        Assert.Equal("Provider disconnected", error.Message);
        Assert.Equal(CompletionFinishReason.Error, chunk.Choices![0].FinishReason);
        Assert.True(((IOpenRouterStreamChunk)chunk).HasFinishReason);
    }

    [Fact]
    public void MidStreamError_WithNumericCode()
    {
        var chunk = JsonSerializer.Deserialize(Read("Responses/chunk-error-numeric-code.json"), Context.ChatCompletionChunk)!;
        var error = ((IOpenRouterResponse)chunk).GetError()!;
        Assert.Equal(429, error.Code!.Value.GetInt32());
        Assert.Equal("rate_limit_exceeded", error.Metadata!["error_type"].GetString());
    }

    [Fact]
    public void ChoiceLevelError_IsFound()
    {
        var json = """{"id":"gen-1","choices":[{"index":0,"message":{"role":"assistant","content":"partial"},"finish_reason":"error","error":{"code":502,"message":"upstream"}}]}""";
        var completion = JsonSerializer.Deserialize(json, Context.ChatCompletion)!;
        Assert.Equal("upstream", ((IOpenRouterResponse)completion).GetError()!.Message);

        var bare = JsonSerializer.Deserialize("""{"error":{"message":"no choices"}}""", Context.ChatCompletionChunk)!;
        Assert.False(((IOpenRouterResponse)bare).HasChoices);
        Assert.Null(bare.Error!.Code);
    }

    [Fact]
    public void LegacyCompletion_ParsesLegacyLogprobs()
    {
        var completion = Parse("Responses/completion-legacy.json", Context.Completion);
        Assert.Equal("text_completion", completion.ObjectType);
        var choice = Assert.Single(completion.Choices!);
        Assert.Equal("7, 11, 13", choice.Text);
        Assert.Equal(CompletionFinishReason.Stop, choice.FinishReason);
        Assert.Equal("stop", choice.NativeFinishReason);
        Assert.Equal(new[] { "7", ",", " 11" }, choice.Logprobs!.Tokens);
        Assert.Equal(new double?[] { -0.1, null, -0.25 }, choice.Logprobs.TokenLogprobs);
        Assert.Equal(-2.5, choice.Logprobs.TopLogprobs![0]!["8"]);
        Assert.Null(choice.Logprobs.TopLogprobs[1]);
        Assert.Equal(new[] { 0, 1, 2 }, choice.Logprobs.TextOffset);
        Assert.Equal(0.00001m, completion.Usage!.Cost);

        var chunk = JsonSerializer.Deserialize("""{"id":"gen-2","choices":[{"index":0,"text":"7","finish_reason":null}]}""", Context.CompletionChunk)!;
        Assert.False(((IOpenRouterStreamChunk)chunk).HasFinishReason);
        Assert.Equal("7", chunk.Choices![0].Text);
    }

    [Fact]
    public void ModelsList_ParsesPricingSentinelAndPagination()
    {
        var list = Parse("Responses/models.json", Context.ModelListResponse);
        Assert.Equal(350, list.TotalCount);
        Assert.Equal("/api/v1/models?offset=2&limit=2", list.Links!.Next);

        var gpt = list.Data![0];
        Assert.Equal("openai/gpt-4.1-2025-04-14", gpt.CanonicalSlug);
        Assert.Equal(1047576, gpt.ContextLength);
        Assert.Equal("text+image->text", gpt.Architecture!.Modality);
        Assert.Equal(0.000002m, gpt.Pricing!.Prompt!.Value.Value);
        Assert.False(gpt.Pricing.Prompt.Value.IsDynamic);
        Assert.True(gpt.Pricing.Request!.Value.IsFree);
        Assert.Equal(0.0000005m, gpt.Pricing.InputCacheRead!.Value.Value);
        Assert.Equal(32768, gpt.TopProvider!.MaxCompletionTokens);
        Assert.True(gpt.TopProvider.IsModerated);
        Assert.Null(gpt.PerRequestLimits);
        Assert.Contains("structured_outputs", gpt.SupportedParameters!);
        Assert.Null(gpt.DefaultParameters!.Temperature);
        Assert.Equal("2024-06-01", gpt.KnowledgeCutoff);
        Assert.Equal("/api/v1/models/openai/gpt-4.1/endpoints", gpt.Links!.Details);

        var auto = list.Data[1];
        Assert.True(auto.Pricing!.Prompt!.Value.IsDynamic);
        Assert.Null(auto.Pricing.Prompt.Value.Value);
        Assert.Equal("-1", auto.Pricing.Prompt.Value.Raw);
        Assert.Null(auto.TopProvider!.ContextLength);
        Assert.Equal(1000, auto.PerRequestLimits!.PromptTokens);
        Assert.Equal(ReasoningEffortLevel.ExtraHigh, auto.Reasoning!.SupportedEfforts![3]);
        Assert.Equal(ReasoningEffortLevel.Medium, auto.Reasoning.DefaultEffort);
        Assert.True(auto.Reasoning.SupportsMaxTokens);
        Assert.Equal("2027-01-01", auto.ExpirationDate);
        Assert.Contains("\"prompt\":\"-1\"", JsonSerializer.Serialize(auto, Context.ModelInfo), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoints_ParseEveryField()
    {
        var endpoints = Parse("Responses/endpoints.json", Context.DataEnvelopeModelEndpoints).Data!;
        Assert.Equal("openai/gpt-4", endpoints.Id);
        Assert.Equal(1692901234, endpoints.Created);
        Assert.Equal("chatml", endpoints.Architecture!.InstructType);
        var first = endpoints.Endpoints![0];
        Assert.Equal("openai/gpt-4", first.ModelId);
        Assert.Equal("GPT-4", first.ModelName);
        Assert.Equal("openai", first.Tag);
        Assert.Equal(4096, first.MaxCompletionTokens);
        Assert.Equal(8192, first.MaxPromptTokens);
        Assert.Equal(Quantization.Fp16, first.Quantization);
        Assert.Equal(-2, first.Status);
        Assert.True(first.SupportsImplicitCaching);
        Assert.Equal(100, first.UptimeLast5m);
        Assert.Equal(99.5, first.UptimeLast30m);
        Assert.Equal(99.8, first.UptimeLast1d);
        Assert.Equal(0.85, first.LatencyLast30m!.P99);
        Assert.Equal(45.2, first.ThroughputLast30m!.P50);
        Assert.Equal(0.000015m, first.Pricing!.InputCacheRead!.Value.Value);
        Assert.False(first.SupportsVoiceCloning);

        var second = endpoints.Endpoints[1];
        Assert.Equal("deepinfra/turbo", second.Tag);
        Assert.Null(second.Quantization);
        Assert.Null(second.LatencyLast30m);
        Assert.Null(second.UptimeLast30m);
    }

    [Fact]
    public void Key_ParsesAllFields()
    {
        var key = Parse("Responses/key.json", Context.DataEnvelopeKeyInfo).Data!;
        Assert.Equal("sk-or-v1-au7...890", key.Label);
        Assert.Equal(100m, key.Limit);
        Assert.Equal(74.5m, key.LimitRemaining);
        Assert.Equal("monthly", key.LimitReset);
        Assert.False(key.IncludeByokInLimit);
        Assert.Equal(25.5m, key.UsageMonthly);
        Assert.Equal(17.38m, key.ByokUsageWeekly);
        Assert.False(key.IsFreeTier);
        Assert.False(key.IsManagementKey);
        Assert.False(key.IsProvisioningKey);
        Assert.Equal("user_2dHFabc", key.CreatorUserId);
        Assert.Equal("2027-12-31T23:59:59Z", key.ExpiresAt);
        Assert.Equal("1h", key.RateLimit!.Interval);
        Assert.Equal((3L, 1000L, 997L), (key.FreeModelDailyRequests!.Used!.Value, key.FreeModelDailyRequests.Limit!.Value, key.FreeModelDailyRequests.Remaining!.Value));
        Assert.Equal(74.5m, key.EffectiveBudget!.RemainingUsd);

        var unlimited = Parse("Responses/key-unlimited.json", Context.DataEnvelopeKeyInfo).Data!;
        Assert.Null(unlimited.Limit);
        Assert.Null(unlimited.LimitRemaining);
        Assert.Equal(1.25m, unlimited.Usage);
        Assert.Equal((12L, 50L, 38L), (unlimited.FreeModelDailyRequests!.Used!.Value, unlimited.FreeModelDailyRequests.Limit!.Value, unlimited.FreeModelDailyRequests.Remaining!.Value));
        Assert.Null(unlimited.EffectiveBudget!.RemainingUsd);

        var older = Parse("Responses/key-provisioned.json", Context.DataEnvelopeKeyInfo).Data!;
        Assert.Null(older.FreeModelDailyRequests);
        Assert.Null(older.EffectiveBudget);
    }

    [Fact]
    public void Credits_ComputeRemaining()
    {
        var credits = Parse("Responses/credits.json", Context.DataEnvelopeCredits).Data!;
        Assert.Equal(100.5m, credits.TotalCredits);
        Assert.Equal(25.75m, credits.TotalUsage);
        Assert.Equal(74.75m, credits.Remaining);
    }

    [Fact]
    public void Generation_ParsesFractionalLatenciesAndProviderResponses()
    {
        var generation = Parse("Responses/generation.json", Context.DataEnvelopeGenerationInfo).Data!;
        Assert.Equal("chatcmpl-123", generation.UpstreamId);
        Assert.Equal(0.0015m, generation.TotalCost);
        Assert.Equal(-0.0002m, generation.CacheDiscount);
        Assert.Null(generation.UpstreamInferenceCost);
        Assert.Equal(1234.56, generation.Latency);
        Assert.Equal(12.5, generation.ModerationLatency);
        Assert.Equal(987.25, generation.GenerationTime);
        Assert.Equal(CompletionFinishReason.Stop, generation.FinishReason);
        Assert.Equal(3, generation.NativeTokensCached);
        Assert.Null(generation.NumMediaPrompt);
        Assert.Equal("completions", generation.ApiType);
        Assert.Equal(2, generation.ProviderResponses!.Count);
        Assert.Equal(429, generation.ProviderResponses[0].Status);
        Assert.Equal(1000.25, generation.ProviderResponses[1].Latency);
        Assert.Equal("default", generation.ProviderResponses[1].RoutedServiceTier);
        Assert.Equal("global", generation.DataRegion);
        Assert.Equal("user-123", generation.ExternalUser);
    }

    [Fact]
    public void LenientReading_StringsNullsUnknownEnumsMissingArrays()
    {
        var json = """{"id":"gen-x","created":"1700000000","choices":[{"index":null,"finish_reason":"brand_new_reason","message":{"role":"assistant","content":"ok"}}],"usage":{"prompt_tokens":"12","completion_tokens":null,"total_tokens":12.0,"cost":"0.0000003"}}""";
        var completion = JsonSerializer.Deserialize(json, Context.ChatCompletion)!;
        Assert.Equal(1700000000, completion.Created);
        Assert.Equal(0, completion.Choices![0].Index);
        Assert.Equal("brand_new_reason", completion.Choices[0].FinishReason!.Value.Value);
        Assert.Equal(12, completion.Usage!.PromptTokens);
        Assert.Equal(0, completion.Usage.CompletionTokens);
        Assert.Equal(12, completion.Usage.TotalTokens);
        Assert.Equal(0.0000003m, completion.Usage.Cost);

        var empty = JsonSerializer.Deserialize("""{"id":"gen-y"}""", Context.ChatCompletion)!;
        Assert.Null(empty.Choices);
        Assert.False(((IOpenRouterResponse)empty).HasChoices);
    }
}
