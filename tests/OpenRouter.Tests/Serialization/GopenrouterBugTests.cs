using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OpenRouter.Tests.Serialization.Fixtures;

namespace OpenRouter.Tests.Serialization;

/// <summary>One test per gopenrouter 0.4.0 wire-type bug listed in api-reference section 10.2.</summary>
public class GopenrouterBugTests
{
    [Fact]
    public void Gopenrouter_Bug1_EffortValuesAreLowercase()
    {
        var efforts = new[] { ReasoningEffortLevel.None, ReasoningEffortLevel.Minimal, ReasoningEffortLevel.Low, ReasoningEffortLevel.Medium, ReasoningEffortLevel.High, ReasoningEffortLevel.ExtraHigh, ReasoningEffortLevel.Max };
        var written = efforts.Select(e => JsonNode.Parse(JsonSerializer.Serialize(new ReasoningConfig { Effort = e }, Context.ReasoningConfig))!["effort"]!.GetValue<string>()).ToArray();
        Assert.Equal(new[] { "none", "minimal", "low", "medium", "high", "xhigh", "max" }, written);

        var request = new ChatCompletionRequest { ReasoningEffort = ReasoningEffortLevel.Low };
        Assert.Contains("\"reasoning_effort\":\"low\"", JsonSerializer.Serialize(request, Context.ChatCompletionRequest), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Gopenrouter_Bug2_UsageIsWrittenAsInclude()
    {
        var json = JsonSerializer.Serialize(new ChatCompletionRequest { Usage = new UsageAccountingOptions { Include = true } }, Context.ChatCompletionRequest);
        AssertJsonEqual("""{"usage":{"include":true}}""", json);
        var legacy = JsonSerializer.Serialize(new CompletionRequest { Usage = new UsageAccountingOptions { Include = true } }, Context.CompletionRequest);
        AssertJsonEqual("""{"usage":{"include":true}}""", legacy);
    }

    [Fact]
    public void Gopenrouter_Bug8_LegacyLogprobsShapeAndIntegerRequestLogprobs()
    {
        var completion = Parse("Responses/completion-legacy.json", Context.Completion);
        var logprobs = completion.Choices![0].Logprobs!;
        Assert.Equal(3, logprobs.Tokens!.Count);
        Assert.Equal(-0.1, logprobs.TokenLogprobs![0]);
        Assert.Equal(-0.1, logprobs.TopLogprobs![0]!["7"]);
        Assert.Equal(2, logprobs.TextOffset![2]);

        var json = JsonSerializer.Serialize(new CompletionRequest { Prompt = "x", Logprobs = 2 }, Context.CompletionRequest);
        Assert.Equal(JsonValueKind.Number, JsonNode.Parse(json)!["logprobs"]!.GetValueKind());
    }

    [Fact]
    public void Gopenrouter_Bug9_GenerationLatenciesAreFractional()
    {
        var generation = JsonSerializer.Deserialize("""{"data":{"id":"gen-1","latency":12.75,"moderation_latency":0.5,"generation_time":1000.125,"native_tokens_cached":4,"upstream_inference_cost":0.002,"api_type":"completions","router":"openrouter/auto","provider_responses":[]}}""", Context.DataEnvelopeGenerationInfo)!.Data!;
        Assert.Equal(12.75, generation.Latency);
        Assert.Equal(0.5, generation.ModerationLatency);
        Assert.Equal(1000.125, generation.GenerationTime);
        Assert.Equal(4, generation.NativeTokensCached);
        Assert.Equal(0.002m, generation.UpstreamInferenceCost);
        Assert.Equal("openrouter/auto", generation.Router);
        Assert.Empty(generation.ProviderResponses!);
    }

    [Theory]
    [InlineData("""{"error":{"code":"server_error","message":"m"}}""", JsonValueKind.String)]
    [InlineData("""{"error":{"code":503,"message":"m"}}""", JsonValueKind.Number)]
    [InlineData("""{"error":{"message":"m","availability":{"code":"no_endpoints"}}}""", JsonValueKind.Undefined)]
    public void Gopenrouter_Bug10_ErrorCodeStringNumberOrAbsentParses(string json, JsonValueKind kind)
    {
        var chunk = JsonSerializer.Deserialize(json, Context.ChatCompletionChunk)!;
        Assert.Equal("m", chunk.Error!.Message);
        Assert.Equal(kind, chunk.Error.Code?.ValueKind ?? JsonValueKind.Undefined);
    }

    [Fact]
    public void Gopenrouter_Bug11_EndpointFieldsAreKept()
    {
        var endpoint = Parse("Responses/endpoints.json", Context.DataEnvelopeModelEndpoints).Data!.Endpoints![0];
        Assert.Equal("openai", endpoint.Tag);
        Assert.Equal(Quantization.Fp16, endpoint.Quantization);
        Assert.Equal(4096, endpoint.MaxCompletionTokens);
        Assert.Equal(8192, endpoint.MaxPromptTokens);
        Assert.Equal(-2, endpoint.Status);
        Assert.Equal(100, endpoint.UptimeLast5m);
        Assert.Equal(0.25, endpoint.LatencyLast30m!.P50);
        Assert.Equal(15.1, endpoint.ThroughputLast30m!.P99);
        Assert.True(endpoint.SupportsImplicitCaching);
        Assert.Equal("openai/gpt-4", endpoint.ModelId);
        Assert.Equal("GPT-4", endpoint.ModelName);
        Assert.NotNull(endpoint.Pricing!.InputCacheRead);
    }

    [Fact]
    public void Gopenrouter_Bug12_ModelFieldsAndPaginationAreKept()
    {
        var list = Parse("Responses/models.json", Context.ModelListResponse);
        Assert.Equal(350, list.TotalCount);
        Assert.NotNull(list.Links!.Next);
        Assert.Equal("openai/gpt-4.1-2025-04-14", list.Data![0].CanonicalSlug);
        Assert.NotNull(list.Data[0].DefaultParameters);
        Assert.NotNull(list.Data[0].Links);
        Assert.NotNull(list.Data[1].Reasoning);
        Assert.Equal("2027-01-01", list.Data[1].ExpirationDate);
        Assert.Equal(500, list.Data[1].PerRequestLimits!.CompletionTokens);

        var query = new ModelListQuery { OutputModalities = new[] { "image", "text" }, Limit = 2, Offset = 2 };
        Assert.Equal("?output_modalities=image%2Ctext&offset=2&limit=2", query.ToQueryString());
    }

    [Fact]
    public void Gopenrouter_Bug13_UsageCostFieldsAreKept()
    {
        var usage = Parse("Responses/chat-completion-full.json", Context.ChatCompletion).Usage!;
        Assert.Equal(0.00014m, usage.Cost);
        Assert.False(usage.IsByok);
        Assert.NotNull(usage.CostDetails);
        Assert.Equal(100, usage.PromptTokensDetails!.CacheWriteTokens);
        Assert.Equal(0, usage.PromptTokensDetails.AudioTokens);
        Assert.Equal(1, usage.CompletionTokensDetails!.ImageTokens);
        Assert.Equal(0, usage.CompletionTokensDetails.AudioTokens);

        var alt = JsonSerializer.Deserialize("""{"server_tool_use":{"web_search_requests":2}}""", Context.TokenUsage)!;
        Assert.Equal(2, alt.GetServerToolUse()!.WebSearchRequests);
    }
}
