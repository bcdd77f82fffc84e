using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.SemanticKernel;
using OpenRouter.Testing;

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// <c>AddOpenRouterEmbeddingGenerator</c>: the <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> Semantic Kernel's
/// vector stores use, from a real kernel, against the emulator, whose vectors are closer for texts that share words.
/// </summary>
public sealed class EmbeddingGeneratorTests : IAsyncLifetime
{
    private const string EmbeddingModel = "openai/text-embedding-3-large";

    private static readonly string[] s_documents =
    [
        "The cat sat on the warm mat by the fire.",
        "Stock markets fell sharply after the interest rate decision.",
        "Fresh basil and tomatoes make a simple pasta sauce.",
        "The football team won the championship final on penalties.",
    ];

    private EmulatorRig _rig = null!;

    public async Task InitializeAsync() => _rig = await EmulatorRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Theory]
    [InlineData("Where did the cat sit?", 0)]
    [InlineData("Why did stock markets fall?", 1)]
    [InlineData("How do I make a pasta sauce with basil?", 2)]
    [InlineData("Which team won the football final?", 3)]
    public async Task The_kernels_generator_finds_the_nearest_document(string query, int expected)
    {
        var kernel = Support.BuildKernel(b => b.AddOpenRouterEmbeddingGenerator(EmbeddingModel, _rig.ApiKey!, _rig.Endpoint));
        var generator = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var documents = await generator.GenerateAsync(s_documents);
        var question = await generator.GenerateVectorAsync(query);

        var nearest = Enumerable.Range(0, documents.Count).MaxBy(i => Cosine(question.Span, documents[i].Vector.Span));
        Assert.Equal(expected, nearest);
        Assert.Equal(3072, question.Length);
        Assert.Equal(EmbeddingModel, _rig.Emulator.Body(0).Text("model"));
        Assert.Equal(s_documents.Length, _rig.Emulator.Body(0).GetProperty("input").GetArrayLength());
    }

    [Fact]
    public async Task Usage_and_cost_come_back_and_the_generator_describes_itself()
    {
        var kernel = Support.BuildKernel(b => b.AddOpenRouterEmbeddingGenerator(EmbeddingModel, _rig.ApiKey!, _rig.Endpoint));
        var generator = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var embeddings = await generator.GenerateAsync(s_documents);

        Assert.True(embeddings.Usage!.InputTokenCount > 0);
        Assert.True(embeddings.Usage.GetOpenRouterCost() > 0);
        Assert.Equal(EmbeddingModel, generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId);
        Assert.Same(kernel.Services.GetRequiredService<OpenRouterClient>(), generator.GetService<OpenRouterClient>());
    }

    [Fact]
    public async Task Dimensions_given_at_registration_are_sent_unless_the_call_sets_its_own()
    {
        var kernel = Support.BuildKernel(b => b.AddOpenRouterEmbeddingGenerator(EmbeddingModel, _rig.ApiKey!, _rig.Endpoint, dimensions: 256));
        var generator = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var options = new EmbeddingGenerationOptions { Dimensions = 64 };

        var registered = await generator.GenerateVectorAsync("A short text");
        var perCall = await generator.GenerateVectorAsync("A short text", options);

        Assert.Equal((256, 64), (registered.Length, perCall.Length));
        Assert.Equal(256, _rig.Emulator.Body(0).GetProperty("dimensions").GetInt32());
        Assert.Equal(64, _rig.Emulator.Body(1).GetProperty("dimensions").GetInt32());
        Assert.Equal(64, options.Dimensions);
    }

    [Fact]
    public async Task Generators_under_service_ids_are_keyed_and_log_through_the_containers_logger_factory()
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Debug)).AddFakeLogging();
        builder.AddOpenRouterEmbeddingGenerator(EmbeddingModel, _rig.ApiKey!, _rig.Endpoint, serviceId: "large");
        builder.AddOpenRouterEmbeddingGenerator("qwen/qwen3-embedding-8b", _rig.ApiKey!, _rig.Endpoint, serviceId: "qwen");
        var kernel = builder.Build();

        var large = await kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>("large").GenerateVectorAsync("text");
        var qwen = await kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>("qwen").GenerateVectorAsync("text");

        Assert.Null(kernel.Services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Equal((3072, 4096), (large.Length, qwen.Length));
        Assert.NotSame(kernel.Services.GetRequiredKeyedService<OpenRouterClient>("large"), kernel.Services.GetRequiredKeyedService<OpenRouterClient>("qwen"));
        Assert.Contains(kernel.Services.GetFakeLogCollector().GetSnapshot(), r => r.Message.Contains("GenerateAsync", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_request_is_a_typed_OpenRouterException_and_bad_registrations_fail_early()
    {
        var kernel = Support.BuildKernel(b => b.AddOpenRouterEmbeddingGenerator("openai/gpt-4o-mini", _rig.ApiKey!, _rig.Endpoint));

        var ex = await Assert.ThrowsAnyAsync<OpenRouterException>(() => kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["text"]));

        Assert.Equal(400, ex.StatusCode);
        Assert.Throws<ArgumentOutOfRangeException>(() => Kernel.CreateBuilder().AddOpenRouterEmbeddingGenerator(EmbeddingModel, "k", dimensions: 0));
        Assert.Equal("modelId", Assert.Throws<ArgumentException>(() => Kernel.CreateBuilder().AddOpenRouterEmbeddingGenerator(" ", "k")).ParamName);
        Assert.Throws<ArgumentNullException>(() => ((IKernelBuilder)null!).AddOpenRouterEmbeddingGenerator(EmbeddingModel, "k"));
    }

    private static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }

        return dot / MathF.Sqrt(normA * normB);
    }
}
