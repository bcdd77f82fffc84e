using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;
using OpenAI;

namespace OpenRouter.Benchmarks;

/// <summary>
/// One operation = one embedding request of <see cref="EmbeddingPayloads.Inputs"/> texts and its answer of as many
/// vectors of <see cref="EmbeddingPayloads.Dimensions"/> floats, served as JSON numbers or base64 as the row asks.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory("Embeddings")]
public class EmbeddingBenchmarks
{
    private InMemoryHandler _handler = null!;
    private HttpClient _raw = null!;
    private OpenRouterClient _core = null!;
    private IEmbeddingGenerator<string, Embedding<float>> _ours = null!;
    private IEmbeddingGenerator<string, Embedding<float>> _openAI = null!;
    private MinimalEmbeddingRequest _rawRequest = null!;
    private EmbeddingRequest _floatRequest = null!;
    private EmbeddingRequest _base64Request = null!;
    private EmbeddingGenerationOptions _floatOptions = null!;
    private string[] _texts = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var payloads = EmbeddingPayloads.Instance;
        _texts = payloads.Texts;
        _handler = new InMemoryHandler(payloads.FloatAnswer, eventStream: false, base64Body: payloads.Base64Answer);
        _raw = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Clients.Endpoint };
        _raw.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer k");
        _core = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "k", Endpoint = Clients.Endpoint }, new HttpClient(_handler, disposeHandler: false));
        _ours = _core.AsIEmbeddingGenerator(EmbeddingPayloads.Model);
        _openAI = new OpenAI.Embeddings.EmbeddingClient(
                EmbeddingPayloads.Model,
                new ApiKeyCredential("k"),
                new OpenAIClientOptions { Endpoint = Clients.Endpoint, Transport = new HttpClientPipelineTransport(new HttpClient(_handler, disposeHandler: false)) })
            .AsIEmbeddingGenerator();

        _rawRequest = new MinimalEmbeddingRequest { Model = EmbeddingPayloads.Model, Input = _texts, EncodingFormat = "float" };
        _floatRequest = new EmbeddingRequest { Model = EmbeddingPayloads.Model, Input = _texts, EncodingFormat = EmbeddingEncodingFormat.Float };
        _base64Request = new EmbeddingRequest { Model = EmbeddingPayloads.Model, Input = _texts, EncodingFormat = EmbeddingEncodingFormat.Base64 };
        _floatOptions = new EmbeddingGenerationOptions { AdditionalProperties = new() { ["encoding_format"] = "float" } };

        await Validation.EmbeddingsAsync(this, payloads).ConfigureAwait(false);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _openAI.Dispose();
        _ours.Dispose();
        _core.Dispose();
        _raw.Dispose();
        _handler.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw: HttpClient + minimal source-gen answer, float")]
    public async Task<int> Raw() => Count((await RawAsync().ConfigureAwait(false)).Data!.Select(d => d.Embedding!));

    [Benchmark(Description = "core: CreateEmbeddingsAsync, float")]
    public async Task<int> CoreFloat() => Count((await _core.CreateEmbeddingsAsync(_floatRequest).ConfigureAwait(false)).Data!.Select(d => d.Vector!));

    [Benchmark(Description = "core: CreateEmbeddingsAsync, base64")]
    public async Task<int> CoreBase64() => Count((await _core.CreateEmbeddingsAsync(_base64Request).ConfigureAwait(false)).Data!.Select(d => d.Vector!));

    [Benchmark(Description = "ours: IEmbeddingGenerator, base64 (its default)")]
    public async Task<int> OursBase64() => Count(await _ours.GenerateAsync(_texts).ConfigureAwait(false));

    [Benchmark(Description = "ours: IEmbeddingGenerator, float")]
    public async Task<int> OursFloat() => Count(await _ours.GenerateAsync(_texts, _floatOptions).ConfigureAwait(false));

    [Benchmark(Description = "M.E.AI.OpenAI 10.11: EmbeddingClient.AsIEmbeddingGenerator, base64 (its default)")]
    public async Task<int> OpenAI() => Count(await _openAI.GenerateAsync(_texts).ConfigureAwait(false));

    internal async Task<MinimalEmbeddingResponse> RawAsync()
    {
        using var response = await _raw.PostAsJsonAsync("embeddings", _rawRequest, MinimalContext.Default.MinimalEmbeddingRequest).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(MinimalContext.Default.MinimalEmbeddingResponse).ConfigureAwait(false)
            ?? throw new JsonException("empty answer");
    }

    // The result each row hands back: the number of floats, so nothing is optimised away.
    private static int Count(IEnumerable<float[]> vectors) => vectors.Sum(v => v.Length);

    private static int Count(GeneratedEmbeddings<Embedding<float>> embeddings) => embeddings.Sum(e => e.Vector.Length);

    // What the setup checks reach.
    internal InMemoryHandler Handler => _handler;

    internal OpenRouterClient Core => _core;

    internal IEmbeddingGenerator<string, Embedding<float>> Ours => _ours;

    internal IEmbeddingGenerator<string, Embedding<float>> OpenAIGenerator => _openAI;

    internal EmbeddingRequest FloatRequest => _floatRequest;

    internal EmbeddingRequest Base64Request => _base64Request;

    internal EmbeddingGenerationOptions FloatOptions => _floatOptions;

    internal string[] Texts => _texts;
}
