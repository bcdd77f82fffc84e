using System.Collections.Generic;
using System.Text.Json;
using static OpenRouter.Tests.Serialization.Fixtures;

namespace OpenRouter.Tests.Contract;

/// <summary>
/// Requests with every typed property set (several objects where one object cannot show every field at once, e.g. one
/// plugin per id, one message per role). They need not make sense to a model: they exist to show every wire name we can emit.
/// Extension data (<c>AdditionalProperties</c>) is left empty: what goes there is the caller's choice, not ours.
/// </summary>
internal static class MaximalRequests
{
    public static ProviderPreferences Provider() => new()
    {
        Order = new[] { "anthropic", "google-vertex/us-east5" },
        AllowFallbacks = false,
        RequireParameters = true,
        DataCollection = DataCollectionPolicy.Deny,
        Zdr = true,
        EnforceDistillableText = true,
        Only = new[] { "anthropic" },
        Ignore = new[] { "deepinfra" },
        Quantizations = new[] { Quantization.Fp8, Quantization.Bf16 },
        Sort = new ProviderSort { By = ProviderSortBy.Throughput, Partition = ProviderSortPartition.None },
        PreferredMinThroughput = new PerformanceThreshold { P50 = 50, P75 = 40, P90 = 20, P99 = 10 },
        PreferredMaxLatency = new PerformanceThreshold { P50 = 1, P75 = 2, P90 = 3, P99 = 5 },
        MaxPrice = new MaxPrice { Prompt = 1m, Completion = 2.5m, Request = 0.01m, Image = 0.02m, Audio = 0.03m },
        Experimental = new ProviderExperimentalOptions { ForceChatCompletions = true },
    };

    public static ReasoningConfig Reasoning() => new()
    {
        Effort = ReasoningEffortLevel.High,
        MaxTokens = 2000,
        Exclude = false,
        Enabled = true,
        Summary = "auto",
    };

    public static ResponseFormat ResponseFormat() => new()
    {
        Type = "json_schema",
        JsonSchema = new JsonSchemaFormat
        {
            Name = "weather",
            Description = "A forecast",
            Strict = true,
            Schema = Json("""{"type": "object", "properties": {"temp": {"type": "number"}}, "required": ["temp"]}"""),
        },

        // Only meaningful with type "grammar"; set here so the name is checked too.
        Grammar = "root ::= \"yes\" | \"no\"",
    };

    public static IReadOnlyList<ChatPlugin> Plugins() => new[]
    {
        new ChatPlugin
        {
            Id = "web",
            Enabled = true,
            Engine = "exa",
            MaxResults = 3,
            SearchPrompt = "Results:",
            IncludeDomains = new[] { "*.example.com" },
            ExcludeDomains = new[] { "spam.example.com" },
        },
        new ChatPlugin { Id = "file-parser", Pdf = new PdfParserOptions { Engine = "cloudflare-ai" } },
        new ChatPlugin { Id = "auto-router", AllowedModels = new[] { "anthropic/*" }, ExcludedModels = new[] { "openai/*" } },
        ChatPlugin.ContextCompression(),
        ChatPlugin.ResponseHealing(),
        ChatPlugin.Moderation(),
    };

    public static IReadOnlyList<ChatCompletionMessage> Messages() => new[]
    {
        new ChatCompletionMessage { Role = MessageRole.System, Content = "You are terse.", Name = "rules" },
        new ChatCompletionMessage
        {
            Role = MessageRole.Developer,
            ContentParts = new[] { ChatContentPart.CreateText("Answer in French.", new CacheControl { Ttl = "1h" }) },
            Name = "dev",
        },
        new ChatCompletionMessage
        {
            Role = MessageRole.User,
            Name = "alice",
            ContentParts = new[]
            {
                ChatContentPart.CreateText("Describe these.", CacheControl.Ephemeral),
                new ChatContentPart { Text = "Shared context", PromptCacheBreakpoint = new PromptCacheBreakpoint() },
                ChatContentPart.CreateImageUrl("https://example.com/cat.png", ImageDetailLevel.High),
                ChatContentPart.CreateAudio(new byte[] { 1, 2, 3 }, "wav"),
                new ChatContentPart { Type = "file", File = new ContentFile { Filename = "doc.pdf", FileData = "https://example.com/doc.pdf", FileId = "file-123" } },
                ChatContentPart.CreateVideoUrl("https://example.com/clip.mp4"),
            },
        },
        new ChatCompletionMessage
        {
            Role = MessageRole.Assistant,
            Name = "bot",
            ContentParts = new[] { ChatContentPart.CreateText("Looking it up.") },
            Reasoning = "The user wants the weather.",
            ReasoningDetails = new[]
            {
                ReasoningDetail.CreateText("Think.", signature: "sig", format: "anthropic-claude-v1", index: 0),
                ReasoningDetail.CreateSummary("Thought.", format: "openai-responses-v1", index: 1),
                ReasoningDetail.CreateEncrypted("opaque", format: "openai-responses-v1", index: 2),
            },
            ToolCalls = new[]
            {
                new ChatCompletionToolCall
                {
                    Index = 0,
                    Id = "call_1",
                    Type = "function",
                    Function = new ChatFunctionCall { Name = "get_weather", Arguments = "{\"city\":\"Paris\"}" },
                },
            },
            Refusal = "I cannot do that.",
            Images = new[] { ChatContentPart.CreateImageUrl("data:image/png;base64,AAAA") },
            Audio = new MessageAudio { Id = "audio_1", Data = "AAAA", Transcript = "Hi", ExpiresAt = 1700000000 },
            Annotations = new[]
            {
                new MessageAnnotation
                {
                    Type = "url_citation",
                    UrlCitation = new UrlCitation { Url = "https://example.com", Title = "Example", Content = "text", StartIndex = 0, EndIndex = 4 },
                },
                new MessageAnnotation
                {
                    Type = "file",
                    File = new FileAnnotation { Hash = "abc", Name = "doc.pdf", Content = new[] { ChatContentPart.CreateText("page 1") } },
                },
                new MessageAnnotation { Type = "file_annotation", FileId = "file-123", Quote = "page 1" },
            },
        },
        new ChatCompletionMessage { Role = MessageRole.Tool, ToolCallId = "call_1", Content = "{\"temp\":21}", Name = "get_weather" },
    };

    public static ChatCompletionRequest Chat() => new()
    {
        Model = "anthropic/claude-sonnet-4.5",
        Models = new[] { "openai/gpt-4o" },
        Messages = Messages(),
        Stream = false,
        MaxTokens = 1000,
        MaxCompletionTokens = 900,
        Temperature = 0.7,
        TopP = 0.9,
        TopK = 40,
        FrequencyPenalty = 0.1,
        PresencePenalty = 0.2,
        RepetitionPenalty = 1.1,
        MinP = 0.05,
        TopA = 0.3,
        Seed = 42,
        LogitBias = new Dictionary<string, double> { ["50256"] = -100 },
        Logprobs = true,
        TopLogprobs = 3,
        Stop = new[] { "END" },
        ResponseFormat = ResponseFormat(),
        Tools = new[]
        {
            new ChatCompletionTool
            {
                Function = new ChatFunctionDefinition
                {
                    Name = "get_weather",
                    Description = "Get current weather",
                    Parameters = Json("""{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}"""),
                    Strict = true,
                },
                CacheControl = CacheControl.Ephemeral,
            },
            ChatCompletionTool.CreateWebSearch(new WebSearchToolParameters
            {
                Engine = "exa",
                Mode = "deep-lite",
                MaxResults = 3,
                MaxTotalResults = 10,
                MaxCharacters = 2000,
                MaxUses = 2,
                SearchContextSize = "medium",
                AllowedDomains = new[] { "*.example.com" },
                ExcludedDomains = new[] { "example.org" },
                UserLocation = new WebSearchUserLocation { City = "San Francisco", Region = "California", Country = "US", Timezone = "America/Los_Angeles" },
            }),
        },
        ToolChoice = ToolChoice.ForFunction("get_weather"),
        ParallelToolCalls = false,
        Prediction = new PredictedOutput { Content = "It is sunny" },
        Reasoning = Reasoning(),
        ReasoningEffort = ReasoningEffortLevel.High,
        IncludeReasoning = true,
        Verbosity = OutputVerbosity.Low,
        Provider = Provider(),
        Plugins = Plugins(),
        Transforms = new[] { "middle-out" },
        WebSearchOptions = new WebSearchOptions { SearchContextSize = "high" },
        Modalities = new[] { "image", "text" },
        ImageConfig = new ImageGenerationConfig { AspectRatio = "16:9", ImageSize = "2K" },
        Audio = new AudioOutputOptions { Voice = "alloy", Format = "wav" },
        Usage = new UsageAccountingOptions { Include = true },
        User = "user-123",
        SessionId = "session-abc",
        PromptCacheKey = "cache-key-1",
        CacheControl = new CacheControl { Ttl = "1h" },
        Metadata = new Dictionary<string, string> { ["team"] = "search" },
        Trace = new TraceOptions { TraceId = "t-1", TraceName = "chat", SpanName = "s", GenerationName = "g", ParentSpanId = "p-1" },
        ServiceTier = ServiceTierLevel.Flex,
        Route = "fallback",
        Debug = new DebugOptions { EchoUpstreamBody = true },
        Preset = "my-preset",
    };

    public static CompletionRequest Completion() => new()
    {
        Model = "openai/gpt-3.5-turbo-instruct",
        Models = new[] { "openai/gpt-4o-mini" },
        Prompt = "Count to three:",
        Stream = false,
        MaxTokens = 20,
        Temperature = 0.5,
        TopP = 0.9,
        TopK = 40,
        FrequencyPenalty = 0.1,
        PresencePenalty = 0.2,
        RepetitionPenalty = 1.1,
        MinP = 0.05,
        TopA = 0.3,
        Seed = 7,
        LogitBias = new Dictionary<string, double> { ["50256"] = -100 },
        Logprobs = 2,
        TopLogprobs = 2,
        Stop = new[] { "\n" },
        Echo = true,
        Suffix = "!",
        N = 1,
        BestOf = 2,
        ResponseFormat = ResponseFormat(),
        Provider = Provider(),
        Reasoning = Reasoning(),
        IncludeReasoning = true,
        Transforms = new[] { "middle-out" },
        Plugins = Plugins(),
        Usage = new UsageAccountingOptions { Include = true },
        User = "user-123",
        SessionId = "session-abc",
        Metadata = new Dictionary<string, string> { ["team"] = "search" },
        Trace = new TraceOptions { TraceId = "t-1", TraceName = "chat", SpanName = "s", GenerationName = "g", ParentSpanId = "p-1" },
        Preset = "my-preset",
    };
}
