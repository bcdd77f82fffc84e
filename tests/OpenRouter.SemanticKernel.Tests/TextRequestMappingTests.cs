using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.TextGeneration;
using OpenRouter.SemanticKernel;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>How settings become a text completions request.</summary>
public sealed class TextRequestMappingTests
{
    [Fact]
    public void Every_setting_is_mapped()
    {
        var request = TextRequestMapper.Create("p", new OpenRouterPromptExecutionSettings
        {
            ModelId = "override/model",
            FrequencyPenalty = 0.1,
            PresencePenalty = 0.2,
            TopP = 0.9,
            TopA = 0.3,
            Logprobs = true,
            TopLogprobs = 3,
            ReasoningEffort = "low",
            Metadata = new Dictionary<string, string> { ["team"] = "a" },
            Preset = "fast",
            LogitBias = new Dictionary<string, double> { ["1"] = 2 },
        }, "default/model");

        Assert.Equal("override/model", request.Model);
        Assert.Equal(0.1, request.FrequencyPenalty);
        Assert.Equal(0.2, request.PresencePenalty);
        Assert.Equal(0.9, request.TopP);
        Assert.Equal(0.3, request.TopA);
        Assert.Equal(3, request.Logprobs);
        Assert.Equal("low", request.Reasoning!.Effort!.Value.Value);
        Assert.Equal("a", request.Metadata!["team"]);
        Assert.Equal("fast", request.Preset);
        Assert.Equal(2, request.LogitBias!["1"]);
        Assert.Equal("default/model", TextRequestMapper.Create("p", new OpenRouterPromptExecutionSettings(), "default/model").Model);
    }

    [Theory]
    [InlineData("\"text\"", "text", null)]
    [InlineData("\"json_object\"", "json_object", null)]
    [InlineData("""{"type":"object","properties":{"a":{"type":"string"}}}""", "json_schema", "response")]
    [InlineData("""{"type":"json_schema","json_schema":{"name":"capital","strict":true,"schema":{"type":"object"}}}""", "json_schema", "capital")]
    public void Response_formats_are_mapped(string json, string type, string? schemaName)
    {
        var format = TextRequestMapper.ToResponseFormat(JsonDocument.Parse(json).RootElement)!;
        Assert.Equal(type, format.Type);
        Assert.Equal(schemaName, format.JsonSchema?.Name);
    }

    [Fact]
    public void An_unknown_response_format_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => TextRequestMapper.ToResponseFormat("yaml"));
    }

    [Fact]
    public async Task The_text_service_honours_the_model_override_and_works_without_a_kernel()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Completion("42"));
        ITextGenerationService text = new OpenRouterTextGenerationService("default/model", Support.ApiKey, emulator.Endpoint);

        var result = await text.GetTextContentAsync("6*7=", new PromptExecutionSettings { ModelId = "other/model", ExtensionData = new Dictionary<string, object> { ["max_tokens"] = 2 } });

        Assert.Equal("42", result.Text);
        Assert.Equal("other/model", result.ModelId);
        var body = Assert.Single(emulator.Requests).Json!.Value;
        Assert.Equal("other/model", body.Text("model"));
        Assert.Equal(2, body.GetProperty("max_tokens").GetInt32());
    }
}
