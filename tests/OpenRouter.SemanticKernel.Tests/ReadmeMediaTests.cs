using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.TextToAudio;
using Microsoft.SemanticKernel.TextToImage;
using OpenRouter.Testing;
using TextContent = Microsoft.SemanticKernel.TextContent;

#pragma warning disable SKEXP0001 // Semantic Kernel's media interfaces are experimental.

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>The README's Semantic Kernel embeddings, images and audio example, run against the emulator.</summary>
public sealed class ReadmeMediaTests
{
    [Fact]
    public async Task The_readme_media_example_embeds_draws_speaks_and_transcribes()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var apiKey = Support.ApiKey;
        var endpoint = emulator.Endpoint;

        var kernel = Kernel.CreateBuilder()
            .AddOpenRouterEmbeddingGenerator("openai/text-embedding-3-large", apiKey, endpoint, dimensions: 256)
            .AddOpenRouterTextToImage("openai/gpt-image-1", apiKey, endpoint)
            .AddOpenRouterTextToAudio("openai/gpt-4o-mini-tts", apiKey, endpoint)
            .AddOpenRouterAudioToText("openai/whisper-large-v3", apiKey, endpoint)
            .Build();

        var embedder = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var vectors = await embedder.GenerateAsync(["The cat sat on the mat.", "Markets fell sharply."]);

        var images = await kernel.GetRequiredService<ITextToImageService>().GetImageContentsAsync(
            new TextContent("A red panda astronaut"), new OpenRouterTextToImageExecutionSettings { Width = 1024, Height = 1024 });
        Console.WriteLine($"{images[0].MimeType}, {images[0].Data!.Value.Length} bytes, ${images[0].Metadata![OpenRouterMetadataKeys.Cost]}");

        var speech = await kernel.GetRequiredService<ITextToAudioService>().GetAudioContentAsync(
            "Hello from Semantic Kernel.", new OpenRouterTextToAudioExecutionSettings { Voice = "alloy", ResponseFormat = "mp3" });
        var transcript = await kernel.GetRequiredService<IAudioToTextService>().GetTextContentAsync(speech);
        Console.WriteLine(transcript.Text);

        Assert.Equal([256, 256], vectors.Select(v => v.Vector.Length));
        Assert.Equal("image/png", images[0].MimeType);
        Assert.Equal("1024x1024", emulator.Body(1).Text("size"));
        Assert.Equal("audio/mpeg", speech.MimeType);
        Assert.Equal("Hello from Semantic Kernel.", transcript.Text);
    }
}
