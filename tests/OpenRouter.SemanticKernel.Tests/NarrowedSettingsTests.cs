using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// Settings Semantic Kernel's <c>ToChatOptions</c> used to narrow reach the chat body as they are (found by
/// <see cref="WireFieldsSettingsTests"/>): every reasoning effort, and a response format in OpenRouter's own shape.
/// </summary>
public sealed class NarrowedSettingsTests
{
    [Theory]
    [InlineData("none", false)]
    [InlineData("minimal", false)]
    [InlineData("max", true)]
    [InlineData("high", true)]
    public async Task Every_reasoning_effort_reaches_the_chat_body(string effort, bool streaming)
    {
        var body = await SendAsync(new OpenRouterPromptExecutionSettings { ReasoningEffort = effort }, streaming);

        Assert.Equal(effort, body["reasoning_effort"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_response_format_in_the_wire_shape_reaches_the_chat_body_as_it_reaches_the_text_body()
    {
        const string format = """{"type":"json_schema","json_schema":{"name":"capital","strict":true,"schema":{"type":"object","properties":{"city":{"type":"string"}}}}}""";
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["response_format"] = JsonDocument.Parse(format).RootElement.Clone() } };

        var chat = await SendAsync(settings, streaming: false);
        var text = await SendTextAsync(settings);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(format), chat["response_format"]), chat["response_format"]?.ToJsonString());
        Assert.True(JsonNode.DeepEquals(text["response_format"], chat["response_format"]), text["response_format"]?.ToJsonString());
    }

    [Fact]
    public async Task A_bare_schema_still_becomes_a_json_schema_format()
    {
        var settings = new OpenRouterPromptExecutionSettings { ResponseFormat = JsonDocument.Parse("""{"type":"object"}""").RootElement.Clone() };

        var body = await SendAsync(settings, streaming: false);

        Assert.Equal("""{"type":"json_schema","json_schema":{"name":"response","schema":{"type":"object"}}}""", body["response_format"]!.ToJsonString());
    }

    [Fact]
    public async Task The_callers_extra_body_is_kept_beside_a_moved_setting()
    {
        var settings = new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object> { ["reasoning_effort"] = "minimal", ["extra_body"] = new Dictionary<string, object> { ["x_custom"] = 1 } },
        };

        var body = await SendAsync(settings, streaming: false);

        Assert.Equal("minimal", body["reasoning_effort"]?.GetValue<string>());
        Assert.Equal(1, body["x_custom"]?.GetValue<int>());
    }

    private static async Task<JsonObject> SendAsync(PromptExecutionSettings settings, bool streaming)
    {
        await using var emulator = OpenRouterEmulator.CreateInProcess();
        var service = new OpenRouterChatCompletionService("openai/gpt-4o-mini", Support.ApiKey, emulator.Endpoint, new HttpClient(emulator.CreateHandler()));
        var history = new ChatHistory();
        history.AddUserMessage("Hello");
        if (streaming)
        {
            await foreach (var update in service.GetStreamingChatMessageContentsAsync(history, settings))
            {
                _ = update;
            }
        }
        else
        {
            await service.GetChatMessageContentsAsync(history, settings);
        }

        return JsonNode.Parse(Assert.Single(emulator.Requests).Body)!.AsObject();
    }

    private static async Task<JsonObject> SendTextAsync(PromptExecutionSettings settings)
    {
        await using var emulator = OpenRouterEmulator.CreateInProcess();
        var service = new OpenRouterTextGenerationService("openai/gpt-3.5-turbo-instruct", Support.ApiKey, emulator.Endpoint, new HttpClient(emulator.CreateHandler()));
        await service.GetTextContentsAsync("Hello", settings);
        return JsonNode.Parse(Assert.Single(emulator.Requests).Body)!.AsObject();
    }
}
