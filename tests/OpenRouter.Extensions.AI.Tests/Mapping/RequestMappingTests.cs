using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

public sealed class RequestMappingTests
{
    private static readonly ChatMessage[] s_hello = [new(ChatRole.User, "Hello")];

    [Fact]
    public async Task Every_typed_chat_options_field_reaches_the_wire()
    {
        await using var h = new Harness();
        var schema = JsonDocument.Parse("""{"type":"object","properties":{"answer":{"type":"number"}},"required":["answer"]}""").RootElement;
        var options = new ChatOptions
        {
            ModelId = "anthropic/claude-sonnet-4.5",
            Instructions = "Be terse.",
            Temperature = 0.7f,
            TopP = 0.9f,
            TopK = 40,
            MaxOutputTokens = 300,
            FrequencyPenalty = 0.1f,
            PresencePenalty = -0.2f,
            Seed = 42,
            StopSequences = ["END", "STOP"],
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, "math answer!", "The answer"),
            Tools = [AIFunctionFactory.Create((string city) => "sunny", "get_weather", "Gets the weather")],
            ToolMode = ChatToolMode.RequireSpecific("get_weather"),
            AllowMultipleToolCalls = false,
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.ExtraHigh, Output = ReasoningOutput.None },
            AdditionalProperties = new() { ["strict"] = true },
        };

        await h.ChatClient.GetResponseAsync(s_hello, options);

        Harness.AssertJson("""
        {
          "model": "anthropic/claude-sonnet-4.5",
          "messages": [{"role":"system","content":"Be terse."},{"role":"user","content":"Hello"}],
          "max_tokens": 300,
          "temperature": 0.7,
          "top_p": 0.9,
          "top_k": 40,
          "frequency_penalty": 0.1,
          "presence_penalty": -0.2,
          "seed": 42,
          "stop": ["END","STOP"],
          "response_format": {"type":"json_schema","json_schema":{"name":"math_answer_","description":"The answer","strict":true,"schema":{"type":"object","properties":{"answer":{"type":"number"}},"required":["answer"]}}},
          "tools": [{"type":"function","function":{"name":"get_weather","description":"Gets the weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]},"strict":true}}],
          "tool_choice": {"type":"function","function":{"name":"get_weather"}},
          "parallel_tool_calls": false,
          "reasoning": {"effort":"xhigh","exclude":true}
        }
        """, h.LastBody);
    }

    [Theory]
    [InlineData("auto", "\"auto\"")]
    [InlineData("none", "\"none\"")]
    [InlineData("required", "\"required\"")]
    public async Task Tool_modes_map_to_tool_choice(string mode, string expected)
    {
        await using var h = new Harness();
        ChatToolMode toolMode = mode switch { "auto" => ChatToolMode.Auto, "none" => ChatToolMode.None, _ => ChatToolMode.RequireAny };

        await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { Tools = [AIFunctionFactory.Create(() => 1, "one")], ToolMode = toolMode, AllowMultipleToolCalls = true });

        Harness.AssertJson(expected, h.LastBody["tool_choice"]);
        Assert.True(h.LastBody["parallel_tool_calls"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Without_tools_no_tool_choice_or_parallel_flag_is_sent_and_unset_options_are_omitted()
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { ToolMode = ChatToolMode.RequireAny, AllowMultipleToolCalls = true });

        Harness.AssertJson("""{"model":"openai/gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]}""", h.LastBody);
    }

    [Fact]
    public async Task Text_and_json_response_formats()
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { ResponseFormat = ChatResponseFormat.Text });
        Harness.AssertJson("""{"type":"text"}""", h.LastBody["response_format"]);
        await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { ResponseFormat = ChatResponseFormat.Json });
        Harness.AssertJson("""{"type":"json_object"}""", h.LastBody["response_format"]);
    }

    [Theory]
    [InlineData(ReasoningEffort.None, "none")]
    [InlineData(ReasoningEffort.Low, "low")]
    [InlineData(ReasoningEffort.Medium, "medium")]
    [InlineData(ReasoningEffort.High, "high")]
    [InlineData(ReasoningEffort.ExtraHigh, "xhigh")]
    public async Task Reasoning_effort_maps_to_lowercase_wire_values(ReasoningEffort effort, string wire)
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { Reasoning = new ReasoningOptions { Effort = effort, Output = ReasoningOutput.Summary } });

        Harness.AssertJson($$"""{"effort":"{{wire}}","summary":"auto"}""", h.LastBody["reasoning"]);
    }

    [Fact]
    public async Task Model_id_overrides_the_default_and_no_model_anywhere_fails_before_any_call()
    {
        await using var h = new Harness(defaultModel: null);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => h.ChatClient.GetResponseAsync(s_hello));
        Assert.Contains("ModelId", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => h.ChatClient.GetStreamingResponseAsync(s_hello));
        Assert.Empty(h.Emulator.Requests);

        await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { ModelId = "x-ai/grok-4" });
        Assert.Equal("x-ai/grok-4", h.LastBody["model"]!.GetValue<string>());
    }

    private const string RoutingJson = """
        {"provider":{"order":["anthropic","openai"],"allow_fallbacks":false,"sort":{"by":"throughput","partition":"none"}},
         "models":["openai/gpt-4o","google/gemini-2.5-pro"],
         "transforms":["middle-out"],
         "plugins":[{"id":"file-parser","pdf":{"engine":"pdf-text"}}],
         "min_p":0.05,"top_a":0.2,"repetition_penalty":1.1,"logit_bias":{"50256":-100},"logprobs":true,"top_logprobs":3,
         "user":"user-7","session_id":"chat-42","reasoning":{"max_tokens":2000},
         "stop_server_tools_when":[{"type":"step_count_is","step_count":3}]}
        """;

    public static TheoryData<string> AdditionalPropertyForms => ["typed", "dictionaries", "json-elements", "after-json-round-trip"];

    [Theory]
    [MemberData(nameof(AdditionalPropertyForms))]
    public async Task OpenRouter_settings_in_additional_properties_reach_the_wire_in_every_value_form(string form)
    {
        await using var h = new Harness();
        var expected = JsonNode.Parse(RoutingJson)!.AsObject();
        var properties = new AdditionalPropertiesDictionary();
        foreach (var field in expected)
        {
            properties[field.Key] = JsonSerializer.SerializeToElement(field.Value);
        }

        if (form == "typed")
        {
            properties["provider"] = new ProviderPreferences { Order = ["anthropic", "openai"], AllowFallbacks = false, Sort = new ProviderSort { By = ProviderSortBy.Throughput, Partition = ProviderSortPartition.None } };
            properties["models"] = new[] { "openai/gpt-4o", "google/gemini-2.5-pro" };
            properties["plugins"] = new List<ChatPlugin> { ChatPlugin.FileParser("pdf-text") };
            properties["min_p"] = 0.05f;
            properties["top_logprobs"] = 3;
            properties["logprobs"] = true;
            properties["reasoning"] = new ReasoningConfig { MaxTokens = 2000 };
        }
        else if (form == "dictionaries")
        {
            properties["provider"] = new Dictionary<string, object?> { ["order"] = new List<object?> { "anthropic", "openai" }, ["allow_fallbacks"] = false, ["sort"] = new Dictionary<string, object?> { ["by"] = "throughput", ["partition"] = "none" } };
            properties["logit_bias"] = new Dictionary<string, double> { ["50256"] = -100 };
            properties["models"] = new List<string> { "openai/gpt-4o", "google/gemini-2.5-pro" }.Select(m => m); // a lazy enumerable, as Semantic Kernel passes
            properties["repetition_penalty"] = 1.1;
        }

        var options = new ChatOptions { AdditionalProperties = properties };
        if (form == "after-json-round-trip")
        {
            var json = JsonSerializer.Serialize(options, AIJsonUtilities.DefaultOptions);
            options = JsonSerializer.Deserialize<ChatOptions>(json, AIJsonUtilities.DefaultOptions)!;
            Assert.IsType<JsonElement>(options.AdditionalProperties!["provider"]);
        }

        await h.ChatClient.GetResponseAsync(s_hello, options);

        var body = h.LastBody;
        foreach (var field in expected)
        {
            Assert.True(JsonNode.DeepEquals(field.Value, body[field.Key]), $"{form}: {field.Key} was {body[field.Key]?.ToJsonString()}, expected {field.Value?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Typed_helpers_write_the_same_wire_fields()
    {
        await using var h = new Harness();
        var options = new ChatOptions()
            .WithProviderPreferences(new ProviderPreferences { Only = ["openai"], DataCollection = DataCollectionPolicy.Deny, Zdr = true })
            .WithFallbackModels("openai/gpt-4o", "anthropic/claude-haiku-4.5")
            .WithReasoning(new ReasoningConfig { Effort = ReasoningEffortLevel.High, Exclude = false })
            .WithPlugins(ChatPlugin.ResponseHealing())
            .WithWebSearch(new WebSearchToolParameters { MaxResults = 2 })
            .WithOpenRouterField("session_id", "conv-1");

        await h.ChatClient.GetResponseAsync(s_hello, options);

        var body = h.LastBody;
        Harness.AssertJson("""{"only":["openai"],"data_collection":"deny","zdr":true}""", body["provider"]);
        Harness.AssertJson("""["openai/gpt-4o","anthropic/claude-haiku-4.5"]""", body["models"]);
        Harness.AssertJson("""{"effort":"high","exclude":false}""", body["reasoning"]);
        Harness.AssertJson("""[{"id":"response-healing"}]""", body["plugins"]);
        Harness.AssertJson("""[{"type":"openrouter:web_search","parameters":{"max_results":2}}]""", body["tools"]);
        Assert.Equal("conv-1", body["session_id"]!.GetValue<string>());
        Assert.Throws<ArgumentException>(() => new ChatOptions().WithOpenRouterField("not_a_field", 1));
    }

    [Fact]
    public async Task Additional_properties_win_over_typed_fields_and_unknown_keys_are_left_alone()
    {
        await using var h = new Harness();
        var options = new ChatOptions
        {
            Temperature = 0.1f,
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Low },
            AdditionalProperties = new() { ["temperature"] = 0.9, ["reasoning"] = new ReasoningConfig { Effort = ReasoningEffortLevel.Max }, ["some_other_connector_setting"] = "x", ["ServiceId"] = "default" },
        };

        await h.ChatClient.GetResponseAsync(s_hello, options);

        Assert.Equal(0.9, h.LastBody["temperature"]!.GetValue<double>());
        Harness.AssertJson("""{"effort":"max"}""", h.LastBody["reasoning"]);
        Assert.Null(h.LastBody["some_other_connector_setting"]);
    }

    [Fact]
    public async Task A_reasoning_effort_with_a_reasoning_budget_fails_before_any_request_naming_both()
    {
        await using var h = new Harness();
        var typedAndProperty = new ChatOptions
        {
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High },
            AdditionalProperties = new() { ["reasoning"] = new Dictionary<string, object?> { ["max_tokens"] = 2000 } },
        };
        var oneProperty = new ChatOptions { AdditionalProperties = new() { ["reasoning"] = JsonSerializer.SerializeToElement(new { effort = "low", max_tokens = 100 }) } };
        var shorthandAndRaw = new ChatOptions
        {
            AdditionalProperties = new() { ["reasoning_effort"] = "medium" },
            RawRepresentationFactory = _ => new ChatCompletionRequest { Reasoning = new ReasoningConfig { MaxTokens = 512 } },
        };

        var typed = await Assert.ThrowsAsync<ArgumentException>(() => h.ChatClient.GetResponseAsync(s_hello, typedAndProperty));
        var streamed = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in h.ChatClient.GetStreamingResponseAsync(s_hello, typedAndProperty))
            {
            }
        });
        var single = await Assert.ThrowsAsync<ArgumentException>(() => h.ChatClient.GetResponseAsync(s_hello, oneProperty));
        var raw = await Assert.ThrowsAsync<ArgumentException>(() => h.ChatClient.GetResponseAsync(s_hello, shorthandAndRaw));

        Assert.Contains("ChatOptions.Reasoning.Effort is \"high\" and ChatOptions.AdditionalProperties[\"reasoning\"].max_tokens is 2000", typed.Message, StringComparison.Ordinal);
        Assert.Contains("OpenRouter rejects reasoning.effort together with reasoning.max_tokens (HTTP 400)", typed.Message, StringComparison.Ordinal);
        Assert.Equal("options", typed.ParamName);
        Assert.Equal(typed.Message, streamed.Message);
        Assert.Contains("ChatOptions.AdditionalProperties[\"reasoning\"].effort is \"low\" and ChatOptions.AdditionalProperties[\"reasoning\"].max_tokens is 100", single.Message, StringComparison.Ordinal);
        Assert.Contains("ChatOptions.AdditionalProperties[\"reasoning_effort\"] is \"medium\" and ChatOptions.RawRepresentationFactory's request Reasoning.MaxTokens is 512", raw.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests);
    }

    [Fact]
    public async Task A_reasoning_budget_in_additional_properties_beside_typed_reasoning_without_an_effort_is_sent()
    {
        await using var h = new Harness();
        var options = new ChatOptions
        {
            Reasoning = new ReasoningOptions { Output = ReasoningOutput.None },
            AdditionalProperties = new() { ["reasoning"] = new ReasoningConfig { MaxTokens = 2000 } },
        };

        await h.ChatClient.GetResponseAsync(s_hello, options);

        Harness.AssertJson("""{"max_tokens":2000}""", h.LastBody["reasoning"]);
    }

    [Fact]
    public async Task Extra_body_is_merged_verbatim()
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { AdditionalProperties = new() { ["extra_body"] = new Dictionary<string, object?> { ["brand_new_field"] = new Dictionary<string, object?> { ["a"] = 1 }, ["top_a"] = 0.3 } } });

        Harness.AssertJson("""{"a":1}""", h.LastBody["brand_new_field"]);
        Assert.Equal(0.3, h.LastBody["top_a"]!.GetValue<double>());
    }

    [Fact]
    public async Task Untyped_values_from_yaml_or_configuration_are_read_by_the_field_type()
    {
        await using var h = new Harness();
        var provider = new Dictionary<object, object> { ["order"] = new List<object> { "anthropic" }, ["allow_fallbacks"] = "false", ["max_price"] = new Dictionary<object, object> { ["prompt"] = "1.5" } };

        await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { AdditionalProperties = new() { ["provider"] = provider, ["min_p"] = "0.05", ["top_logprobs"] = "3" } });

        Assert.False(h.LastBody["provider"]!["allow_fallbacks"]!.GetValue<bool>());
        Assert.Equal("anthropic", h.LastBody["provider"]!["order"]![0]!.GetValue<string>());
        Assert.Equal(1.5, h.LastBody["provider"]!["max_price"]!["prompt"]!.GetValue<double>());
        Assert.Equal(0.05, h.LastBody["min_p"]!.GetValue<double>());
        Assert.Equal(3, h.LastBody["top_logprobs"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_string_that_is_no_boolean_is_an_error_naming_the_key()
    {
        await using var h = new Harness();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { AdditionalProperties = new() { ["provider"] = new Dictionary<string, object> { ["allow_fallbacks"] = "maybe" } } }));

        Assert.Contains("\"provider\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"maybe\"", ex.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests);
    }

    [Fact]
    public async Task A_null_message_is_an_argument_error_before_any_call()
    {
        await using var h = new Harness();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.ChatClient.GetResponseAsync([new(ChatRole.User, "Hello"), null!]));

        Assert.Contains("null", ex.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests);
    }

    [Fact]
    public async Task A_bad_openrouter_value_is_an_error_naming_the_key()
    {
        await using var h = new Harness();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { AdditionalProperties = new() { ["provider"] = "fastest please" } }));
        var messages = await Assert.ThrowsAsync<ArgumentException>(() => h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { AdditionalProperties = new() { ["messages"] = "[]" } }));

        Assert.Contains("\"provider\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("messages", messages.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests);
    }

    [Fact]
    public async Task Raw_representation_factory_fields_win_and_its_messages_and_tools_come_first()
    {
        await using var h = new Harness();
        var options = new ChatOptions
        {
            Temperature = 0.2f,
            MaxOutputTokens = 10,
            Tools = [AIFunctionFactory.Create(() => 1, "mapped_tool")],
            AdditionalProperties = new() { ["provider"] = new ProviderPreferences { Order = ["openai"] } },
            RawRepresentationFactory = _ => new ChatCompletionRequest
            {
                Temperature = 1.5,
                Provider = new ProviderPreferences { Order = ["anthropic"] },
                Messages = [ChatCompletionMessage.System("from the factory")],
                Tools = [ChatCompletionTool.CreateServerTool("openrouter:datetime")],
                Verbosity = OutputVerbosity.Low,
            },
        };

        await h.ChatClient.GetResponseAsync(s_hello, options);

        var body = h.LastBody;
        Assert.Equal(1.5, body["temperature"]!.GetValue<double>());
        Assert.Equal(10, body["max_tokens"]!.GetValue<int>());
        Harness.AssertJson("""{"order":["anthropic"]}""", body["provider"]);
        Harness.AssertJson("""[{"role":"system","content":"from the factory"},{"role":"user","content":"Hello"}]""", body["messages"]);
        Assert.Equal("openrouter:datetime", body["tools"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("mapped_tool", body["tools"]![1]!["function"]!["name"]!.GetValue<string>());
        Assert.Equal("low", body["verbosity"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_factory_returning_a_foreign_type_is_ignored()
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync(s_hello, new ChatOptions { Temperature = 0.5f, RawRepresentationFactory = _ => new object() });

        Assert.Equal(0.5, h.LastBody["temperature"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_callers_options_and_messages_are_not_changed()
    {
        await using var h = new Harness();
        var options = new ChatOptions { Instructions = "x", Tools = [AIFunctionFactory.Create(() => 1, "t")], ToolMode = ChatToolMode.RequireAny, StopSequences = ["a"], AdditionalProperties = new() { ["provider"] = new ProviderPreferences { Order = ["a"] } } };
        List<ChatMessage> messages = [new(ChatRole.User, "hi")];
        var before = JsonSerializer.Serialize(options, AIJsonUtilities.DefaultOptions) + JsonSerializer.Serialize(messages, AIJsonUtilities.DefaultOptions);

        await h.ChatClient.GetResponseAsync(messages, options);
        await foreach (var _ in h.ChatClient.GetStreamingResponseAsync(messages, options))
        {
        }

        Assert.Equal(before, JsonSerializer.Serialize(options, AIJsonUtilities.DefaultOptions) + JsonSerializer.Serialize(messages, AIJsonUtilities.DefaultOptions));
        Assert.Single(messages);
        Assert.Single(options.StopSequences);
    }
}
