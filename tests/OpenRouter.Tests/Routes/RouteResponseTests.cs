using System.Net;
using OpenRouter.Tests.Client;

namespace OpenRouter.Tests.Routes;

/// <summary>What the other inference routes read: every field of each answer bound to its typed property.</summary>
public sealed class RouteResponseTests
{
    [Fact]
    public async Task Embedding_answer_binds_every_field()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Embeddings);

        var answer = await client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m", Input = new[] { "a", "b" } });

        Assert.Equal("embd-1", answer.Id);
        Assert.Equal("list", answer.Object);
        Assert.Equal("openai/text-embedding-3-large", answer.Model);
        Assert.Equal(2, answer.Data!.Count);
        Assert.Equal("embedding", answer.Data[0].Object);
        Assert.Equal(1, answer.Data[1].Index);
        Assert.Equal([0.25f, -0.5f, 0.001f], answer.Data[0].Vector!);
        Assert.Equal([1f, 2f, 3.5f], answer.Data[1].Vector!);
        var usage = answer.Usage!;
        Assert.Equal((8, 8, 0.0001m, false), (usage.PromptTokens, usage.TotalTokens, usage.Cost, usage.IsByok));
        Assert.Null(usage.CostDetails!.UpstreamInferenceCost);
        Assert.Equal(0.0001m, usage.CostDetails.UpstreamInferencePromptCost);
        var details = usage.PromptTokensDetails!;
        Assert.Equal((5, 258, 1, 2, 3), (details.TextTokens, details.ImageTokens, details.AudioTokens, details.VideoTokens, details.FileTokens));
        Assert.Null(answer.AdditionalProperties);
    }

    [Fact]
    public async Task Image_answer_binds_every_field_and_decodes_the_bytes()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Images);

        var answer = await client.CreateImagesAsync(new ImageRequest { Model = "m", Prompt = "p" });

        Assert.Equal(1748372400, answer.Created);
        Assert.Equal("image/png", answer.Data![0].MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10], answer.Data[0].GetBytes());
        Assert.Null(answer.Data[1].MediaType);
        Assert.Equal("<svg/>", System.Text.Encoding.UTF8.GetString(answer.Data[1].GetBytes()));
        Assert.Equal((0, 4175, 4175, 0.04m), (answer.Usage!.PromptTokens, answer.Usage.CompletionTokens, answer.Usage.TotalTokens, answer.Usage.Cost));
        Assert.Equal(4175, answer.Usage.CompletionTokensDetails!.ImageTokens);
    }

    [Fact]
    public async Task Transcription_answer_binds_every_verbose_field()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Transcription);

        var answer = await client.CreateTranscriptionAsync(new TranscriptionRequest { Model = "m", InputAudio = TranscriptionInputAudio.FromBytes([1], "wav") });

        Assert.Equal(("Hello there. General Kenobi.", "transcribe", "english", 3.2), (answer.Text, answer.Task, answer.Language, answer.Duration));
        var segment = Assert.Single(answer.Segments!);
        Assert.Equal((0, 0, 0.0, 1.5, "Hello there.", 0.0, -0.28, 1.13, 0.01, 1), (segment.Id, segment.Seek, segment.Start, segment.End, segment.Text, segment.Temperature, segment.AvgLogprob, segment.CompressionRatio, segment.NoSpeechProb, segment.Speaker));
        Assert.Equal([50364, 2425], segment.Tokens);
        var word = Assert.Single(answer.Words!);
        Assert.Equal(("Hello", 0.0, 0.4, 1), (word.Word, word.Start, word.End, word.Speaker));
        Assert.Equal((83, 30, 113, 3.2, 0.000508m), (answer.Usage!.InputTokens, answer.Usage.OutputTokens, answer.Usage.TotalTokens, answer.Usage.Seconds, answer.Usage.Cost));
    }

    [Fact]
    public async Task Rerank_answer_binds_every_field_with_documents_in_both_shapes()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Rerank);

        var answer = await client.RerankAsync(new RerankRequest { Model = "m", Query = "q", Documents = ["Berlin.", "Paris."] });

        Assert.Equal(("gen-rerank-1", "cohere/rerank-v3.5", "Cohere"), (answer.Id, answer.Model, answer.Provider));
        Assert.Equal([1, 0], answer.Results!.Select(r => r.Index));
        Assert.Equal(0.98, answer.Results![0].RelevanceScore);
        Assert.Equal("Paris is the capital of France.", answer.Results[0].Document!.Text);
        Assert.Equal(("Berlin.", "https://example.org/b.png"), (answer.Results[1].Document!.Text, answer.Results[1].Document!.Image));
        Assert.Equal((1, 150, 0.001m), (answer.Usage!.SearchUnits, answer.Usage.TotalTokens, answer.Usage.Cost));
    }

    [Fact]
    public async Task Catalog_answers_bind_every_field()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, RouteAnswers.Providers)
               .EnqueueJson(HttpStatusCode.OK, RouteAnswers.ImageModels)
               .EnqueueJson(HttpStatusCode.OK, RouteAnswers.ZdrEndpoints)
               .EnqueueJson(HttpStatusCode.OK, RouteAnswers.EmbeddingModels);

        var providers = await client.ListProvidersAsync();
        var images = await client.ListImageModelsAsync();
        var zdr = await client.ListZdrEndpointsAsync();
        var embedding = await client.ListEmbeddingModelsAsync();

        var openai = providers[0];
        Assert.Equal(("OpenAI", "openai", "US", "https://openai.com/privacy", "https://openai.com/terms", "https://status.openai.com"), (openai.Name, openai.Slug, openai.Headquarters, openai.PrivacyPolicyUrl, openai.TermsOfServiceUrl, openai.StatusPageUrl));
        Assert.Equal(["US", "IE"], openai.Datacenters);
        Assert.Null(providers[1].Headquarters);

        var model = Assert.Single(images);
        Assert.Equal(("bytedance-seed/seedream-4.5", "Seedream 4.5", "A text-to-image model.", 1692901234L, false), (model.Id, model.Name, model.Description, model.Created, model.SupportsStreaming));
        Assert.Equal("/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints", model.Endpoints);
        Assert.Equal(["text", "image"], model.Architecture!.InputModalities);
        Assert.Equal(["image"], model.Architecture.OutputModalities);
        Assert.Equal(["1K", "2K", "4K"], model.SupportedParameters!["resolution"].Values);
        Assert.Equal(("range", 0.0, 100.0), (model.SupportedParameters["output_compression"].Type, model.SupportedParameters["output_compression"].Min, model.SupportedParameters["output_compression"].Max));
        Assert.Equal("boolean", model.SupportedParameters["seed"].Type);

        var endpoint = Assert.Single(zdr);
        Assert.Equal(("openai/gpt-4", "OpenAI", true, 15.1), (endpoint.ModelId, endpoint.ProviderName, endpoint.SupportsVoiceCloning, endpoint.ThroughputLast30m!.P99));
        Assert.Equal("openai/text-embedding-3-large", Assert.Single(embedding).Id);
    }

    [Fact]
    public async Task Speech_answer_reports_the_announced_length_and_request_helpers_read_well()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.Enqueue(() => SpeechStreamingTests.Audio([1, 2, 3], "audio/mpeg"));

        using var speech = await client.CreateSpeechAsync(new SpeechRequest { Model = "m", Input = "hi" });

        Assert.Equal(3, speech.ContentLength);
        Assert.Equal("Paris.", RerankDocument.FromText("Paris.").ToString());
        Assert.Equal("https://example.org/a.png", new RerankDocument { Image = "https://example.org/a.png" }.ToString());
        Assert.Equal("text", ((EmbeddingInput)"hello").ToString());
        Assert.Equal("2 input(s)", ((EmbeddingInput)new[] { "a", "b" }).ToString());
        Assert.Equal(3, EmbeddingInput.FromTokenLists([[1], [2], [3]]).Count);
    }
}
