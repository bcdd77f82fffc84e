using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using OpenRouter.Serialization;
using static OpenRouter.Tests.Contract.SpecExamples;

namespace OpenRouter.Tests.Contract;

/// <summary>
/// The spec's own response examples of every operation the client calls parse with our types, keep every value through a
/// parse/serialize round trip, and the key values land in the right typed properties.
/// </summary>
public class ResponseExampleTests
{
    private static OpenRouterJsonContext Context => OpenRouterJsonContext.Default;

    [Fact]
    public void ChatCompletion_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/chat/completions", "post", "200"))
        {
            var completion = ParseAndRoundTrip(label, example, Context.ChatCompletion);

            Assert.Equal(Str(example, "id"), completion.Id);
            Assert.Equal(Str(example, "model"), completion.Model);
            Assert.Equal(Str(example, "object"), completion.ObjectType);
            Assert.Equal(Num(example, "created"), completion.Created);
            Assert.Equal(Str(example, "system_fingerprint"), completion.SystemFingerprint);
            var choices = At(example, "choices");
            Assert.Equal(choices.GetArrayLength(), completion.Choices!.Count);
            for (var i = 0; i < choices.GetArrayLength(); i++)
            {
                var choice = completion.Choices[i];
                Assert.Equal(Num(choices[i], "index"), choice.Index);
                Assert.Equal(Str(choices[i], "finish_reason"), choice.FinishReason?.Value);
                Assert.Equal(Str(choices[i], "message.role"), choice.Message!.Role.Value);
                Assert.Equal(Str(choices[i], "message.content"), choice.Message.Content);
            }

            Assert.Equal(Num(example, "usage.prompt_tokens"), completion.Usage!.PromptTokens);
            Assert.Equal(Num(example, "usage.completion_tokens"), completion.Usage.CompletionTokens);
            Assert.Equal(Num(example, "usage.total_tokens"), completion.Usage.TotalTokens);
        }
    }

    [Fact]
    public void ChatCompletionChunk_Examples_Parse()
    {
        var examples = new List<(string Label, JsonElement Value)>();
        if (OpenApiSpec.Schema("ChatStreamChunk").TryGetProperty("example", out var schemaExample))
        {
            examples.Add(("ChatStreamChunk schema example", schemaExample));
        }

        // The text/event-stream examples wrap one chunk as {"data": chunk} (ChatStreamingResponse).
        examples.AddRange(ForResponse("/chat/completions", "post", "200", "text/event-stream").Select(found => (found.Label + " .data", At(found.Value, "data"))));
        Assert.NotEmpty(examples);

        foreach (var (label, example) in examples)
        {
            var chunk = ParseAndRoundTrip(label, example, Context.ChatCompletionChunk);

            Assert.Equal(Str(example, "id"), chunk.Id);
            Assert.Equal(Str(example, "model"), chunk.Model);
            Assert.Equal(Str(example, "object"), chunk.ObjectType);
            Assert.Equal(Num(example, "created"), chunk.Created);
            var choices = At(example, "choices");
            Assert.Equal(choices.GetArrayLength(), chunk.Choices!.Count);
            for (var i = 0; i < choices.GetArrayLength(); i++)
            {
                Assert.Equal(Num(choices[i], "index"), chunk.Choices[i].Index);
                Assert.Equal(Str(choices[i], "finish_reason"), chunk.Choices[i].FinishReason?.Value);
                Assert.Equal(Str(choices[i], "delta.content"), chunk.Choices[i].Delta!.Content);
                Assert.Equal(Str(choices[i], "delta.role"), chunk.Choices[i].Delta!.Role.Value);
            }
        }
    }

    [Fact]
    public void ChatCompletion_ErrorExamples_Parse()
    {
        var responses = OpenApiSpec.Operation("/chat/completions", "post").GetProperty("responses");
        var statuses = responses.EnumerateObject().Select(response => response.Name).Where(status => !status.StartsWith('2')).ToList();
        Assert.Contains("400", statuses);
        Assert.Contains("429", statuses);

        var parsed = 0;
        foreach (var status in statuses)
        {
            foreach (var (label, example) in ForResponse("/chat/completions", "post", status))
            {
                var body = example.Deserialize(Context.OpenRouterErrorBody);
                Assert.True(body?.Error is not null, $"{label}: no error object parsed.");
                var error = body!.Error!;

                var expectedCode = At(example, "error.code");
                Assert.True(error.Code is { } code && code.GetRawText() == expectedCode.GetRawText(), $"{label}: code {error.Code?.GetRawText()} instead of {expectedCode.GetRawText()}.");
                Assert.Equal(Str(example, "error.message"), error.Message);
                Assert.Equal(int.Parse(status, CultureInfo.InvariantCulture), ErrorDetails.EffectiveStatus(error, httpStatus: null));
                if (Maybe(example, "error.metadata") is { } metadata)
                {
                    Assert.Equal(metadata.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), error.Metadata!.Keys.Order(StringComparer.Ordinal));
                }

                Assert.Equal(Str(example, "user_id"), body.UserId);
                parsed++;
            }
        }

        Assert.True(parsed >= statuses.Count, $"Only {parsed} error examples for {statuses.Count} statuses.");
    }

    [Fact]
    public void ModelList_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/models", "get", "200"))
        {
            var list = ParseAndRoundTrip(label, example, Context.ModelListResponse);

            var data = At(example, "data");
            Assert.Equal(data.GetArrayLength(), list.Data!.Count);
            for (var i = 0; i < data.GetArrayLength(); i++)
            {
                var model = list.Data[i];
                Assert.Equal(Str(data[i], "id"), model.Id);
                Assert.Equal(Str(data[i], "canonical_slug"), model.CanonicalSlug);
                Assert.Equal(Str(data[i], "name"), model.Name);
                Assert.Equal(Num(data[i], "created"), model.Created);
                Assert.Equal(Num(data[i], "context_length"), model.ContextLength);
                Assert.Equal(Str(data[i], "architecture.tokenizer"), model.Architecture?.Tokenizer);
                Assert.Equal(Str(data[i], "pricing.prompt"), model.Pricing?.Prompt?.Raw);
                Assert.Equal(Str(data[i], "pricing.completion"), model.Pricing?.Completion?.Raw);
                Assert.Equal(Num(data[i], "top_provider.max_completion_tokens"), model.TopProvider?.MaxCompletionTokens);
                Assert.Equal(Bool(data[i], "top_provider.is_moderated"), model.TopProvider?.IsModerated);
                Assert.Equal(At(data[i], "supported_parameters").EnumerateArray().Select(p => p.GetString()), model.SupportedParameters!);
            }
        }
    }

    [Fact]
    public void ModelEndpoints_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/models/{author}/{slug}/endpoints", "get", "200"))
        {
            var model = ParseAndRoundTrip(label, example, Context.DataEnvelopeModelEndpoints).Data!;
            var data = At(example, "data");

            Assert.Equal(Str(data, "id"), model.Id);
            Assert.Equal(Str(data, "name"), model.Name);
            Assert.Equal(Num(data, "created"), model.Created);
            Assert.Equal(Str(data, "architecture.modality"), model.Architecture?.Modality);
            var endpoints = At(data, "endpoints");
            Assert.Equal(endpoints.GetArrayLength(), model.Endpoints!.Count);
            for (var i = 0; i < endpoints.GetArrayLength(); i++)
            {
                var endpoint = model.Endpoints[i];
                Assert.Equal(Str(endpoints[i], "name"), endpoint.Name);
                Assert.Equal(Str(endpoints[i], "provider_name"), endpoint.ProviderName);
                Assert.Equal(Num(endpoints[i], "context_length"), endpoint.ContextLength);
                Assert.Equal(Num(endpoints[i], "status"), endpoint.Status);
                Assert.Equal(Str(endpoints[i], "quantization"), endpoint.Quantization?.Value);
                Assert.Equal(Num(endpoints[i], "uptime_last_30m"), (decimal?)endpoint.UptimeLast30m);
                Assert.Equal(Num(endpoints[i], "latency_last_30m.p50"), (decimal?)endpoint.LatencyLast30m?.P50);
                Assert.Equal(Num(endpoints[i], "throughput_last_30m.p99"), (decimal?)endpoint.ThroughputLast30m?.P99);
                Assert.Equal(Str(endpoints[i], "pricing.prompt"), endpoint.Pricing?.Prompt?.Raw);
            }
        }
    }

    [Fact]
    public void Key_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/key", "get", "200"))
        {
            var key = ParseAndRoundTrip(label, example, Context.DataEnvelopeKeyInfo).Data!;
            var data = At(example, "data");

            Assert.Equal(Str(data, "label"), key.Label);
            Assert.Equal(Num(data, "limit"), key.Limit);
            Assert.Equal(Num(data, "limit_remaining"), key.LimitRemaining);
            Assert.Equal(Str(data, "limit_reset"), key.LimitReset);
            Assert.Equal(Num(data, "usage"), key.Usage);
            Assert.Equal(Num(data, "byok_usage_monthly"), key.ByokUsageMonthly);
            Assert.Equal(Bool(data, "is_free_tier"), key.IsFreeTier);
            Assert.Equal(Bool(data, "is_management_key"), key.IsManagementKey);
            Assert.Equal(Str(data, "expires_at"), key.ExpiresAt);
            Assert.Equal(Num(data, "rate_limit.requests"), (decimal?)key.RateLimit?.Requests);
            Assert.Equal(Str(data, "rate_limit.interval"), key.RateLimit?.Interval);
        }
    }

    [Fact]
    public void Credits_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/credits", "get", "200"))
        {
            var credits = ParseAndRoundTrip(label, example, Context.DataEnvelopeCredits).Data!;

            Assert.Equal(Num(example, "data.total_credits"), (decimal?)credits.TotalCredits);
            Assert.Equal(Num(example, "data.total_usage"), (decimal?)credits.TotalUsage);
        }
    }

    [Fact]
    public void Generation_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/generation", "get", "200"))
        {
            var generation = ParseAndRoundTrip(label, example, Context.DataEnvelopeGenerationInfo).Data!;
            var data = At(example, "data");

            Assert.Equal(Str(data, "id"), generation.Id);
            Assert.Equal(Str(data, "model"), generation.Model);
            Assert.Equal(Str(data, "upstream_id"), generation.UpstreamId);
            Assert.Equal(Num(data, "total_cost"), generation.TotalCost);
            Assert.Equal(Num(data, "usage"), generation.Usage);
            Assert.Equal(Num(data, "app_id"), generation.AppId);
            Assert.Equal(Num(data, "latency"), (decimal?)generation.Latency);
            Assert.Equal(Num(data, "tokens_prompt"), generation.TokensPrompt);
            Assert.Equal(Num(data, "native_tokens_completion"), generation.NativeTokensCompletion);
            Assert.Equal(Str(data, "provider_name"), generation.ProviderName);
            Assert.Equal(Str(data, "finish_reason"), generation.FinishReason?.Value);
            Assert.Equal(Bool(data, "streamed"), generation.Streamed);
            Assert.Equal(Str(data, "created_at"), generation.CreatedAt);
        }
    }
}
