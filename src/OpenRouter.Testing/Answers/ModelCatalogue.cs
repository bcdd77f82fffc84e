using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>The emulator's small built-in model catalogue (shapes of <c>GET models</c> and <c>GET models/{author}/{slug}/endpoints</c>).</summary>
internal static partial class ModelCatalogue
{
    /// <summary>Every model: the chat models, then the embedding, image, speech, transcription and rerank models.</summary>
    public static readonly IReadOnlyList<CatalogueModel> Models = [.. ChatModels(), .. MediaModels()];

    private static CatalogueModel[] ChatModels() => [.. FirstChatModels(), .. MoreChatModels()];

    private static CatalogueModel[] FirstChatModels() =>
    [
        new(
            "openai/gpt-4o-mini", "OpenAI: GPT-4o-mini", 1721260800,
            "A small, fast and cheap multimodal model (emulated).",
            128000, ["text", "image", "file"], ["text"], "GPT", null, "0.00000015", "0.0000006", "0.000000075",
            ["frequency_penalty", "logit_bias", "logprobs", "max_tokens", "presence_penalty", "response_format", "seed", "stop",
             "structured_outputs", "temperature", "tool_choice", "tools", "top_logprobs", "top_p"],
            16384, true, false,
            [
                new("OpenAI", "openai", null, 128000, 16384, "0.00000015", "0.0000006", 99.9, 410, 71.5),
                new("Azure", "azure", null, 128000, 16384, "0.00000015", "0.0000006", 99.2, 630, 55.25),
                new("Microsoft Foundry", "microsoft-foundry", null, 128000, 16384, "0.00000015", "0.0000006", 98.7, 710, 49.8),
            ]),
        new(
            "anthropic/claude-sonnet-4.5", "Anthropic: Claude Sonnet 4.5", 1759161676,
            "A reasoning model for agents and coding (emulated).",
            1000000, ["text", "image", "file"], ["text"], "Claude", null, "0.000003", "0.000015", "0.0000003",
            ["include_reasoning", "max_tokens", "reasoning", "response_format", "stop", "structured_outputs", "temperature",
             "tool_choice", "tools", "top_k", "top_p"],
            64000, false, true,
            [
                new("Anthropic", "anthropic", null, 1000000, 64000, "0.000003", "0.000015", 99.7, 1850, 62.0),
                new("Amazon Bedrock", "amazon-bedrock", null, 200000, 64000, "0.000003", "0.000015", 98.4, 2100, 48.5),
                new("Google", "google-vertex", null, 1000000, 64000, "0.000003", "0.000015", 99.3, 1970, 55.1),
            ]),
        new(
            "deepseek/deepseek-r1", "DeepSeek: R1", 1737381095,
            "An open-weights reasoning model (emulated).",
            163840, ["text"], ["text"], "DeepSeek", "deepseek-r1", "0.0000004", "0.000002", null,
            ["frequency_penalty", "include_reasoning", "max_tokens", "min_p", "presence_penalty", "reasoning", "repetition_penalty",
             "seed", "stop", "temperature", "top_k", "top_p"],
            163840, false, true,
            [
                new("DeepInfra", "deepinfra/fp8", "fp8", 163840, 163840, "0.0000004", "0.000002", 97.5, 950, 33.4),
                new("Together", "together", "fp8", 163840, 32768, "0.000003", "0.000007", 99.1, 720, 41.0),
            ]),
        new(
            "openai/gpt-5-mini", "OpenAI: GPT-5 Mini", 1754587413,
            "A compact reasoning model with tools, structured outputs and image input (emulated).",
            400000, ["text", "image", "file"], ["text"], "GPT", null, "0.00000025", "0.000002", "0.000000025",
            ["include_reasoning", "max_tokens", "reasoning", "response_format", "seed", "structured_outputs", "tool_choice", "tools"],
            128000, true, true,
            [
                new("OpenAI", "openai", null, 400000, 128000, "0.00000025", "0.000002", 99.6, 3200, 88.4),
                new("Azure", "azure", null, 400000, 128000, "0.00000025", "0.000002", 98.9, 3900, 71.0),
            ]),
    ];

    private static CatalogueModel[] MoreChatModels() =>
    [
        new(
            "google/gemini-2.5-flash", "Google: Gemini 2.5 Flash", 1750172488,
            "A fast multimodal reasoning model with a 1M-token context (emulated).",
            1048576, ["text", "image", "file", "audio", "video"], ["text"], "Gemini", null, "0.0000003", "0.0000025", "0.000000075",
            ["include_reasoning", "max_tokens", "reasoning", "response_format", "seed", "stop", "structured_outputs", "temperature",
             "tool_choice", "tools", "top_p"],
            65535, false, true,
            [
                new("Google", "google-vertex", null, 1048576, 65535, "0.0000003", "0.0000025", 99.5, 580, 142.3),
                new("Google AI Studio", "google-ai-studio", null, 1048576, 65535, "0.0000003", "0.0000025", 97.8, 660, 128.9),
            ]),
        new(
            "meta-llama/llama-3.3-70b-instruct", "Meta: Llama 3.3 70B Instruct", 1733506137,
            "An open-weights 70B instruction model served by many providers (emulated).",
            131072, ["text"], ["text"], "Llama3", "llama3", "0.00000013", "0.0000004", null,
            ["frequency_penalty", "max_tokens", "min_p", "presence_penalty", "repetition_penalty", "response_format", "seed", "stop",
             "temperature", "tool_choice", "tools", "top_k", "top_p"],
            16384, false, false,
            [
                new("DeepInfra", "deepinfra/fp8", "fp8", 131072, 16384, "0.00000013", "0.0000004", 99.4, 380, 34.6),
                new("Groq", "groq", "bf16", 131072, 32768, "0.00000059", "0.00000079", 99.8, 210, 312.5),
                new("Together", "together/fp8", "fp8", 131072, 2048, "0.00000088", "0.00000088", 99.0, 470, 96.2),
                new("Lambda", "lambda/fp8", "fp8", 131072, 131072, "0.00000012", "0.0000003", 95.6, 620, 51.7),
            ]),
        new(
            "mistralai/mistral-small-3.2-24b-instruct", "Mistral: Mistral Small 3.2 24B", 1750443016,
            "A small open-weights model with tools, structured outputs and image input (emulated).",
            131072, ["text", "image"], ["text"], "Mistral", null, "0.0000001", "0.0000003", null,
            ["frequency_penalty", "max_tokens", "presence_penalty", "response_format", "seed", "stop", "structured_outputs",
             "temperature", "tool_choice", "tools", "top_p"],
            131072, false, false,
            [
                new("Mistral", "mistral", null, 131072, 131072, "0.0000001", "0.0000003", 99.2, 330, 118.0),
                new("DeepInfra", "deepinfra/bf16", "bf16", 128000, 16384, "0.00000005", "0.0000001", 98.1, 440, 62.4),
            ]),
        new(
            "qwen/qwen3-235b-a22b", "Qwen: Qwen3 235B A22B", 1745875757,
            "A mixture-of-experts reasoning model with tool use (emulated).",
            131072, ["text"], ["text"], "Qwen3", "qwen3", "0.00000018", "0.00000054", null,
            ["frequency_penalty", "include_reasoning", "max_tokens", "min_p", "presence_penalty", "reasoning", "repetition_penalty",
             "seed", "stop", "temperature", "tool_choice", "tools", "top_k", "top_p"],
            40960, false, true,
            [
                new("Chutes", "chutes/bf16", "bf16", 40960, 40960, "0.00000018", "0.00000054", 96.9, 1120, 38.8),
                new("Novita", "novita/fp8", "fp8", 40960, 20000, "0.0000002", "0.0000008", 98.6, 930, 29.5),
                new("Fireworks", "fireworks", "fp8", 131072, 32768, "0.00000022", "0.00000088", 99.7, 640, 74.1),
            ]),
        new(
            "openrouter/auto", "Auto Router", 1699401600,
            "Routes each request to a suitable model; the price depends on the model chosen (emulated).",
            2000000, ["text", "image", "audio", "file", "video"], ["text", "image"], "Router", null, "-1", "-1", null,
            ["frequency_penalty", "include_reasoning", "logit_bias", "max_tokens", "presence_penalty", "reasoning", "response_format",
             "seed", "stop", "structured_outputs", "temperature", "tool_choice", "tools", "top_p"],
            null, false, false,
            [
                new("OpenRouter", "openrouter", null, 2000000, null, "-1", "-1", 100, 500, 50.0),
            ]),
    ];

    public static CatalogueModel? Find(string id) =>
        Models.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    public static void WriteModel(Utf8JsonWriter w, CatalogueModel m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("canonical_slug", m.Id);
        w.WriteNull("hugging_face_id");
        w.WriteString("name", m.Name);
        w.WriteNumber("created", m.Created);
        w.WriteString("description", m.Description);
        w.WriteNumber("context_length", m.ContextLength);
        WriteArchitecture(w, m);
        WritePricing(w, m);
        w.WriteStartObject("top_provider");
        w.WriteNumber("context_length", m.ContextLength);
        w.WriteNumberOrNull("max_completion_tokens", m.MaxCompletionTokens);
        w.WriteBoolean("is_moderated", m.IsModerated);
        w.WriteEndObject();
        w.WriteNull("per_request_limits");
        w.WriteStringArray("supported_parameters", m.SupportedParameters);
        if (m.Voices is { } voices)
        {
            w.WriteStringArray("supported_voices", voices);
        }
        else
        {
            w.WriteNull("supported_voices");
        }

        w.WriteStartObject("default_parameters");
        w.WriteNull("temperature");
        w.WriteNull("top_p");
        w.WriteNull("frequency_penalty");
        w.WriteEndObject();
        WriteReasoning(w, m);
        w.WriteNull("expiration_date");
        w.WriteStartObject("links");
        w.WriteString("details", $"/api/v1/models/{m.Id}/endpoints");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePricing(Utf8JsonWriter w, CatalogueModel m)
    {
        w.WriteStartObject("pricing");
        w.WriteString("prompt", m.Prompt);
        w.WriteString("completion", m.Completion);
        w.WriteString("request", m.RequestPrice);
        w.WriteString("image", m.ImagePrice);
        if (m.ImageOutputPrice is not null)
        {
            w.WriteString("image_output", m.ImageOutputPrice);
        }

        w.WriteString("web_search", "0");
        w.WriteString("internal_reasoning", "0");
        if (m.CacheRead is not null)
        {
            w.WriteString("input_cache_read", m.CacheRead);
        }

        w.WriteEndObject();
    }

    /// <summary>The <c>reasoning</c> object of a reasoning model; nothing for the others.</summary>
    private static void WriteReasoning(Utf8JsonWriter w, CatalogueModel m)
    {
        if (!m.Reasoning)
        {
            return;
        }

        w.WriteStartObject("reasoning");
        w.WriteStringArray("supported_efforts", ["low", "medium", "high"]);
        w.WriteString("default_effort", "medium");
        w.WriteBoolean("default_enabled", true);
        w.WriteBoolean("mandatory", false);
        w.WriteBoolean("supports_max_tokens", true);
        w.WriteEndObject();
    }

    public static void WriteEndpoints(Utf8JsonWriter w, CatalogueModel m, bool authenticated)
    {
        w.WriteStartObject();
        w.WriteStartObject("data");
        w.WriteString("id", m.Id);
        w.WriteString("name", m.Name);
        w.WriteNumber("created", m.Created);
        w.WriteString("description", m.Description);
        WriteArchitecture(w, m);
        w.WriteStartArray("endpoints");
        foreach (var e in m.Endpoints)
        {
            WriteEndpoint(w, m, e, authenticated);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteEndpoint(Utf8JsonWriter w, CatalogueModel m, CatalogueEndpoint e, bool authenticated)
    {
        w.WriteStartObject();
        w.WriteString("name", $"{e.ProviderName} | {m.Id}");
        w.WriteString("model_id", m.Id);
        w.WriteString("model_name", m.Name);
        w.WriteNumber("context_length", e.ContextLength);
        w.WriteStartObject("pricing");
        w.WriteString("prompt", e.Prompt);
        w.WriteString("completion", e.Completion);
        w.WriteString("request", "0");
        w.WriteString("image", "0");
        w.WriteEndObject();
        w.WriteString("provider_name", e.ProviderName);
        w.WriteString("tag", e.Tag);
        w.WriteStringOrNull("quantization", e.Quantization);
        w.WriteNumberOrNull("max_completion_tokens", e.MaxCompletionTokens);
        w.WriteNumber("max_prompt_tokens", e.ContextLength);
        w.WriteStringArray("supported_parameters", m.SupportedParameters);
        w.WriteNumber("status", 0);
        w.WriteNumber("uptime_last_5m", 100);
        w.WriteNumber("uptime_last_30m", e.Uptime);
        w.WriteNumber("uptime_last_1d", e.Uptime);
        w.WriteBoolean("supports_implicit_caching", m.CacheRead is not null);
        if (authenticated)
        {
            WritePercentiles(w, "latency_last_30m", e.LatencyP50Ms, 1.4);
            WritePercentiles(w, "throughput_last_30m", e.ThroughputP50, 0.8);
        }
        else
        {
            w.WriteNull("latency_last_30m");
            w.WriteNull("throughput_last_30m");
        }

        w.WriteEndObject();
    }

    private static void WritePercentiles(Utf8JsonWriter w, string name, double p50, double factor)
    {
        w.WriteStartObject(name);
        w.WriteNumber("p50", p50);
        w.WriteNumber("p75", Math.Round(p50 * factor, 3));
        w.WriteNumber("p90", Math.Round(p50 * factor * factor, 3));
        w.WriteNumber("p99", Math.Round(p50 * factor * factor * factor, 3));
        w.WriteEndObject();
    }

    private static void WriteArchitecture(Utf8JsonWriter w, CatalogueModel m)
    {
        w.WriteStartObject("architecture");
        w.WriteString("modality", string.Join("+", m.InputModalities) + "->" + string.Join("+", m.OutputModalities));
        w.WriteStringArray("input_modalities", m.InputModalities);
        w.WriteStringArray("output_modalities", m.OutputModalities);
        w.WriteString("tokenizer", m.Tokenizer);
        w.WriteStringOrNull("instruct_type", m.InstructType);
        w.WriteEndObject();
    }
}

internal sealed record CatalogueModel(
    string Id,
    string Name,
    long Created,
    string Description,
    int ContextLength,
    string[] InputModalities,
    string[] OutputModalities,
    string Tokenizer,
    string? InstructType,
    string Prompt,
    string Completion,
    string? CacheRead,
    string[] SupportedParameters,
    int? MaxCompletionTokens,
    bool IsModerated,
    bool Reasoning,
    CatalogueEndpoint[] Endpoints)
{
    /// <summary>Gets the length of an embedding model's vectors when the request names no <c>dimensions</c>.</summary>
    public int? EmbeddingDimensions { get; init; }

    /// <summary>Gets a value indicating whether an embedding model honours <c>dimensions</c> (up to <see cref="EmbeddingDimensions"/>).</summary>
    public bool FlexibleDimensions { get; init; }

    /// <summary>Gets the voices of a text-to-speech model (<c>supported_voices</c>), the first being the default.</summary>
    public string[]? Voices { get; init; }

    /// <summary>Gets the price in dollars of one request (<c>pricing.request</c>); for a rerank model, of one search unit.</summary>
    public string RequestPrice { get; init; } = "0";

    /// <summary>Gets the price in dollars of one input image (<c>pricing.image</c>).</summary>
    public string ImagePrice { get; init; } = "0";

    /// <summary>Gets the price in dollars of one generated image (<c>pricing.image_output</c>), for image models.</summary>
    public string? ImageOutputPrice { get; init; }

    /// <summary>Gets the most images an image model makes in one request (<c>n</c>).</summary>
    public int MaxImages { get; init; } = 1;

    /// <summary>Gets a value indicating whether an image model streams partial images when asked (<c>stream: true</c>).</summary>
    public bool SupportsStreaming { get; init; }

    /// <summary>Gets the request parameters an image model declares, for <c>GET images/models</c>.</summary>
    public ImageCapability[] ImageCapabilities { get; init; } = [];
}

/// <summary>One parameter an image model supports: an <c>enum</c> with values, a <c>range</c> from min to max, or a <c>boolean</c>.</summary>
internal sealed record ImageCapability(string Name, string Type, string[]? Values = null, double Min = 0, double Max = 0);

/// <summary>One provider endpoint of a catalogue model; <c>LatencyP50Ms</c> is the time to first token in milliseconds, as OpenRouter sends it.</summary>
internal sealed record CatalogueEndpoint(
    string ProviderName,
    string Tag,
    string? Quantization,
    int ContextLength,
    int? MaxCompletionTokens,
    string Prompt,
    string Completion,
    double Uptime,
    double LatencyP50Ms,
    double ThroughputP50);
