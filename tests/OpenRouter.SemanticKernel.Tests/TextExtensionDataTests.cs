using System.Text.Json.Nodes;
using Microsoft.SemanticKernel;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// Completions fields without a typed setting reach the text body from a prompt template's settings under their wire
/// names, as they reach the chat body (found by <see cref="WireFieldsTextSettingsTests"/>: they were dropped).
/// </summary>
public sealed class TextExtensionDataTests
{
    [Fact]
    public async Task Untyped_completions_fields_in_a_template_reach_the_text_body()
    {
        var settings = PromptTemplateConfig.FromJson("""
            {
              "template": "Say hi",
              "execution_settings": {
                "default": {
                  "model": "meta-llama/llama-3.1-8b-instruct",
                  "echo": true, "suffix": "!", "n": 2, "best_of": 3, "include_reasoning": false,
                  "usage": { "include": true }, "trace": { "trace_id": "t-1" }, "temperature": 0.5
                }
              }
            }
            """).ExecutionSettings["default"];

        var body = await SendTextAsync(settings);

        Assert.Equal(
            """{"model":"meta-llama/llama-3.1-8b-instruct","prompt":"Hello","temperature":0.5,"echo":true,"suffix":"!","n":2,"best_of":3,"include_reasoning":false,"usage":{"include":true},"trace":{"trace_id":"t-1"}}""",
            body.ToJsonString());
    }

    [Fact]
    public async Task The_model_id_wins_over_a_model_in_extension_data()
    {
        var settings = new PromptExecutionSettings { ModelId = "openai/gpt-3.5-turbo-instruct", ExtensionData = new Dictionary<string, object> { ["model"] = "other/model" } };

        var body = await SendTextAsync(settings);

        Assert.Equal("openai/gpt-3.5-turbo-instruct", body["model"]!.GetValue<string>());
    }

    private static async Task<JsonObject> SendTextAsync(PromptExecutionSettings settings)
    {
        await using var emulator = OpenRouterEmulator.CreateInProcess();
        var service = new OpenRouterTextGenerationService("default/model", Support.ApiKey, emulator.Endpoint, new HttpClient(emulator.CreateHandler()));
        await service.GetTextContentsAsync("Hello", settings);
        return JsonNode.Parse(Assert.Single(emulator.Requests).Body)!.AsObject();
    }
}
