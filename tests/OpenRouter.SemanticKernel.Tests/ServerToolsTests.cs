using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>Web search from Semantic Kernel: the server tool reaches the wire beside the kernel's functions, and the sources and search count reach the results.</summary>
public sealed class ServerToolsTests
{
    private const string Searched = """
    {
      "id": "gen-1790000002-sk", "provider": "OpenAI", "model": "openai/gpt-4.1-mini", "object": "chat.completion", "created": 1790000002,
      "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Oslo is sunny today.",
        "annotations": [{"type":"url_citation","url_citation":{"url":"https://www.yr.no/en","title":"Yr","content":"Sun all day","start_index":0,"end_index":20}}]}}],
      "usage": {"prompt_tokens": 4000, "completion_tokens": 6, "total_tokens": 4006, "server_tool_use_details": {"web_search_requests": 2}, "cost": 0.01}
    }
    """;

    [Fact]
    public async Task Typed_server_tools_go_before_the_kernel_functions_and_the_answer_carries_citations_and_the_search_count()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Json(200, Searched));
        var kernel = Support.BuildKernel(b => b.AddOpenRouterChatCompletion("openai/gpt-4.1-mini", Support.ApiKey, emulator.Endpoint));
        kernel.Plugins.AddFromObject(new WeatherPlugin(), "Weather");
        var settings = new OpenRouterPromptExecutionSettings
        {
            ServerTools = [ChatCompletionTool.CreateWebSearch(new WebSearchToolParameters { MaxResults = 3, Engine = "exa" })],
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
        };
        var history = new ChatHistory();
        history.AddUserMessage("Weather in Oslo?");

        var answer = await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(history, settings, kernel);

        var tools = JsonNode.Parse(emulator.Requests[0].Body)!["tools"]!.AsArray();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"openrouter:web_search","parameters":{"engine":"exa","max_results":3}}"""), tools[0]), tools.ToJsonString());
        Assert.Equal("Weather_get_weather", tools[1]!["function"]!["name"]!.GetValue<string>());
        Assert.Equal("Oslo is sunny today.", answer.Content);
        var citation = Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<CitationAnnotation>>(answer.Metadata![OpenRouterMetadataKeys.Citations]));
        Assert.Equal(new Uri("https://www.yr.no/en"), citation.Url);
        Assert.Equal("Sun all day", citation.Snippet);
        var usage = Assert.IsType<UsageDetails>(answer.Metadata[OpenRouterMetadataKeys.Usage]);
        Assert.Equal(2, usage.AdditionalCounts![OpenRouterUsageKeys.WebSearchRequests]);
    }

    private const string TemplateJson = """
        {
          "name": "news", "template": "News about {{$topic}}?", "template_format": "semantic-kernel",
          "execution_settings": {"default": {"tools": [{"type": "openrouter:web_search", "parameters": {"max_results": 3, "allowed_domains": ["nrk.no"]}}]}}
        }
        """;

    private const string TemplateYaml = """
        name: news
        template: News about {{$topic}}?
        template_format: semantic-kernel
        execution_settings:
          default:
            tools:
              - type: openrouter:web_search
                parameters:
                  max_results: 3
                  allowed_domains: [nrk.no]
        """;

    [Theory]
    [InlineData("json", false)]
    [InlineData("json", true)]
    [InlineData("yaml", false)]
    [InlineData("yaml", true)]
    public async Task A_prompt_template_turns_on_web_search_with_typed_parameters(string format, bool streaming)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("Quiet day."));
        var kernel = Support.BuildKernel(b => b.AddOpenRouterChatCompletion("openai/gpt-4.1-mini", Support.ApiKey, emulator.Endpoint));
        var function = KernelFunctionFactory.CreateFromPrompt(format == "yaml" ? YamlPromptLoader.Load(TemplateYaml) : PromptTemplateConfig.FromJson(TemplateJson));
        var arguments = new KernelArguments { ["topic"] = "Oslo" };

        var text = streaming
            ? string.Concat(await function.InvokeStreamingAsync<string>(kernel, arguments).ToListAsync())
            : (await kernel.InvokeAsync(function, arguments)).ToString();

        Assert.Equal("Quiet day.", text);
        var tools = JsonNode.Parse(Assert.Single(emulator.Requests).Body)!["tools"];
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"type":"openrouter:web_search","parameters":{"max_results":3,"allowed_domains":["nrk.no"]}}]"""), tools), tools?.ToJsonString());
    }

    [Fact]
    public void Server_tools_are_cloned_frozen_and_read_from_extension_data()
    {
        var settings = new OpenRouterPromptExecutionSettings { ServerTools = [ChatCompletionTool.CreateWebSearch()] };
        var clone = (OpenRouterPromptExecutionSettings)settings.Clone();
        settings.Freeze();
        var fromExtensionData = OpenRouterPromptExecutionSettings.FromExecutionSettings(new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object> { ["tools"] = JsonDocument.Parse("""[{"type":"openrouter:web_search"}]""").RootElement },
        });

        Assert.NotSame(settings.ServerTools, clone.ServerTools);
        Assert.Equal("openrouter:web_search", Assert.Single(clone.ServerTools!).Type);
        Assert.Throws<NotSupportedException>(() => settings.ServerTools!.Add(ChatCompletionTool.CreateWebSearch()));
        Assert.Throws<InvalidOperationException>(() => settings.ServerTools = null);
        Assert.Equal("openrouter:web_search", Assert.Single(fromExtensionData.ServerTools!).Type);
    }
}
