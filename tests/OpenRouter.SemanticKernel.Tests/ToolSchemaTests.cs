using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// The tool parameter schemas our Semantic Kernel path sends are standard JSON Schema: for the same plugins, exactly what
/// Semantic Kernel's own OpenAI connector sends (captured from the emulator, which speaks the OpenAI wire format), and
/// never the <c>"condition"</c> key of the schema Semantic Kernel 1.82 gives a <see cref="KernelFunction"/>.
/// </summary>
public sealed class ToolSchemaTests
{
    private const string Model = "openai/gpt-4o-mini";

    /// <summary>Every path of ours that sends kernel functions as tools.</summary>
    public static TheoryData<string> Paths => ["chat completion", "chat completion streamed, no invocation", "chat client"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Each_tool_schema_equals_the_one_the_OpenAI_connector_sends(string path)
    {
        var reference = await CaptureOpenAIConnectorToolsAsync();
        var ours = await CaptureOurToolsAsync(path);

        // Function names differ by design: the IChatClient bridge joins plugin and function with '_', the OpenAI connector with '-'.
        Assert.Equal(reference.Keys.Select(name => name.Replace('-', '_')).Order(), ours.Keys.Order());
        foreach (var (name, expected) in reference)
        {
            var actual = ours[name.Replace('-', '_')];
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: the parameters of {name} differ.\nOpenAI connector: {expected.ToJsonString()}\nours:             {actual.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task No_condition_key_is_sent_anywhere_and_the_description_stays_on_the_function(string path)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        await SendThroughOursAsync(emulator, path);

        var body = Assert.Single(emulator.Requests).Json!.Value;
        Assert.Equal(4, body.GetProperty("tools").GetArrayLength());
        Assert.Empty(PathsOfProperty(body, "condition", "$"));
        var book = body.GetProperty("tools").EnumerateArray().Single(t => t.GetProperty("function").Text("name") == "Trips_book_trip").GetProperty("function");
        Assert.Equal("Books a trip.", book.Text("description"));
        Assert.False(book.GetProperty("parameters").TryGetProperty("description", out _));
    }

    [Fact]
    public async Task The_schema_describes_each_kind_of_parameter()
    {
        var tools = await CaptureOurToolsAsync("chat completion");

        var book = tools["Trips_book_trip"];
        Assert.Equal("object", (string?)book["type"]);
        Assert.Equal(["city", "nights", "travelClass", "traveller", "stops"], book["required"]!.AsArray().Select(n => (string?)n));
        var properties = book["properties"]!;
        Assert.Equal("string", (string?)properties["city"]!["type"]);
        Assert.Equal("integer", (string?)properties["nights"]!["type"]);
        Assert.Equal(["Economy", "Business", "First"], properties["travelClass"]!["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("object", (string?)properties["traveller"]!["type"]);
        Assert.Equal("array", (string?)properties["stops"]!["type"]);
        Assert.Equal("string", (string?)properties["stops"]!["items"]!["type"]);
        Assert.Contains("(default value: none)", (string?)properties["notes"]!["description"]);
        Assert.Empty(tools["Trips_now"]["properties"]!.AsObject());
        Assert.Empty(tools["Trips_now"]["required"]!.AsArray());

        // A prompt function's input variable has no schema of its own: a string, with its description kept.
        var summarize = tools["Prompts_summarize"]["properties"]!["text"]!;
        Assert.Equal("string", (string?)summarize["type"]);
        Assert.Equal("The text to summarize", (string?)summarize["description"]);
    }

    [Fact]
    public async Task The_standardized_tool_is_still_invoked_by_the_kernel()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat(null, toolCalls: [new EmulatorToolCall("call_1", "Trips_cancel_trip", "{\"traveller\":{\"Name\":\"Ada\",\"Age\":36,\"Tags\":[\"vip\"]},\"stops\":[\"Oslo\",\"Bergen\"]}")]));
        emulator.Enqueue(EmulatorResponse.Chat("Cancelled."));
        var trips = new TripPlugin();
        var kernel = BuildOurKernel(b => b.AddOpenRouterChatCompletion(Model, Support.ApiKey, emulator.Endpoint), trips);

        var answer = await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(new ChatHistory("Cancel Ada's trip"), AutoSettings, kernel);

        Assert.Equal("Cancelled.", answer.Content);
        Assert.Equal(["Ada (vip): Oslo,Bergen, refund True"], trips.Cancellations);
        Assert.Equal("cancelled", emulator.Body(1).GetProperty("messages")[2].Text("content"));
    }

    /// <summary>The tools' parameters SK's OpenAI connector sends to the emulator for <see cref="AddPlugins"/>, by function name.</summary>
    private static async Task<Dictionary<string, JsonNode>> CaptureOpenAIConnectorToolsAsync()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        emulator.Enqueue(EmulatorResponse.Chat("ok"));
        using var http = new HttpClient();
        var kernel = Support.BuildKernel(b =>
        {
#pragma warning disable SKEXP0010 // the custom endpoint overload is experimental
            b.AddOpenAIChatCompletion(Model, emulator.Endpoint, Support.ApiKey, httpClient: http);
#pragma warning restore SKEXP0010
            AddPlugins(b, new TripPlugin());
        });

        await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(new ChatHistory("hi"), AutoSettings, kernel);
        return ToolParameters(Assert.Single(emulator.Requests));
    }

    private static async Task<Dictionary<string, JsonNode>> CaptureOurToolsAsync(string path)
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        await SendThroughOursAsync(emulator, path);
        return ToolParameters(Assert.Single(emulator.Requests));
    }

    /// <summary>One request with the plugins as tools through one of our paths (the model answers without calling any).</summary>
    private static async Task SendThroughOursAsync(OpenRouterEmulator emulator, string path)
    {
        emulator.Enqueue(EmulatorResponse.Chat("ok"));
        switch (path)
        {
            case "chat completion":
            {
                var kernel = BuildOurKernel(b => b.AddOpenRouterChatCompletion(Model, Support.ApiKey, emulator.Endpoint));
                await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(new ChatHistory("hi"), AutoSettings, kernel);
                break;
            }

            case "chat completion streamed, no invocation":
            {
                var kernel = BuildOurKernel(b => b.AddOpenRouterChatCompletion(Model, Support.ApiKey, emulator.Endpoint));
                var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.None() };
                await foreach (var _ in kernel.GetRequiredService<IChatCompletionService>().GetStreamingChatMessageContentsAsync(new ChatHistory("hi"), settings, kernel))
                {
                }

                break;
            }

            case "chat client":
            {
                var kernel = BuildOurKernel(b => b.AddOpenRouterChatClientWithKernelFunctions(Model, Support.ApiKey, emulator.Endpoint));
                await kernel.Services.GetRequiredService<IChatClient>().GetResponseAsync("hi", AutoSettings.ToChatOptions(kernel));
                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(path), path, null);
        }
    }

    private static PromptExecutionSettings AutoSettings => new() { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

    private static Kernel BuildOurKernel(Action<IKernelBuilder> addService, TripPlugin? trips = null) =>
        Support.BuildKernel(b =>
        {
            addService(b);
            AddPlugins(b, trips ?? new TripPlugin());
        });

    /// <summary>A native plugin with every kind of parameter, and a prompt function whose input variable has no schema.</summary>
    private static void AddPlugins(IKernelBuilder builder, TripPlugin trips)
    {
        builder.Plugins.AddFromObject(trips, "Trips");
        var summarize = KernelFunctionFactory.CreateFromPrompt(new PromptTemplateConfig("Summarize: {{$text}}")
        {
            Name = "summarize",
            Description = "Summarizes a text.",
            InputVariables = [new InputVariable { Name = "text", Description = "The text to summarize", IsRequired = true }],
        });
        builder.Plugins.AddFromFunctions("Prompts", [summarize]);
    }

    private static Dictionary<string, JsonNode> ToolParameters(RecordedRequest request)
    {
        var tools = JsonNode.Parse(request.Body)!["tools"]!.AsArray();
        return tools.ToDictionary(tool => (string)tool!["function"]!["name"]!, tool => tool!["function"]!["parameters"]!);
    }

    /// <summary>The JSON paths of every object property named <paramref name="name"/>, at any depth.</summary>
    private static IEnumerable<string> PathsOfProperty(JsonElement element, string name, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var inner = $"{path}.{property.Name}";
                    if (property.NameEquals(name))
                    {
                        yield return inner;
                    }

                    foreach (var found in PathsOfProperty(property.Value, name, inner))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var found in PathsOfProperty(item, name, $"{path}[{index++}]"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}

public enum TravelClass
{
    Economy,
    Business,
    First,
}

public sealed class Traveller
{
    [Description("Full name")]
    public string Name { get; set; } = "";

    public int Age { get; set; }

    public List<string> Tags { get; set; } = [];
}

/// <summary>
/// A plugin whose functions take every kind of parameter: string, int, enum, complex object, array, list, optional with
/// defaults, nullable; and none. (An enum argument cannot be invoked through Semantic Kernel's IChatClient bridge, so the
/// invocation test calls cancel_trip.)
/// </summary>
public sealed class TripPlugin
{
    public List<string> Cancellations { get; } = [];

    [KernelFunction("book_trip")]
    [Description("Books a trip.")]
    public string BookTrip(
        [Description("Destination city")] string city,
        [Description("Number of nights")] int nights,
        TravelClass travelClass,
        [Description("Who travels")] Traveller traveller,
        string[] stops,
        [Description("Extra notes")] string notes = "none",
        int rooms = 1,
        bool? breakfast = null)
        => "booked";

    [KernelFunction("cancel_trip")]
    [Description("Cancels a traveller's trip.")]
    public string CancelTrip(Traveller traveller, List<string> stops, bool refund = true)
    {
        Cancellations.Add($"{traveller.Name} ({string.Join(",", traveller.Tags)}): {string.Join(",", stops)}, refund {refund}");
        return "cancelled";
    }

    [KernelFunction("now")]
    [Description("Tells the time.")]
    public string Now() => "noon";
}
