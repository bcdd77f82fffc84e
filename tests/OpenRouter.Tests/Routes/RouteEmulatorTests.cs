using System.Diagnostics;
using OpenRouter.Testing;

namespace OpenRouter.Tests.Routes;

/// <summary>The other inference routes and the catalogs end to end: the core client against the emulator over real loopback HTTP.</summary>
public sealed class RouteEmulatorTests : IAsyncLifetime
{
    private const string Key = "sk-or-v1-routes-e2e-0123456789abcdef0123456789abcdef";
    private const string EmbeddingModel = "openai/text-embedding-3-large";
    private OpenRouterEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = Key });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private OpenRouterClient Client(Action<OpenRouterClientOptions>? configure = null)
    {
        var options = new OpenRouterClientOptions { ApiKey = Key, Endpoint = _emulator.Endpoint, MaxRetries = 2 };
        configure?.Invoke(options);
        return new OpenRouterClient(options);
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }

    [Fact]
    public async Task Embeddings_in_float_and_base64_are_identical_and_similar_texts_are_closer()
    {
        using var client = Client();
        string[] texts = ["The cat sat on the mat.", "A cat was sitting on a mat.", "Quarterly revenue grew by ten percent."];

        var floats = await client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = EmbeddingModel, Input = texts });
        var base64 = await client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = EmbeddingModel, Input = texts, EncodingFormat = EmbeddingEncodingFormat.Base64 });

        Assert.Equal(3, floats.Data!.Count);
        Assert.All(floats.Data, item => Assert.Equal(3072, item.Vector!.Length));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(floats.Data[i].Vector, base64.Data![i].Vector);
        }

        Assert.True(Cosine(floats.Data[0].Vector!, floats.Data[1].Vector!) > Cosine(floats.Data[0].Vector!, floats.Data[2].Vector!));
        Assert.True(floats.Usage!.PromptTokens > 0);
        Assert.True(floats.Usage.Cost > 0);
        Assert.Equal("\"base64\"", _emulator.Requests[^1].Json!.Value.GetProperty("encoding_format").GetRawText());
    }

    [Fact]
    public async Task Embeddings_honour_dimensions_and_a_429_is_retried()
    {
        using var client = Client();
        _emulator.Enqueue("embeddings", EmulatorResponse.Error(429, "Rate limited").WithHeader("Retry-After", "0"));

        var answer = await client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = EmbeddingModel, Input = "hello", Dimensions = 256 });

        Assert.Equal(256, Assert.Single(answer.Data!).Vector!.Length);
        Assert.Equal(2, _emulator.Requests.Count(r => r.Path == "embeddings"));
    }

    [Fact]
    public async Task Images_come_back_as_decodable_png_with_their_media_type()
    {
        using var client = Client();

        var answer = await client.CreateImagesAsync(new ImageRequest { Model = "bytedance-seed/seedream-4.5", Prompt = "a red panda", N = 2, AspectRatio = ImageAspectRatio.Landscape16x9 });

        Assert.Equal(2, answer.Data!.Count);
        Assert.All(answer.Data, image =>
        {
            Assert.Equal("image/png", image.MediaType);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], image.GetBytes()[..4]);
        });
        Assert.True(answer.Created > 0);
    }

    [Fact]
    public async Task Speech_is_handed_over_while_the_server_is_still_sending()
    {
        using var client = Client();
        _emulator.Enqueue("audio/speech", EmulatorResponse.Pause(1, TimeSpan.FromSeconds(20)));
        var clock = Stopwatch.StartNew();

        var speech = await client.CreateSpeechAsync(new SpeechRequest { Model = "openai/gpt-4o-mini-tts", Input = "Hello there, this is a longer sentence to speak." });
        var first = new byte[256];
        var read = await speech.Audio.ReadAsync(first);

        Assert.True(read > 0);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The first audio bytes took {clock.Elapsed}: the body was buffered, not streamed.");
        Assert.Equal("audio/pcm", speech.MediaType);
        Assert.NotNull(speech.GenerationId);

        // Disposing closes the connection at once, while the server still holds the rest.
        await speech.DisposeAsync();
        var abandoned = await _emulator.WaitForClientDisconnectAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("audio/speech", abandoned.Path);
    }

    [Fact]
    public async Task Speech_as_wav_transcribes_back_to_its_text_as_json_and_as_an_upload()
    {
        using var client = Client();
        const string text = "The quick brown fox jumps over the lazy dog.";
        byte[] wav;
        await using (var speech = await client.CreateSpeechAsync(new SpeechRequest { Model = "openai/gpt-4o-mini-tts", Input = text, Voice = "alloy", ResponseFormat = SpeechAudioFormat.Wav }))
        {
            Assert.Equal("audio/wav", speech.MediaType);
            wav = await speech.ReadAllBytesAsync();
        }

        Assert.Equal("RIFF"u8.ToArray(), wav[..4]);
        var json = await client.CreateTranscriptionAsync(new TranscriptionRequest { Model = "openai/whisper-large-v3", InputAudio = TranscriptionInputAudio.FromBytes(wav, "wav") });
        using var stream = new MemoryStream(wav);
        var upload = await client.CreateTranscriptionAsync(stream, "fox.wav", new TranscriptionRequest
        {
            Model = "openai/whisper-large-v3",
            Language = "en",
            ResponseFormat = TranscriptionFormat.VerboseJson,
            TimestampGranularities = [TimestampGranularity.Word, TimestampGranularity.Segment],
        });

        Assert.Equal(text, json.Text);
        Assert.Equal(text, upload.Text);
        Assert.NotEmpty(upload.Segments!);
        Assert.NotEmpty(upload.Words!);
        Assert.True(upload.Usage!.Seconds > 0);
        var form = _emulator.Requests[^1].Form!;
        Assert.Equal(wav, form.Single(p => p.Name == "file").Data.ToArray());
        Assert.Equal("fox.wav", form.Single(p => p.Name == "file").FileName);
        Assert.Equal(["word", "segment"], form.Where(p => p.Name == "timestamp_granularities[]").Select(p => p.Text));
        Assert.Equal("en", form.Single(p => p.Name == "language").Text);
    }

    [Fact]
    public async Task Speech_cut_mid_audio_is_a_typed_stream_failure()
    {
        using var client = Client();
        _emulator.Enqueue("audio/speech", EmulatorResponse.ResetAfterEvents(2));

        await using var speech = await client.CreateSpeechAsync(new SpeechRequest { Model = "openai/gpt-4o-mini-tts", Input = "One two three four five six seven." });
        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(() => speech.ReadAllBytesAsync());

        Assert.Equal(StreamFailureKind.ConnectionLost, ex.Kind);
    }

    [Fact]
    public async Task Rerank_orders_the_documents_by_relevance()
    {
        using var client = Client();

        var answer = await client.RerankAsync(new RerankRequest
        {
            Model = "cohere/rerank-v3.5",
            Query = "What is the capital of France?",
            Documents = ["Berlin is the capital of Germany.", "Paris is the capital of France.", "Bananas are yellow."],
            TopN = 2,
        });

        Assert.Equal(2, answer.Results!.Count);
        Assert.Equal(1, answer.Results[0].Index);
        Assert.Equal("Paris is the capital of France.", answer.Results[0].Document!.Text);
        Assert.True(answer.Results[0].RelevanceScore > answer.Results[1].RelevanceScore);
        Assert.True(answer.Usage!.SearchUnits >= 1);
    }

    [Fact]
    public async Task The_catalogs_agree_with_each_other()
    {
        using var client = Client();

        var embeddingModels = await client.ListEmbeddingModelsAsync();
        var imageModels = await client.ListImageModelsAsync();
        var providers = await client.ListProvidersAsync();
        var zdr = await client.ListZdrEndpointsAsync();
        var count = await client.GetModelCountAsync(["embeddings"]);

        Assert.Contains(embeddingModels, m => m.Id == EmbeddingModel);
        Assert.Equal(embeddingModels.Count, count);
        Assert.Equal((await client.ListModelsAsync(new ModelListQuery { OutputModalities = ["embeddings"] })).Count, count);
        Assert.Contains(imageModels, m => m.Id == "bytedance-seed/seedream-4.5" && m.SupportedParameters is { Count: > 0 });
        Assert.Contains(providers, p => p.Slug == "openai" && p.Name == "OpenAI");
        Assert.All(zdr, e => Assert.Contains(providers, p => p.Name == e.ProviderName));
    }

    [Fact]
    public async Task A_refused_key_fails_every_route_without_the_key_in_the_exception()
    {
        const string wrong = "sk-or-v1-wrong-key-0123456789abcdef0123456789abcdef0123";
        using var client = Client(o => o.ApiKey = wrong);

        var failures = new List<OpenRouterException>
        {
            await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = EmbeddingModel, Input = "x" })),
            await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateImagesAsync(new ImageRequest { Model = "bytedance-seed/seedream-4.5", Prompt = "x" })),
            await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateSpeechAsync(new SpeechRequest { Model = "openai/gpt-4o-mini-tts", Input = "x" })),
            await Assert.ThrowsAsync<OpenRouterException>(() => client.RerankAsync(new RerankRequest { Model = "cohere/rerank-v3.5", Query = "q", Documents = ["d"] })),
        };

        Assert.All(failures, ex =>
        {
            Assert.Equal(401, ex.StatusCode);
            Assert.DoesNotContain(wrong, ex.ToString(), StringComparison.Ordinal);
        });
    }
}
