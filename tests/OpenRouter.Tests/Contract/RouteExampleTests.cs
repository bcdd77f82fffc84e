using System.Globalization;
using System.Linq;
using System.Text.Json;
using OpenRouter.Serialization;
using static OpenRouter.Tests.Contract.SpecExamples;

namespace OpenRouter.Tests.Contract;

/// <summary>
/// The spec's own examples of the other inference routes and the catalogs parse with our types, keep every value through a
/// parse/serialize round trip, and land in the right typed properties; their error examples parse as OpenRouter's envelope.
/// </summary>
public class RouteExampleTests
{
    private static OpenRouterJsonContext Context => OpenRouterJsonContext.Default;

    [Fact]
    public void Embeddings_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/embeddings", "post", "200"))
        {
            var answer = ParseAndRoundTrip(label, example, Context.EmbeddingResponse);

            Assert.Equal(Str(example, "model"), answer.Model);
            Assert.Equal(Str(example, "object"), answer.Object);
            var data = At(example, "data");
            for (var i = 0; i < data.GetArrayLength(); i++)
            {
                Assert.Equal(data[i].GetProperty("embedding").EnumerateArray().Select(v => v.GetSingle()), answer.Data![i].Vector!);
                Assert.Equal(Num(data[i], "index"), answer.Data[i].Index);
            }

            Assert.Equal(Num(example, "usage.prompt_tokens"), answer.Usage!.PromptTokens);
            Assert.Equal(Num(example, "usage.total_tokens"), answer.Usage.TotalTokens);
        }
    }

    [Fact]
    public void Images_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/images", "post", "200"))
        {
            var answer = ParseAndRoundTrip(label, example, Context.ImageResponse);

            Assert.Equal(Num(example, "created"), answer.Created);
            Assert.Equal(Str(example, "data.0.b64_json"), answer.Data![0].B64Json);
            Assert.Equal(Num(example, "usage.completion_tokens"), answer.Usage!.CompletionTokens);
            Assert.Equal(Num(example, "usage.cost"), answer.Usage.Cost);
        }
    }

    [Fact]
    public void Transcriptions_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/audio/transcriptions", "post", "200"))
        {
            var answer = ParseAndRoundTrip(label, example, Context.TranscriptionResponse);

            Assert.Equal(Str(example, "text"), answer.Text);
            Assert.Equal(Num(example, "usage.cost"), answer.Usage!.Cost);
            Assert.Equal(Num(example, "usage.input_tokens"), answer.Usage.InputTokens);
            Assert.Equal(Num(example, "usage.seconds"), (decimal?)answer.Usage.Seconds);
        }
    }

    [Fact]
    public void Rerank_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/rerank", "post", "200"))
        {
            // Parsed, not round-tripped: a text-only RerankDocument is written as a plain string (what requests need),
            // while the answer echoes it as {"text": ...}.
            var answer = example.Deserialize(Context.RerankResponse)!;

            Assert.Equal(Str(example, "id"), answer.Id);
            Assert.Equal(Str(example, "model"), answer.Model);
            Assert.Equal(Num(example, "results.0.index"), answer.Results![0].Index);
            Assert.Equal(Num(example, "results.0.relevance_score"), (decimal?)answer.Results[0].RelevanceScore);
            Assert.Equal(Str(example, "results.0.document.text"), answer.Results[0].Document!.Text);
            Assert.Equal(Num(example, "usage.search_units"), answer.Usage!.SearchUnits);
            Assert.Null(answer.AdditionalProperties);
        }
    }

    [Fact]
    public void Catalog_200Examples_Parse()
    {
        foreach (var (label, example) in ForResponse("/providers", "get", "200"))
        {
            var provider = ParseAndRoundTrip(label, example, Context.DataEnvelopeIReadOnlyListProviderInfo).Data![0];
            Assert.Equal(Str(example, "data.0.slug"), provider.Slug);
            Assert.Equal(Str(example, "data.0.headquarters"), provider.Headquarters);
        }

        foreach (var (label, example) in ForResponse("/images/models", "get", "200"))
        {
            var model = ParseAndRoundTrip(label, example, Context.DataEnvelopeIReadOnlyListImageModelInfo).Data![0];
            Assert.Equal(Str(example, "data.0.id"), model.Id);
            Assert.Equal(Bool(example, "data.0.supports_streaming"), model.SupportsStreaming);
        }

        foreach (var (label, example) in ForResponse("/endpoints/zdr", "get", "200"))
        {
            var endpoint = ParseAndRoundTrip(label, example, Context.DataEnvelopeIReadOnlyListModelEndpoint).Data![0];
            Assert.Equal(Str(example, "data.0.model_id"), endpoint.ModelId);
            Assert.Equal(Bool(example, "data.0.supports_voice_cloning"), endpoint.SupportsVoiceCloning);
        }

        foreach (var (label, example) in ForResponse("/models/count", "get", "200"))
        {
            Assert.Equal(Num(example, "data.count"), ParseAndRoundTrip(label, example, Context.DataEnvelopeModelCount).Data!.Count);
        }

        foreach (var (label, example) in ForResponse("/embeddings/models", "get", "200"))
        {
            Assert.Equal(Str(example, "data.0.id"), ParseAndRoundTrip(label, example, Context.ModelListResponse).Data![0].Id);
        }
    }

    [Theory]
    [InlineData("/embeddings", "post")]
    [InlineData("/images", "post")]
    [InlineData("/audio/speech", "post")]
    [InlineData("/audio/transcriptions", "post")]
    [InlineData("/rerank", "post")]
    [InlineData("/providers", "get")]
    [InlineData("/endpoints/zdr", "get")]
    public void Route_ErrorExamples_ParseAsTheEnvelope(string path, string method)
    {
        var responses = OpenApiSpec.Operation(path, method).GetProperty("responses");
        var statuses = responses.EnumerateObject().Select(response => response.Name).Where(status => !status.StartsWith('2')).ToList();
        Assert.NotEmpty(statuses);

        foreach (var status in statuses)
        {
            foreach (var (label, example) in ForResponse(path, method, status))
            {
                var error = example.Deserialize(Context.OpenRouterErrorBody)?.Error;
                Assert.True(error is not null, $"{label}: no error object parsed.");
                Assert.Equal(Str(example, "error.message"), error!.Message);
                Assert.Equal(int.Parse(status, CultureInfo.InvariantCulture), ErrorDetails.EffectiveStatus(error, httpStatus: null));
            }
        }
    }
}
