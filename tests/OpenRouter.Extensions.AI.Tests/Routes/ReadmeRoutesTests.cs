#pragma warning disable MEAI001 // IImageGenerator and the speech clients are experimental in Microsoft.Extensions.AI 10.11.

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary>
/// The README's "Embeddings", "Images", "Speech and transcription" and "Rerank" blocks, verbatim (OpenRouter.Tests'
/// ReadmeTests checks every README C# block against the compiled sources), run against the emulator.
/// </summary>
public sealed class ReadmeRoutesTests
{
    [Fact]
    public async Task The_embeddings_block_embeds_reports_the_cost_and_caches()
    {
        await using var rig = new RouteRig();
        var openRouter = rig.Client;
        IDistributedCache cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));

        // README "Embeddings" block, from here...
        IEmbeddingGenerator<string, Embedding<float>> embedder = openRouter.AsIEmbeddingGenerator("openai/text-embedding-3-large");
        var embeddingOptions = new EmbeddingGenerationOptions { Dimensions = 1024, AdditionalProperties = new() { ["input_type"] = "search_document" } };
        GeneratedEmbeddings<Embedding<float>> vectors = await embedder.GenerateAsync(["OpenRouter routes requests.", "Paris is in France."], embeddingOptions);
        Console.WriteLine($"{vectors.Count} vectors of {vectors[0].Vector.Length} floats, {vectors.Usage?.InputTokenCount} tokens, cost ${vectors.Usage.GetOpenRouterCost()}");

        // A text embedded once is not sent again (M.E.AI's cache returns several values without their Usage).
        IEmbeddingGenerator<string, Embedding<float>> cached = embedder.AsBuilder().UseDistributedCache(cache).Build();

        // ...to here.
        Assert.Equal(2, vectors.Count);
        Assert.Equal(1024, vectors[0].Vector.Length);
        Assert.True(vectors.Usage.GetOpenRouterCost() > 0);
        Assert.Equal("search_document", rig.LastJson["input_type"]!.GetValue<string>());
        await cached.GenerateAsync(["Paris is in France."], embeddingOptions);
        await cached.GenerateAsync(["Paris is in France."], embeddingOptions);
        Assert.Equal(2, rig.Emulator.Requests.Count);
    }

    [Fact]
    public async Task The_images_block_draws_then_edits()
    {
        await using var rig = new RouteRig();
        var openRouter = rig.Client;

        // README "Images" block, from here...
#pragma warning disable MEAI001 // IImageGenerator is experimental in Microsoft.Extensions.AI
        IImageGenerator images = openRouter.AsIImageGenerator("bytedance-seed/seedream-4.5");
        var imageOptions = new ImageGenerationOptions { Count = 2, MediaType = "image/jpeg", AdditionalProperties = new() { ["aspect_ratio"] = "16:9" } };
        ImageGenerationResponse drawn = await images.GenerateImagesAsync("A lighthouse at dusk, watercolor.", imageOptions);
        ImageGenerationResponse edited = await images.EditImageAsync((DataContent)drawn.Contents[0], "Add a red boat.");
        foreach (var image in edited.Contents.OfType<DataContent>())
        {
            Console.WriteLine($"{image.MediaType}, {image.Data.Length} bytes, cost ${edited.Usage.GetOpenRouterCost()}");
        }

        // ...to here.
        Assert.Equal(2, drawn.Contents.Count);
        Assert.Equal("image/jpeg", ((DataContent)drawn.Contents[0]).MediaType);
        var edit = rig.LastJson;
        Assert.Equal("Add a red boat.", edit["prompt"]!.GetValue<string>());
        Assert.StartsWith("data:image/jpeg;base64,", edit["input_references"]![0]!["image_url"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(edited.Usage.GetOpenRouterCost() > 0);
    }

    [Fact]
    public async Task The_speech_block_speaks_transcribes_and_streams()
    {
        await using var rig = new RouteRig();
        var openRouter = rig.Client;

        // README "Speech and transcription" block, from here...
#pragma warning disable MEAI001 // the speech clients are experimental in Microsoft.Extensions.AI
        ITextToSpeechClient voice = openRouter.AsITextToSpeechClient("openai/gpt-4o-mini-tts");
        TextToSpeechResponse speech = await voice.GetAudioAsync("Welcome aboard.", new TextToSpeechOptions { VoiceId = "alloy", AudioFormat = "mp3" });

        ISpeechToTextClient transcriber = openRouter.AsISpeechToTextClient("openai/whisper-large-v3");
        using var recording = new MemoryStream(((DataContent)speech.Contents[0]).Data.ToArray());   // or File.OpenRead("talk.wav")
        SpeechToTextResponse transcript = await transcriber.GetTextAsync(recording, new SpeechToTextOptions { SpeechLanguage = "en" });
        Console.WriteLine($"{transcript.Text} (cost ${transcript.Usage.GetOpenRouterCost()})");

        await foreach (var piece in voice.GetStreamingAudioAsync("A long announcement, spoken while it arrives."))
        {
            Console.WriteLine($"{piece.Contents.OfType<DataContent>().Sum(d => d.Data.Length)} bytes");   // play or save each piece
        }

        // ...to here.
        Assert.Equal("Welcome aboard.", transcript.Text);
        Assert.True(transcript.Usage.GetOpenRouterCost() > 0);
        Assert.Equal(3, rig.Emulator.Requests.Count);
    }

    [Fact]
    public async Task The_rerank_block_ranks_the_documents()
    {
        await using var rig = new RouteRig();
        var openRouter = rig.Client;

        // README "Rerank" block, from here...
        RerankResponse ranked = await openRouter.RerankAsync(new RerankRequest
        {
            Model = "cohere/rerank-v3.5",
            Query = "Where is the Eiffel Tower?",
            Documents = ["The Eiffel Tower is in Paris.", "Bananas are yellow.", "Paris is the capital of France."],
            TopN = 2,
        });
        foreach (var result in ranked.Results!)
        {
            Console.WriteLine($"{result.RelevanceScore:0.00} {result.Document} (document {result.Index})");
        }

        // ...to here.
        Assert.Equal(2, ranked.Results.Count);
        Assert.Equal(0, ranked.Results[0].Index);
        Assert.DoesNotContain(ranked.Results, r => r.Index == 1);
    }
}
