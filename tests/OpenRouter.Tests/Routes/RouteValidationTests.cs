using OpenRouter.Tests.Client;

namespace OpenRouter.Tests.Routes;

/// <summary>A request the route cannot serve is refused before anything is sent, with a message that says what to set.</summary>
public sealed class RouteValidationTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "embeddings: no model", "there is no default" },
        { "embeddings: no input", "EmbeddingRequest.Input is missing" },
        { "embeddings: empty text", "non-empty" },
        { "embeddings: empty text in a list", "text [1]" },
        { "embeddings: zero dimensions", "Dimensions" },
        { "images: no prompt", "ImageRequest.Prompt is empty" },
        { "images: stream", "Stream is true" },
        { "images: n = 11", "ImageRequest.N" },
        { "speech: no model", "SpeechRequest.Model is empty" },
        { "speech: no input", "SpeechRequest.Input is empty" },
        { "transcription: no audio", "TranscriptionInputAudio.FromBytes" },
        { "transcription: no format", "InputAudio.Format is empty" },
        { "rerank: no query", "RerankRequest.Query is empty" },
        { "rerank: no documents", "RerankRequest.Documents is missing" },
        { "rerank: empty document", "Documents[1]" },
        { "rerank: top_n 0", "RerankRequest.TopN" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_incomplete_request_is_an_ArgumentException_saying_what_to_set(string @case, string expected)
    {
        var (client, handler, _) = RetryTests.Create();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Call(client, @case));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_null_request_is_an_ArgumentNullException_on_every_route()
    {
        var (client, _, _) = RetryTests.Create();

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateEmbeddingsAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateImagesAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateSpeechAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateTranscriptionAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateTranscriptionAsync(new MemoryStream(), "a.wav", null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateTranscriptionAsync(null!, "a.wav", new TranscriptionRequest { Model = "m" }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.RerankAsync(null!));
    }

    [Fact]
    public void Validation_throws_synchronously_before_any_task_starts()
    {
        var (client, _, _) = RetryTests.Create();

        Assert.Throws<ArgumentException>(() => { _ = client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m" }); });
    }

    private static Task Call(OpenRouterClient client, string @case) => @case switch
    {
        "embeddings: no model" => client.CreateEmbeddingsAsync(new EmbeddingRequest { Input = "x" }),
        "embeddings: no input" => client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m" }),
        "embeddings: empty text" => client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m", Input = string.Empty }),
        "embeddings: empty text in a list" => client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m", Input = new[] { "a", string.Empty } }),
        "embeddings: zero dimensions" => client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m", Input = "x", Dimensions = 0 }),
        "images: no prompt" => client.CreateImagesAsync(new ImageRequest { Model = "m" }),
        "images: stream" => client.CreateImagesAsync(new ImageRequest { Model = "m", Prompt = "p", Stream = true }),
        "images: n = 11" => client.CreateImagesAsync(new ImageRequest { Model = "m", Prompt = "p", N = 11 }),
        "speech: no model" => client.CreateSpeechAsync(new SpeechRequest { Input = "x" }),
        "speech: no input" => client.CreateSpeechAsync(new SpeechRequest { Model = "m" }),
        "transcription: no audio" => client.CreateTranscriptionAsync(new TranscriptionRequest { Model = "m" }),
        "transcription: no format" => client.CreateTranscriptionAsync(new TranscriptionRequest { Model = "m", InputAudio = new TranscriptionInputAudio { Data = "AA==" } }),
        "rerank: no query" => client.RerankAsync(new RerankRequest { Model = "m", Documents = ["d"] }),
        "rerank: no documents" => client.RerankAsync(new RerankRequest { Model = "m", Query = "q" }),
        "rerank: empty document" => client.RerankAsync(new RerankRequest { Model = "m", Query = "q", Documents = ["d", new RerankDocument()] }),
        _ => client.RerankAsync(new RerankRequest { Model = "m", Query = "q", Documents = ["d"], TopN = 0 }),
    };
}
