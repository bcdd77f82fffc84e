using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Mapping;

/// <summary>Web search as OpenRouter's server tool, the plugins beside it, and when <c>strict</c> is sent: exact wire JSON.</summary>
public sealed class ServerToolRequestTests
{
    private static readonly ChatMessage[] s_question = [new(ChatRole.User, "What changed in .NET 10?")];

    [Fact]
    public async Task Hosted_web_search_becomes_the_web_search_server_tool_with_its_properties_as_parameters()
    {
        await using var h = new Harness();
        var search = new HostedWebSearchTool(new Dictionary<string, object?>
        {
            ["engine"] = "exa",
            ["mode"] = "fast",
            ["max_results"] = 4,
            ["max_total_results"] = 12,
            ["max_characters"] = 3000,
            ["allowed_domains"] = new[] { "learn.microsoft.com", "*.devblogs.microsoft.com" },
        });
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => "sunny", "get_weather"), search], ToolMode = ChatToolMode.Auto };

        await h.ChatClient.GetResponseAsync(s_question, options);

        Harness.AssertJson("""
        {
          "model": "openai/gpt-4o-mini",
          "messages": [{"role":"user","content":"What changed in .NET 10?"}],
          "tools": [
            {"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}},
            {"type":"openrouter:web_search","parameters":{"engine":"exa","mode":"fast","max_results":4,"max_total_results":12,"max_characters":3000,"allowed_domains":["learn.microsoft.com","*.devblogs.microsoft.com"]}}
          ],
          "tool_choice": "auto"
        }
        """, h.LastBody);
    }

    [Fact]
    public async Task Hosted_web_search_without_properties_sends_the_bare_tool_and_no_plugin()
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync(s_question, new ChatOptions { Tools = [new HostedWebSearchTool()] });

        Harness.AssertJson("""[{"type":"openrouter:web_search"}]""", h.LastBody["tools"]);
        Assert.Null(h.LastBody["plugins"]);
    }

    [Fact]
    public async Task Hosted_web_search_properties_from_configuration_are_read_by_type_and_a_bad_one_names_the_tool()
    {
        await using var h = new Harness();
        var fromConfig = new HostedWebSearchTool(new Dictionary<string, object?> { ["max_results"] = "3", ["engine"] = "native", ["search_context_size"] = JsonDocument.Parse("\"low\"").RootElement });

        await h.ChatClient.GetResponseAsync(s_question, new ChatOptions { Tools = [fromConfig] });
        var bad = await Assert.ThrowsAsync<ArgumentException>(() => h.ChatClient.GetResponseAsync(s_question, new ChatOptions { Tools = [new HostedWebSearchTool(new Dictionary<string, object?> { ["max_results"] = "many" })] }));

        Harness.AssertJson("""[{"type":"openrouter:web_search","parameters":{"engine":"native","max_results":3,"search_context_size":"low"}}]""", h.LastBody["tools"]);
        Assert.Contains("HostedWebSearchTool", bad.Message, StringComparison.Ordinal);
        Assert.Single(h.Emulator.Requests);
    }

    [Fact]
    public async Task WithWebSearch_adds_the_server_tool_before_the_function_tools_and_survives_a_json_round_trip()
    {
        await using var h = new Harness();
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create(() => "12:00", "get_time")] }
            .WithWebSearch(new WebSearchToolParameters { MaxResults = 2, UserLocation = new WebSearchUserLocation { Country = "NO" } })
            .WithServerTools(ChatCompletionTool.CreateServerTool("openrouter:datetime"));
        var copy = JsonSerializer.Deserialize<ChatOptions>(JsonSerializer.Serialize(options, AIJsonUtilities.DefaultOptions), AIJsonUtilities.DefaultOptions)!;
        copy.Tools = options.Tools;

        await h.ChatClient.GetResponseAsync(s_question, copy);

        Harness.AssertJson("""
        [
          {"type":"openrouter:web_search","parameters":{"max_results":2,"user_location":{"type":"approximate","country":"NO"}}},
          {"type":"openrouter:datetime"},
          {"type":"function","function":{"name":"get_time","parameters":{"type":"object","properties":{}}}}
        ]
        """, h.LastBody["tools"]);
    }

    [Fact]
    public async Task The_deprecated_web_plugin_is_sent_only_when_asked_for_explicitly()
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync(s_question, new ChatOptions().WithPlugins(ChatPlugin.Web(maxResults: 3, engine: "exa")));

        Harness.AssertJson("""[{"id":"web","engine":"exa","max_results":3}]""", h.LastBody["plugins"]);
        Assert.Null(h.LastBody["tools"]);
    }

    [Fact]
    public async Task WithResponseHealing_adds_the_response_healing_plugin()
    {
        await using var h = new Harness();
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.Json }.WithResponseHealing();

        await h.ChatClient.GetResponseAsync(s_question, options);

        Harness.AssertJson("""
        {"model":"openai/gpt-4o-mini","messages":[{"role":"user","content":"What changed in .NET 10?"}],
         "response_format":{"type":"json_object"},"plugins":[{"id":"response-healing"}]}
        """, h.LastBody);
    }

    private sealed record City(string Name, int Population);

    [Fact]
    public async Task GetResponseAsync_of_T_sends_no_strict_unless_the_caller_asks_for_it()
    {
        await using var h = new Harness();

        await h.ChatClient.GetResponseAsync<City>("Name a city.");
        var plain = h.LastBody["response_format"]!;
        await h.ChatClient.GetResponseAsync<City>("Name a city.", new ChatOptions().WithStrictSchemas());
        var strict = h.LastBody["response_format"]!;
        await h.ChatClient.GetResponseAsync<City>("Name a city.", new ChatOptions().WithStrictSchemas(false));
        var notStrict = h.LastBody["response_format"]!;

        Assert.Equal("json_schema", plain["type"]!.GetValue<string>());
        Assert.False(plain["json_schema"]!.AsObject().ContainsKey("strict"));
        Assert.True(strict["json_schema"]!["strict"]!.GetValue<bool>());
        Assert.False(notStrict["json_schema"]!["strict"]!.GetValue<bool>());
        Assert.True(JsonNode.DeepEquals(plain["json_schema"]!["schema"], strict["json_schema"]!["schema"]));
    }

    [Fact]
    public async Task A_strict_structured_request_that_finds_no_endpoint_fails_with_the_strict_hint()
    {
        await using var h = new Harness();
        h.Emulator.Enqueue(EmulatorResponse.Error(404, "No endpoints available matching your guardrail restrictions and data policy"));
        h.Emulator.Enqueue(EmulatorResponse.Error(404, "No endpoints available matching your guardrail restrictions and data policy"));

        var strict = await Assert.ThrowsAsync<OpenRouterException>(() => h.ChatClient.GetResponseAsync<City>("Name a city.", new ChatOptions().WithStrictSchemas()));
        var plain = await Assert.ThrowsAsync<OpenRouterException>(() => h.ChatClient.GetResponseAsync<City>("Name a city."));

        Assert.Equal(404, strict.StatusCode);
        Assert.Contains("strict: true", strict.Hint, StringComparison.Ordinal);
        Assert.EndsWith(strict.Hint!, strict.Message, StringComparison.Ordinal);
        Assert.Null(plain.Hint);
    }
}
