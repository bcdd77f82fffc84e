namespace OpenRouter.Testing;

/// <summary>The catalogue's models for the routes beside chat: embeddings, images, speech, transcription and rerank.</summary>
internal static partial class ModelCatalogue
{
    // A property, not a field: Models (in the other part of the class) is initialised first.
    private static string[] ImageAspectRatios => ["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"];

    private static CatalogueModel[] MediaModels() => [.. EmbeddingModels(), .. ImageModels(), .. AudioModels()];

    private static CatalogueModel[] EmbeddingModels() =>
    [
        Embedding("openai/text-embedding-3-large", "OpenAI: Text Embedding 3 Large", 1705968000, 8192, "GPT", "0.00000013", 3072, true,
            [new("OpenAI", "openai", null, 8192, null, "0.00000013", "0", 99.98, 140, 0)]),
        Embedding("openai/text-embedding-ada-002", "OpenAI: Text Embedding Ada 002", 1671148800, 8192, "GPT", "0.0000001", 1536, false,
            [new("OpenAI", "openai", null, 8192, null, "0.0000001", "0", 99.97, 120, 0),
             new("Azure", "azure", null, 8192, null, "0.0000001", "0", 99.5, 180, 0)]),
        Embedding("google/gemini-embedding-001", "Google: Gemini Embedding 001", 1752624000, 2048, "Gemini", "0.00000015", 3072, true,
            [new("Google", "google-vertex", null, 2048, null, "0.00000015", "0", 99.6, 210, 0)]),
        Embedding("mistralai/mistral-embed-2312", "Mistral: Mistral Embed 2312", 1702339200, 8192, "Mistral", "0.0000001", 1024, false,
            [new("Mistral", "mistral", null, 8192, null, "0.0000001", "0", 99.4, 160, 0)]),
        Embedding("qwen/qwen3-embedding-8b", "Qwen: Qwen3 Embedding 8B", 1749513600, 32000, "Qwen3", "0.00000001", 4096, true,
            [new("DeepInfra", "deepinfra/bf16", "bf16", 32000, null, "0.00000001", "0", 98.9, 260, 0)]),
    ];

    private static CatalogueModel[] ImageModels() =>
    [
        Image("bytedance-seed/seedream-4.5", "ByteDance Seed: Seedream 4.5", 1764547200, "Other", "0", "0.04", 4, false,
            [Choice("aspect_ratio", ImageAspectRatios), Choice("resolution", "2K", "4K"), Between("n", 1, 4), Toggle("seed"), Choice("output_format", "png", "jpeg")],
            new("Seed", "seed", null, 4096, null, "0", "0", 99.1, 9800, 0)),
        Image("black-forest-labs/flux.2-pro", "Black Forest Labs: FLUX.2 [pro]", 1764028800, "Other", "0", "0.03", 1, false,
            [Choice("aspect_ratio", ImageAspectRatios), Choice("resolution", "1K", "2K"), Toggle("seed"), Choice("output_format", "png", "jpeg", "webp")],
            new("Black Forest Labs", "black-forest-labs", null, 4096, null, "0", "0", 98.7, 7400, 0)),
        Image("openai/gpt-image-1", "OpenAI: GPT Image 1", 1745366400, "GPT", "0.000005", "0.042", 10, true,
            [Choice("aspect_ratio", "1:1", "2:3", "3:2", "auto"), Choice("quality", "auto", "low", "medium", "high"), Choice("background", "auto", "transparent", "opaque"),
             Choice("output_format", "png", "jpeg", "webp"), Between("output_compression", 0, 100), Between("n", 1, 10)],
            new("OpenAI", "openai", null, 32000, null, "0.000005", "0", 99.5, 21000, 0)),
    ];

    private static CatalogueModel[] AudioModels() =>
    [
        new("mistralai/voxtral-mini-tts-2603", "Mistral: Voxtral Mini TTS", 1773014400, "A text-to-speech model with expressive voices (emulated).",
            8192, ["text"], ["speech"], "Mistral", null, "0.0000001", "0.000002", null, [], null, false, false,
            [new("Mistral", "mistral", null, 8192, null, "0.0000001", "0.000002", 99.2, 380, 0)])
        {
            Voices = ["en_paul_neutral", "en_claire_warm", "fr_marie_calm"],
        },
        new("openai/gpt-4o-mini-tts", "OpenAI: GPT-4o mini TTS", 1742256000, "A text-to-speech model that follows voice instructions (emulated).",
            2000, ["text"], ["speech"], "GPT", null, "0.0000006", "0.000012", null, [], null, false, false,
            [new("OpenAI", "openai", null, 2000, null, "0.0000006", "0.000012", 99.7, 450, 0)])
        {
            Voices = ["alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse"],
        },
        new("openai/whisper-large-v3", "OpenAI: Whisper Large v3", 1699315200, "A speech-to-text model for many languages (emulated).",
            448, ["audio"], ["transcription"], "Other", null, "0.000006", "0.00000033", null, ["temperature"], null, false, false,
            [new("Groq", "groq", null, 448, null, "0.000006", "0.00000033", 99.6, 300, 0), new("DeepInfra", "deepinfra", null, 448, null, "0.000006", "0.00000033", 98.8, 520, 0)]),
        new("cohere/rerank-v3.5", "Cohere: Rerank 3.5", 1733270400, "A multilingual reranker for search and retrieval (emulated).",
            4096, ["text"], ["rerank"], "Cohere", null, "0", "0", null, [], null, false, false,
            [new("Cohere", "cohere", null, 4096, null, "0", "0", 99.8, 190, 0)])
        {
            RequestPrice = "0.002",
        },
    ];

    private static CatalogueModel Embedding(string id, string name, long created, int context, string tokenizer, string price, int dimensions, bool flexible, CatalogueEndpoint[] endpoints) =>
        new(id, name, created, $"An embedding model with {dimensions}-dimensional vectors (emulated).", context, ["text"], ["embeddings"], tokenizer, null,
            price, "0", null, [], null, false, false, endpoints)
        {
            EmbeddingDimensions = dimensions,
            FlexibleDimensions = flexible,
        };

    private static CatalogueModel Image(string id, string name, long created, string tokenizer, string prompt, string perImage, int maxImages, bool streams, ImageCapability[] capabilities, CatalogueEndpoint endpoint) =>
        new(id, name, created, "An image generation and editing model (emulated).", 32000, ["text", "image"], ["image"], tokenizer, null,
            prompt, "0", null, [], null, false, false, [endpoint])
        {
            ImageOutputPrice = perImage,
            MaxImages = maxImages,
            SupportsStreaming = streams,
            ImageCapabilities = capabilities,
        };

    private static ImageCapability Choice(string name, params string[] values) => new(name, "enum", values);

    private static ImageCapability Between(string name, double min, double max) => new(name, "range", null, min, max);

    private static ImageCapability Toggle(string name) => new(name, "boolean");
}
