using System.Collections.Generic;
using System.Text.Json;
using static OpenRouter.Tests.Serialization.Fixtures;

namespace OpenRouter.Tests.Serialization;

/// <summary>Requests with every field set, shared by the serialization, end-to-end and contract tests.</summary>
internal static class TestRequests
{
    /// <summary>A chat request with every modelled field set; serializes to <c>Requests/chat-full.json</c>.</summary>
    public static ChatCompletionRequest FullChat() =>
        new ChatCompletionRequest
        {
            Model = "anthropic/claude-sonnet-4.5",
            Models = new[] { "openai/gpt-4o", "google/gemini-2.5-pro" },
            Messages = new[]
            {
                ChatCompletionMessage.System("You are terse."),
                ChatCompletionMessage.Developer("Answer in French."),
                new ChatCompletionMessage { Role = MessageRole.User, Content = "Weather in Paris?", Name = "alice" },
            },
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
            LogitBias = new Dictionary<string, double> { ["50256"] = -100, ["1234"] = 5.5 },
            Logprobs = true,
            TopLogprobs = 3,
            Stop = new[] { "END", "STOP" },
            ResponseFormat = ResponseFormat.ForJsonSchema("weather", Json("""{"type": "object", "properties": {"temp": {"type": "number"}}, "required": ["temp"]}"""), "A forecast", strict: true),
            Tools = new[]
            {
                new ChatCompletionTool
                {
                    Function = new ChatFunctionDefinition
                    {
                        Name = "get_weather",
                        Description = "Get current weather",
                        Parameters = Json("""{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}"""),
                        Strict = false,
                    },
                    CacheControl = CacheControl.Ephemeral,
                },
                ChatCompletionTool.CreateServerTool("openrouter:web_search", Json("""{"max_results": 3}""")),
            },
            ToolChoice = ToolChoice.ForFunction("get_weather"),
            ParallelToolCalls = false,
            Prediction = new PredictedOutput { Content = "It is sunny" },
            Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.High, Exclude = false, Enabled = true, Summary = "auto" },
            ReasoningEffort = ReasoningEffortLevel.High,
            IncludeReasoning = true,
            Verbosity = OutputVerbosity.Low,
            Provider = new ProviderPreferences
            {
                Order = new[] { "anthropic", "google-vertex/us-east5" },
                AllowFallbacks = false,
                RequireParameters = true,
                DataCollection = DataCollectionPolicy.Deny,
                Zdr = true,
                EnforceDistillableText = false,
                Only = new[] { "anthropic", "google-vertex" },
                Ignore = new[] { "deepinfra" },
                Quantizations = new[] { Quantization.Fp8, Quantization.Bf16, Quantization.Nvfp4 },
                Sort = new ProviderSort { By = ProviderSortBy.Throughput, Partition = ProviderSortPartition.None },
                PreferredMinThroughput = new PerformanceThreshold { P50 = 50, P90 = 20 },
                PreferredMaxLatency = 1.5,
                MaxPrice = new MaxPrice { Prompt = 1m, Completion = 2.5m, Request = 0.01m, Image = 0.02m, Audio = 0.03m },
                Experimental = new ProviderExperimentalOptions { ForceChatCompletions = true },
            },
            Plugins = new[]
            {
                new ChatPlugin { Id = "web", MaxResults = 3, Engine = "exa", IncludeDomains = new[] { "*.example.com" } },
                ChatPlugin.FileParser("cloudflare-ai"),
                ChatPlugin.ResponseHealing(),
                ChatPlugin.ContextCompression(),
                new ChatPlugin { Id = "moderation", Enabled = false },
                new ChatPlugin
                {
                    Id = "auto-router",
                    AllowedModels = new[] { "anthropic/*" },
                    AdditionalProperties = new Dictionary<string, JsonElement> { ["cost_tier"] = Json("\"low\"") },
                },
            },
            Transforms = new[] { "middle-out" },
            WebSearchOptions = new WebSearchOptions { SearchContextSize = "high" },
            Modalities = new[] { "image", "text" },
            ImageConfig = new ImageGenerationConfig
            {
                AspectRatio = "16:9",
                ImageSize = "2K",
                AdditionalProperties = new Dictionary<string, JsonElement> { ["quality"] = Json("\"high\"") },
            },
            Audio = new AudioOutputOptions { Voice = "alloy", Format = "wav" },
            Usage = new UsageAccountingOptions { Include = true },
            User = "user-123",
            SessionId = "session-abc",
            PromptCacheKey = "cache-key-1",
            CacheControl = new CacheControl { Ttl = "1h" },
            Metadata = new Dictionary<string, string> { ["team"] = "search", ["env"] = "test" },
            Trace = new TraceOptions
            {
                TraceId = "t-1",
                TraceName = "chat",
                SpanName = "s",
                GenerationName = "g",
                ParentSpanId = "p-1",
                AdditionalProperties = new Dictionary<string, JsonElement> { ["custom"] = Json("7") },
            },
            ServiceTier = ServiceTierLevel.Flex,
            Route = "fallback",
            Debug = new DebugOptions { EchoUpstreamBody = true },
            Preset = "my-preset",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["x_search_filter"] = Json("""{"allowed_x_handles": ["openrouter"]}""") },
        };

    /// <summary>A legacy completion request with every field set; serializes to <c>Requests/completion-full.json</c>.</summary>
    public static CompletionRequest FullCompletion() =>
        new CompletionRequest
        {
            Model = "openai/gpt-3.5-turbo-instruct",
            Models = new[] { "mistralai/mistral-7b-instruct" },
            Prompt = "2, 3, 5,",
            MaxTokens = 10,
            Temperature = 0,
            Logprobs = 3,
            Echo = false,
            Stop = new[] { "\n" },
            Provider = new ProviderPreferences { Sort = ProviderSortBy.Price },
            Reasoning = new ReasoningConfig { Effort = ReasoningEffortLevel.Low },
            Usage = new UsageAccountingOptions { Include = true },
            Transforms = System.Array.Empty<string>(),
            User = "u-1",
        };
}
