using System;
using System.Collections.Generic;

namespace OpenRouter.Extensions.AI.DependencyInjection;

/// <summary>The default-model setting one kind of registered client needs (chat, embeddings, images, speech to text, text to speech).</summary>
/// <remarks>Each kind checks only its own setting at host start, so registering an embedding generator does not demand a chat model.</remarks>
internal sealed class DefaultModelSetting
{
    private DefaultModelSetting(string key, string client, string example, Func<OpenRouterServiceOptions, string?> read, Func<OpenRouterServiceOptions, IEnumerable<string>>? extraChecks = null)
    {
        Key = key;
        Client = client;
        Example = example;
        Read = read;
        ExtraChecks = extraChecks;
    }

    /// <summary>The chat client's <see cref="OpenRouterServiceOptions.DefaultModel"/>.</summary>
    public static DefaultModelSetting Chat { get; } = new(nameof(OpenRouterServiceOptions.DefaultModel), "chat client", "openai/gpt-4o-mini", static o => o.DefaultModel);

    /// <summary>The embedding generator's <see cref="OpenRouterServiceOptions.DefaultEmbeddingModel"/>, with its dimensions checked.</summary>
    public static DefaultModelSetting Embedding { get; } = new(
        nameof(OpenRouterServiceOptions.DefaultEmbeddingModel), "embedding generator", "openai/text-embedding-3-large", static o => o.DefaultEmbeddingModel, EmbeddingDimensions);

    /// <summary>The image generator's <see cref="OpenRouterServiceOptions.DefaultImageModel"/>.</summary>
    public static DefaultModelSetting Image { get; } = new(nameof(OpenRouterServiceOptions.DefaultImageModel), "image generator", "google/gemini-2.5-flash-image", static o => o.DefaultImageModel);

    /// <summary>The speech-to-text client's <see cref="OpenRouterServiceOptions.DefaultSpeechToTextModel"/>.</summary>
    public static DefaultModelSetting SpeechToText { get; } = new(nameof(OpenRouterServiceOptions.DefaultSpeechToTextModel), "speech-to-text client", "openai/whisper-large-v3", static o => o.DefaultSpeechToTextModel);

    /// <summary>The text-to-speech client's <see cref="OpenRouterServiceOptions.DefaultTextToSpeechModel"/>.</summary>
    public static DefaultModelSetting TextToSpeech { get; } = new(nameof(OpenRouterServiceOptions.DefaultTextToSpeechModel), "text-to-speech client", "openai/gpt-4o-mini-tts", static o => o.DefaultTextToSpeechModel);

    /// <summary>The property and configuration key, e.g. <c>DefaultEmbeddingModel</c>.</summary>
    public string Key { get; }

    /// <summary>What needs the model, for messages, e.g. <c>embedding generator</c>.</summary>
    public string Client { get; }

    /// <summary>A model id to show in messages.</summary>
    public string Example { get; }

    /// <summary>Reads the setting.</summary>
    public Func<OpenRouterServiceOptions, string?> Read { get; }

    /// <summary>Other problems with the settings of this kind, as messages; null when there is nothing else to check.</summary>
    public Func<OpenRouterServiceOptions, IEnumerable<string>>? ExtraChecks { get; }

    private static IEnumerable<string> EmbeddingDimensions(OpenRouterServiceOptions options)
    {
        if (options.DefaultEmbeddingDimensions is < 1)
        {
            yield return $"OpenRouterServiceOptions.DefaultEmbeddingDimensions is {options.DefaultEmbeddingDimensions}; it must be at least 1, or unset for the model's own length.";
        }
    }
}
