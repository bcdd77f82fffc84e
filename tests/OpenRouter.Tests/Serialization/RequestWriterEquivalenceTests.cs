using System.Text;
using System.Text.Json;
using CsCheck;
using OpenRouter.Serialization;
using OpenRouter.Tests.Contract;

namespace OpenRouter.Tests.Serialization;

/// <summary>
/// The hand-written request writer sends exactly the bytes the source-generated serializer writes with the request-body
/// settings (<see cref="OpenRouterJsonContext.RequestBodies"/>): the same member order, unset values left out, explicit
/// nulls where the serializer writes them, extension data last, the same (minimal) escaping.
/// </summary>
public sealed class RequestWriterEquivalenceTests
{
    private static readonly string[] Texts =
    [
        string.Empty, "hi", "Weather in Paris?", "line1\nline2\t\"quoted\" \\ back", "<tag> & 'apos' +", "é ß € 日本 😀", "\u0001\u001f\u007f", "a/b\r\n", "lone \uD83D and \uDE00 halves", "\u2028\u2029\uFEFF\uE000\uFFFD`",
    ];

    private static readonly string[] JsonTexts =
    [
        "null", "true", "false", "0", "-1.5e-7", "12345678901234567890", "\"text\"", "\"é \\\" \\u0001 😀\"", "[]", "{}", "[1,\"two\",null,{\"a\":[true]}]",
        """{"type":"object","properties":{"city":{"type":"string","description":"The <city> & \"name\""}},"required":["city"]}""",
        """{ "spaced" : [ 1 , 2 ] , "nested" : { "deep" : { "deeper" : [ { } ] } } }""",
    ];

    private static readonly string[] Keys = ["x", "future_field", "model", "with space", "é", "quote\"key", "<k>"];

    [Fact]
    public void Generated_requests_are_written_byte_for_byte_like_the_serializer() =>
        Gen.Int.Sample(seed => AssertSame(Build(new Random(seed))), iter: 3000);

    [Fact]
    public void Fixed_requests_are_written_byte_for_byte_like_the_serializer()
    {
        AssertSame(TestRequests.FullChat());
        AssertSame(MaximalRequests.Chat());
        AssertSame(new ChatCompletionRequest());
        AssertSame(new ChatCompletionRequest { Messages = [ChatCompletionMessage.User("hi")] });
        AssertSame(new ChatCompletionRequest { Messages = [new ChatCompletionMessage()], Stream = true });
        AssertSame(new ChatCompletionRequest { Messages = [new ChatCompletionMessage { Role = "ASSISTANT" }, new ChatCompletionMessage { Role = "tool" }] });
        AssertSame(new ChatCompletionRequest { ReasoningEffort = default(ReasoningEffortLevel), Verbosity = default(OutputVerbosity), ServiceTier = default(ServiceTierLevel) });
        AssertSame(new ChatCompletionRequest { Temperature = double.MaxValue, TopP = double.Epsilon, MinP = -0.0, Seed = long.MinValue, MaxTokens = int.MaxValue });
    }

    [Theory]
    [InlineData("Requests/chat-full.json")]
    [InlineData("Requests/chat-minimal.json")]
    [InlineData("Requests/chat-multimodal.json")]
    [InlineData("Requests/chat-tool-message.json")]
    [InlineData("Requests/provider-sort-object.json")]
    [InlineData("Requests/provider-sort-string.json")]
    public void Requests_read_from_fixtures_are_written_like_the_serializer(string file) =>
        AssertSame(Fixtures.Parse(file, OpenRouterJsonContext.Default.ChatCompletionRequest));

    [Fact]
    public void Unknown_fields_read_into_every_level_are_written_like_the_serializer()
    {
        const string json = """
            {"model":"m","messages":[{"role":"assistant","content":[{"type":"text","text":"t","x":1,"cache_control":{"type":"ephemeral","y":[2]},"image_url":{"url":"u","z":null}}],"tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{}","w":"v"},"v":false}],"reasoning_details":[{"type":"reasoning.text","text":"r","signature":null,"unknown":{"a":1}}],"extra":"e"}],
             "tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"},"q":1},"r":2}],"reasoning":{"effort":"HIGH","context":"keep"},"new_top_level":{"a":[1,2,3]},"stream":false}
            """;
        AssertSame(JsonSerializer.Deserialize(json, OpenRouterJsonContext.Default.ChatCompletionRequest)!);
    }

    [Fact]
    public void An_undefined_json_element_fails_both_ways()
    {
        var request = new ChatCompletionRequest { AdditionalProperties = new Dictionary<string, JsonElement> { ["x"] = default } };
        var expected = Record.Exception(() => JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.RequestBodies.ChatCompletionRequest));
        var actual = Record.Exception(() => ChatCompletionRequestWriter.ToUtf8Bytes(request));
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected!.GetType(), actual!.GetType());

        // The thread's cached writer is usable again after the failure.
        AssertSame(TestRequests.FullChat());
    }

    private static void AssertSame(ChatCompletionRequest request)
    {
        var expected = JsonSerializer.SerializeToUtf8Bytes(request, OpenRouterJsonContext.RequestBodies.ChatCompletionRequest);
        var actual = ChatCompletionRequestWriter.ToUtf8Bytes(request);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);

        var expectedStream = JsonSerializer.SerializeToUtf8Bytes(request.WithStreamEnabled(), OpenRouterJsonContext.RequestBodies.ChatCompletionRequest);
        var actualStream = ChatCompletionRequestWriter.ToUtf8Bytes(request, stream: true);
        Assert.Equal(Encoding.UTF8.GetString(expectedStream), Encoding.UTF8.GetString(actualStream));
    }

    private static ChatCompletionRequest Build(Random r) => new()
    {
        Model = Maybe(r, () => Text(r)),
        Models = Maybe(r, () => Strings(r)),
        Messages = Maybe(r, () => List(r, 0, 6, () => r.Next(20) == 0 ? null! : Message(r))),
        Stream = Maybe(r, () => (bool?)Bool(r)),
        MaxTokens = Maybe(r, () => (int?)Int(r)),
        MaxCompletionTokens = Maybe(r, () => (int?)Int(r)),
        Temperature = Maybe(r, () => (double?)Double(r)),
        TopP = Maybe(r, () => (double?)Double(r)),
        TopK = Maybe(r, () => (int?)Int(r)),
        FrequencyPenalty = Maybe(r, () => (double?)Double(r)),
        PresencePenalty = Maybe(r, () => (double?)Double(r)),
        RepetitionPenalty = Maybe(r, () => (double?)Double(r)),
        MinP = Maybe(r, () => (double?)Double(r)),
        TopA = Maybe(r, () => (double?)Double(r)),
        Seed = Maybe(r, () => (long?)(r.Next(3) == 0 ? long.MaxValue - r.Next(1000) : r.Next(int.MinValue, int.MaxValue))),
        LogitBias = Maybe(r, () => (IReadOnlyDictionary<string, double>)Dictionary(r, () => Double(r))),
        Logprobs = Maybe(r, () => (bool?)Bool(r)),
        TopLogprobs = Maybe(r, () => (int?)Int(r)),
        Stop = Maybe(r, () => Strings(r)),
        ResponseFormat = Maybe(r, () => ResponseFormat(r)),
        Tools = Maybe(r, () => List(r, 0, 4, () => r.Next(20) == 0 ? null! : Tool(r))),
        ToolChoice = Maybe(r, () => Pick(r, ToolChoice.Auto, ToolChoice.None, ToolChoice.Required, ToolChoice.ForFunction(Text(r)), ToolChoice.ForServerTool("openrouter:web_search"), ToolChoice.FromMode(Text(r)))),
        ParallelToolCalls = Maybe(r, () => (bool?)Bool(r)),
        Prediction = Maybe(r, () => new PredictedOutput { Type = r.Next(2) == 0 ? "content" : Text(r), Content = Maybe(r, () => Text(r)), AdditionalProperties = Extension(r) }),
        Reasoning = Maybe(r, () => Reasoning(r)),
        ReasoningEffort = Maybe(r, () => (ReasoningEffortLevel?)Pick(r, ReasoningEffortLevel.High, ReasoningEffortLevel.Low, default, new ReasoningEffortLevel(Text(r)))),
        IncludeReasoning = Maybe(r, () => (bool?)Bool(r)),
        Verbosity = Maybe(r, () => (OutputVerbosity?)Pick(r, OutputVerbosity.Low, OutputVerbosity.High, default, new OutputVerbosity(Text(r)))),
        Provider = Maybe(r, () => Provider(r)),
        Plugins = Maybe(r, () => List(r, 0, 3, () => Plugin(r))),
        Transforms = Maybe(r, () => Strings(r)),
        WebSearchOptions = Maybe(r, () => new WebSearchOptions { SearchContextSize = Maybe(r, () => Text(r)), AdditionalProperties = Extension(r) }),
        Modalities = Maybe(r, () => Strings(r)),
        ImageConfig = Maybe(r, () => new ImageGenerationConfig { AspectRatio = Maybe(r, () => Text(r)), ImageSize = Maybe(r, () => Text(r)), AdditionalProperties = Extension(r) }),
        Audio = Maybe(r, () => new AudioOutputOptions { Voice = Maybe(r, () => Text(r)), Format = Maybe(r, () => Text(r)), AdditionalProperties = Extension(r) }),
        Usage = Maybe(r, () => new UsageAccountingOptions { Include = Maybe(r, () => (bool?)Bool(r)) }),
        User = Maybe(r, () => Text(r)),
        SessionId = Maybe(r, () => Text(r)),
        PromptCacheKey = Maybe(r, () => Text(r)),
        CacheControl = Maybe(r, () => CacheControl(r)),
        Metadata = Maybe(r, () => (IReadOnlyDictionary<string, string>)Dictionary(r, () => r.Next(10) == 0 ? null! : Text(r))),
        Trace = Maybe(r, () => new TraceOptions { TraceId = Maybe(r, () => Text(r)), TraceName = Maybe(r, () => Text(r)), SpanName = Maybe(r, () => Text(r)), GenerationName = Maybe(r, () => Text(r)), ParentSpanId = Maybe(r, () => Text(r)), AdditionalProperties = Extension(r) }),
        ServiceTier = Maybe(r, () => (ServiceTierLevel?)Pick(r, default, new ServiceTierLevel("flex"), new ServiceTierLevel(Text(r)))),
        Route = Maybe(r, () => Text(r)),
        Debug = Maybe(r, () => new DebugOptions { EchoUpstreamBody = Maybe(r, () => (bool?)Bool(r)) }),
        Preset = Maybe(r, () => Text(r)),
        AdditionalProperties = Extension(r),
    };

    private static ChatCompletionMessage Message(Random r)
    {
        var role = Pick(r, default, MessageRole.System, MessageRole.User, MessageRole.Assistant, MessageRole.Tool, new MessageRole("Assistant"), new MessageRole(Text(r)));
        var form = r.Next(4);
        return new ChatCompletionMessage
        {
            Role = role,
            Content = form is 0 or 3 ? Text(r) : null,
            ContentParts = form is 1 or 3 ? List(r, 0, 4, () => r.Next(20) == 0 ? null! : Part(r)) : null,
            Name = Maybe(r, () => Text(r)),
            ToolCallId = Maybe(r, () => Text(r)),
            ToolCalls = Maybe(r, () => List(r, 0, 3, () => r.Next(20) == 0 ? null! : ToolCall(r))),
            Reasoning = Maybe(r, () => Text(r)),
            ReasoningDetails = Maybe(r, () => List(r, 0, 3, () => Pick(
                r,
                ReasoningDetail.CreateText(Text(r), Maybe(r, () => Text(r)), Maybe(r, () => Text(r)), Maybe(r, () => (int?)r.Next(5))),
                ReasoningDetail.CreateSummary(Text(r)),
                ReasoningDetail.CreateEncrypted(Text(r), "openai-responses-v1", 0),
                ReasoningDetail.FromJson(Element(r)),
                null!))),
            Refusal = Maybe(r, () => Text(r)),
            Images = Maybe(r, () => List(r, 0, 2, () => Part(r))),
            Annotations = Maybe(r, () => List(r, 0, 2, () => new MessageAnnotation
            {
                Type = Maybe(r, () => Text(r)),
                UrlCitation = Maybe(r, () => new UrlCitation { Url = Maybe(r, () => Text(r)), Title = Maybe(r, () => Text(r)), StartIndex = Maybe(r, () => (int?)Int(r)), AdditionalProperties = Extension(r) }),
                File = Maybe(r, () => new FileAnnotation { Hash = Maybe(r, () => Text(r)), Content = Maybe(r, () => List(r, 0, 2, () => Part(r))) }),
                AdditionalProperties = Extension(r),
            })),
            Audio = Maybe(r, () => new MessageAudio { Id = Maybe(r, () => Text(r)), Data = Maybe(r, () => Text(r)), ExpiresAt = Maybe(r, () => (long?)Int(r)), AdditionalProperties = Extension(r) }),
            AdditionalProperties = Extension(r),
        };
    }

    private static ChatContentPart Part(Random r) => new()
    {
        Type = r.Next(10) == 0 ? null! : Pick(r, "text", "image_url", "input_audio", "file", "video_url", Text(r)),
        Text = Maybe(r, () => Text(r)),
        CacheControl = Maybe(r, () => CacheControl(r)),
        PromptCacheBreakpoint = Maybe(r, () => new PromptCacheBreakpoint { Mode = r.Next(5) == 0 ? null! : Text(r), AdditionalProperties = Extension(r) }),
        ImageUrl = Maybe(r, () => new ContentImageUrl { Url = r.Next(5) == 0 ? null! : Text(r), Detail = Maybe(r, () => (ImageDetailLevel?)Pick(r, ImageDetailLevel.High, ImageDetailLevel.Low, default, new ImageDetailLevel(Text(r)))), AdditionalProperties = Extension(r) }),
        InputAudio = Maybe(r, () => new ContentInputAudio { Data = r.Next(5) == 0 ? null! : Text(r), Format = Maybe(r, () => Text(r)), AdditionalProperties = Extension(r) }),
        File = Maybe(r, () => new ContentFile { Filename = Maybe(r, () => Text(r)), FileData = Maybe(r, () => Text(r)), FileId = Maybe(r, () => Text(r)), AdditionalProperties = Extension(r) }),
        VideoUrl = Maybe(r, () => new ContentVideoUrl { Url = r.Next(5) == 0 ? null! : Text(r), AdditionalProperties = Extension(r) }),
        AdditionalProperties = Extension(r),
    };

    private static ChatCompletionToolCall ToolCall(Random r) => new()
    {
        Index = Maybe(r, () => (int?)Int(r)),
        Id = Maybe(r, () => Text(r)),
        Type = Maybe(r, () => Pick(r, "function", Text(r))),
        Function = Maybe(r, () => new ChatFunctionCall { Name = Maybe(r, () => Text(r)), Arguments = Maybe(r, () => Pick(r, "{\"city\":\"Paris\"}", Text(r))), AdditionalProperties = Extension(r) }),
        AdditionalProperties = Extension(r),
    };

    private static ChatCompletionTool Tool(Random r) => new()
    {
        Type = r.Next(10) == 0 ? null! : Pick(r, "function", "openrouter:web_search", Text(r)),
        Function = Maybe(r, () => new ChatFunctionDefinition
        {
            Name = r.Next(10) == 0 ? null! : Text(r),
            Description = Maybe(r, () => Text(r)),
            Parameters = Maybe(r, () => (JsonElement?)Element(r)),
            Strict = Maybe(r, () => (bool?)Bool(r)),
            AdditionalProperties = Extension(r),
        }),
        Parameters = Maybe(r, () => (JsonElement?)Element(r)),
        CacheControl = Maybe(r, () => CacheControl(r)),
        AdditionalProperties = Extension(r),
    };

    private static ReasoningConfig Reasoning(Random r) => new()
    {
        Effort = Maybe(r, () => (ReasoningEffortLevel?)Pick(r, ReasoningEffortLevel.Medium, default, new ReasoningEffortLevel(Text(r)))),
        MaxTokens = Maybe(r, () => (int?)Int(r)),
        Exclude = Maybe(r, () => (bool?)Bool(r)),
        Enabled = Maybe(r, () => (bool?)Bool(r)),
        Summary = Maybe(r, () => Text(r)),
        AdditionalProperties = Extension(r),
    };

    private static ResponseFormat ResponseFormat(Random r) => new()
    {
        Type = r.Next(10) == 0 ? null! : Pick(r, "json_schema", "json_object", "text", Text(r)),
        JsonSchema = Maybe(r, () => new JsonSchemaFormat { Name = Text(r), Description = Maybe(r, () => Text(r)), Strict = Maybe(r, () => (bool?)Bool(r)), Schema = Maybe(r, () => (JsonElement?)Element(r)), AdditionalProperties = Extension(r) }),
        Grammar = Maybe(r, () => Text(r)),
        AdditionalProperties = Extension(r),
    };

    private static ProviderPreferences Provider(Random r) => r.Next(4) == 0 ? MaximalRequests.Provider() : new()
    {
        Order = Maybe(r, () => Strings(r)),
        AllowFallbacks = Maybe(r, () => (bool?)Bool(r)),
        DataCollection = Maybe(r, () => (DataCollectionPolicy?)Pick(r, DataCollectionPolicy.Allow, DataCollectionPolicy.Deny, default)),
        Quantizations = Maybe(r, () => List(r, 0, 3, () => Pick(r, Quantization.Fp8, Quantization.Int4, new Quantization(Text(r))))),
        Sort = Maybe(r, () => Pick(r, new ProviderSort { By = ProviderSortBy.Price }, new ProviderSort { By = ProviderSortBy.Latency, Partition = ProviderSortPartition.Model })),
        PreferredMinThroughput = Maybe(r, () => Pick(r, new PerformanceThreshold { Value = Double(r) }, new PerformanceThreshold { P50 = Double(r), P99 = Double(r) })),
        MaxPrice = Maybe(r, () => new MaxPrice { Prompt = Maybe(r, () => (decimal?)r.Next(1000) / 7m), Audio = Maybe(r, () => (decimal?)0.000001m) }),
        AdditionalProperties = Extension(r),
    };

    private static ChatPlugin Plugin(Random r) => Pick(
        r,
        ChatPlugin.Web(Maybe(r, () => (int?)Int(r)), Maybe(r, () => Text(r))),
        ChatPlugin.FileParser(Maybe(r, () => Text(r))),
        ChatPlugin.ContextCompression(Bool(r)),
        ChatPlugin.AutoRouter(Maybe(r, () => Strings(r))),
        new ChatPlugin { Id = Text(r), IncludeDomains = Maybe(r, () => Strings(r)), AdditionalProperties = Extension(r) });

    private static CacheControl CacheControl(Random r) => new() { Type = r.Next(5) == 0 ? null! : Pick(r, "ephemeral", Text(r)), Ttl = Maybe(r, () => Pick(r, "5m", "1h", Text(r))), AdditionalProperties = Extension(r) };

    private static Dictionary<string, JsonElement>? Extension(Random r) =>
        r.Next(4) == 0 ? Dictionary(r, () => Element(r)) : null;

    private static Dictionary<string, T> Dictionary<T>(Random r, Func<T> value)
    {
        var result = new Dictionary<string, T>();
        var count = r.Next(4);
        for (var i = 0; i < count; i++)
        {
            result[Pick(r, Keys) + (r.Next(2) == 0 ? string.Empty : Text(r))] = value();
        }

        return result;
    }

    private static JsonElement Element(Random r) => JsonDocument.Parse(Pick(r, JsonTexts)).RootElement.Clone();

    private static string Text(Random r) => r.Next(3) == 0 ? Pick(r, Texts) : Pick(r, Texts) + Pick(r, Texts);

    private static IReadOnlyList<string> Strings(Random r) => List(r, 0, 4, () => r.Next(15) == 0 ? null! : Text(r));

    private static IReadOnlyList<T> List<T>(Random r, int min, int max, Func<T> item)
    {
        var count = r.Next(min, max + 1);
        var list = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(item());
        }

        // Arrays and lists take different serializer paths; both must come out the same.
        return r.Next(2) == 0 ? list.ToArray() : list;
    }

    private static bool Bool(Random r) => r.Next(2) == 0;

    private static int Int(Random r) => Pick(r, 0, 1, -1, int.MaxValue, int.MinValue, r.Next());

    private static double Double(Random r) => Pick(r, 0d, -0d, 0.1, 0.7, 1.1, 2, -2, 1e-7, 3.0000000000000004, 1e300, -1.5e-300, r.NextDouble() * 4 - 2);

    private static T? Maybe<T>(Random r, Func<T> value) => r.Next(2) == 0 ? value() : default;

    private static T Pick<T>(Random r, params T[] values) => values[r.Next(values.Length)];
}
