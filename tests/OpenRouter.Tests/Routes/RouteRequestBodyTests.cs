using System.Net;
using System.Text.Json;
using OpenRouter.TestKit;
using OpenRouter.Tests.Client;

namespace OpenRouter.Tests.Routes;

/// <summary>What the other inference routes send: method, path, headers and the exact JSON body (wire names, unset fields omitted, extra fields).</summary>
public sealed class RouteRequestBodyTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public async Task Embeddings_request_uses_the_wire_names_and_omits_unset_fields()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Embeddings);

        await client.CreateEmbeddingsAsync(new EmbeddingRequest
        {
            Model = "openai/text-embedding-3-large",
            Input = new[] { "a", "b" },
            Dimensions = 256,
            EncodingFormat = EmbeddingEncodingFormat.Base64,
            InputType = "search_document",
            User = "user-1",
            Provider = new ProviderPreferences { Only = ["openai"], AllowFallbacks = false },
            AdditionalProperties = new Dictionary<string, JsonElement> { ["truncate"] = Json("\"END\"") },
        });

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("https://openrouter.ai/api/v1/embeddings", sent.Uri.ToString());
        Assert.Equal("application/json", sent.ContentType);
        Assert.Equal("application/json", sent.Headers["Accept"]);
        Assert.Equal("Bearer sk-or-v1-test", sent.Headers["Authorization"]);
        JsonAssert.DeepEqual(
            """{"model":"openai/text-embedding-3-large","input":["a","b"],"dimensions":256,"encoding_format":"base64","input_type":"search_document","provider":{"allow_fallbacks":false,"only":["openai"]},"user":"user-1","truncate":"END"}""",
            System.Text.Json.Nodes.JsonNode.Parse(sent.Body!));
    }

    [Theory]
    [InlineData("text", """{"model":"m","input":"héllo \"you\""}""")]
    [InlineData("tokens", """{"model":"m","input":[1,2,3]}""")]
    [InlineData("token-lists", """{"model":"m","input":[[1,2],[3]]}""")]
    [InlineData("multimodal", """{"model":"m","input":[{"content":[{"type":"text","text":"a cat"},{"type":"image_url","image_url":{"url":"https://example.org/cat.png"}},{"type":"input_video","input_video":{"data":"data:video/mp4;base64,AA==","format":"mp4"}}]}]}""")]
    public async Task Embeddings_input_takes_every_wire_form(string form, string expected)
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Embeddings);
        EmbeddingInput input = form switch
        {
            "text" => "héllo \"you\"",
            "tokens" => EmbeddingInput.FromTokens([1, 2, 3]),
            "token-lists" => EmbeddingInput.FromTokenLists([[1, 2], [3]]),
            _ => EmbeddingInput.FromMultimodal([new EmbeddingMultimodalInput { Content = [EmbeddingContentPart.CreateText("a cat"), EmbeddingContentPart.CreateImageUrl("https://example.org/cat.png"), EmbeddingContentPart.CreateVideo([0], "video/mp4", "mp4")] }]),
        };

        await client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m", Input = input });

        // Minimal escaping like chat: non-ASCII text travels as UTF-8, not \u escapes.
        Assert.Equal(expected, handler.Requests[0].Body);
    }

    [Fact]
    public async Task Image_request_uses_the_wire_names()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Images);

        await client.CreateImagesAsync(new ImageRequest
        {
            Model = "bytedance-seed/seedream-4.5",
            Prompt = "a red panda",
            InputReferences = [ChatContentPart.CreateImageUrl("https://example.org/ref.png")],
            AspectRatio = ImageAspectRatio.Landscape16x9,
            Resolution = ImageResolution.Size2K,
            Size = "2048x1152",
            N = 2,
            OutputFormat = ImageOutputFormat.Webp,
            OutputCompression = 80,
            Background = ImageBackground.Transparent,
            Quality = ImageQuality.High,
            Seed = 7,
            Provider = new ImageProviderPreferences
            {
                Order = ["openai"],
                AllowFallbacks = false,
                Only = ["openai"],
                Ignore = ["x"],
                Sort = new ProviderSort { By = ProviderSortBy.Price },
                Options = new Dictionary<string, JsonElement> { ["black-forest-labs"] = Json("""{"steps":40}""") },
            },
        });

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("https://openrouter.ai/api/v1/images", sent.Uri.ToString());
        JsonAssert.DeepEqual(
            """
            {"model":"bytedance-seed/seedream-4.5","prompt":"a red panda","input_references":[{"type":"image_url","image_url":{"url":"https://example.org/ref.png"}}],
             "aspect_ratio":"16:9","resolution":"2K","size":"2048x1152","n":2,"output_format":"webp","output_compression":80,"background":"transparent",
             "quality":"high","seed":7,"provider":{"order":["openai"],"allow_fallbacks":false,"only":["openai"],"ignore":["x"],"sort":"price","options":{"black-forest-labs":{"steps":40}}}}
            """,
            System.Text.Json.Nodes.JsonNode.Parse(sent.Body!));
    }

    [Fact]
    public async Task Speech_request_uses_the_wire_names_and_accepts_audio()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.Enqueue(() => SpeechStreamingTests.Audio([1, 2, 3], "audio/mpeg"));

        using var speech = await client.CreateSpeechAsync(new SpeechRequest
        {
            Model = "openai/gpt-4o-mini-tts",
            Input = "Hello world",
            Voice = "alloy",
            ResponseFormat = SpeechAudioFormat.Mp3,
            Speed = 1.25,
            InputReferences = [SpeechInputReference.CreateAudio([82, 73, 70, 70], "wav"), SpeechInputReference.CreateTranscript("I used to rule the world.")],
            Provider = new ProviderPassthroughOptions { Options = new Dictionary<string, JsonElement> { ["openai"] = Json("""{"instructions":"calm"}""") } },
        });

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("https://openrouter.ai/api/v1/audio/speech", sent.Uri.ToString());
        Assert.Contains("audio/*", sent.Headers["Accept"], StringComparison.Ordinal);
        JsonAssert.DeepEqual(
            """
            {"model":"openai/gpt-4o-mini-tts","input":"Hello world","voice":"alloy","response_format":"mp3","speed":1.25,
             "input_references":[{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}},{"type":"text","text":"I used to rule the world."}],
             "provider":{"options":{"openai":{"instructions":"calm"}}}}
            """,
            System.Text.Json.Nodes.JsonNode.Parse(sent.Body!));
    }

    [Fact]
    public async Task Transcription_json_request_uses_the_wire_names()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Transcription);

        await client.CreateTranscriptionAsync(new TranscriptionRequest
        {
            Model = "openai/whisper-large-v3",
            InputAudio = TranscriptionInputAudio.FromBytes([82, 73, 70, 70], "wav"),
            Language = "en",
            ResponseFormat = TranscriptionFormat.VerboseJson,
            Temperature = 0.2,
            TimestampGranularities = [TimestampGranularity.Word, TimestampGranularity.Segment],
            Provider = new ProviderPassthroughOptions { Options = new Dictionary<string, JsonElement> { ["groq"] = Json("{}") } },
        });

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("https://openrouter.ai/api/v1/audio/transcriptions", sent.Uri.ToString());
        JsonAssert.DeepEqual(
            """
            {"model":"openai/whisper-large-v3","input_audio":{"data":"UklGRg==","format":"wav"},"language":"en","response_format":"verbose_json",
             "temperature":0.2,"timestamp_granularities":["word","segment"],"provider":{"options":{"groq":{}}}}
            """,
            System.Text.Json.Nodes.JsonNode.Parse(sent.Body!));
    }

    [Fact]
    public async Task Rerank_request_sends_text_documents_as_strings_and_others_as_objects()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Rerank);

        await client.RerankAsync(new RerankRequest
        {
            Model = "cohere/rerank-v3.5",
            Query = "capital of France?",
            Documents = ["Berlin.", new RerankDocument { Text = "Paris.", Image = "data:image/png;base64,AA==" }, new RerankDocument { Image = "https://example.org/x.png" }],
            TopN = 2,
            Provider = new ProviderPreferences { Sort = new ProviderSort { By = ProviderSortBy.Price } },
        });

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("https://openrouter.ai/api/v1/rerank", sent.Uri.ToString());
        JsonAssert.DeepEqual(
            """
            {"model":"cohere/rerank-v3.5","query":"capital of France?","documents":["Berlin.",{"text":"Paris.","image":"data:image/png;base64,AA=="},{"image":"https://example.org/x.png"}],
             "top_n":2,"provider":{"sort":"price"}}
            """,
            System.Text.Json.Nodes.JsonNode.Parse(sent.Body!));
    }

    [Fact]
    public async Task Catalog_lookups_use_their_paths_and_queries()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.EmbeddingModels)
               .EnqueueJson(HttpStatusCode.OK, RouteAnswers.EmbeddingModels)
               .EnqueueJson(HttpStatusCode.OK, RouteAnswers.ImageModels)
               .EnqueueJson(HttpStatusCode.OK, RouteAnswers.Providers)
               .EnqueueJson(HttpStatusCode.OK, """{"data":{"count":150}}""")
               .EnqueueJson(HttpStatusCode.OK, RouteAnswers.ZdrEndpoints);

        await client.ListEmbeddingModelsAsync();
        await client.ListEmbeddingModelsAsync(offset: 10, limit: 5);
        await client.ListImageModelsAsync();
        await client.ListProvidersAsync();
        Assert.Equal(150, await client.GetModelCountAsync(["image", "embeddings"]));
        await client.ListZdrEndpointsAsync();

        Assert.Equal(
            [
                "GET https://openrouter.ai/api/v1/embeddings/models",
                "GET https://openrouter.ai/api/v1/embeddings/models?offset=10&limit=5",
                "GET https://openrouter.ai/api/v1/images/models",
                "GET https://openrouter.ai/api/v1/providers",
                "GET https://openrouter.ai/api/v1/models/count?output_modalities=image%2Cembeddings",
                "GET https://openrouter.ai/api/v1/endpoints/zdr",
            ],
            handler.Requests.Select(r => r.Method + " " + r.Uri.AbsoluteUri));
        Assert.All(handler.Requests, r => Assert.Null(r.Body));
    }
}
