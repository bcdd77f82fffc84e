using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using static OpenRouter.Testing.Tests.RouteCalls;

namespace OpenRouter.Testing.Tests;

public sealed class EmbeddingRouteTests
{
    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_float_answer_has_the_spec_shape_the_model_dimension_and_the_catalogue_price(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var response = await h.PostAsync("embeddings", ToJson(new { model = EmbeddingModel, input = "The quick brown fox jumps over the lazy dog" }));
        var body = await OkJsonAsync(response);

        SpecShape.AssertMatches(body, SpecShape.Response("/embeddings", "post"));
        Assert.Equal("list", body.GetProperty("object").GetString());
        Assert.Equal(EmbeddingModel, body.GetProperty("model").GetString());
        Assert.Equal(Assert.Single(response.Headers.GetValues("X-Generation-Id")), body.GetProperty("id").GetString());
        var item = Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.Equal("embedding", item.GetProperty("object").GetString());
        Assert.Equal(0, item.GetProperty("index").GetInt32());
        var vector = Floats(item.GetProperty("embedding"));
        Assert.Equal(3072, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(v => (double)v * v)), 4);
        var usage = body.GetProperty("usage");
        var tokens = usage.GetProperty("prompt_tokens").GetInt32();
        Assert.Equal((43 + 3) / 4, tokens);
        Assert.Equal(tokens, usage.GetProperty("total_tokens").GetInt32());
        Assert.Equal(tokens * 0.00000013m, usage.GetProperty("cost").GetDecimal());
    }

    [Fact]
    public async Task Vectors_are_the_same_for_the_same_text_and_closer_for_similar_texts()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        string[] texts = ["The cat sat on the mat", "A cat was sitting on the mat", "Quarterly revenue grew by ten percent", "The cat sat on the mat"];
        var first = await h.PostOkAsync("embeddings", new { model = EmbeddingModel, input = texts });
        var again = await h.PostOkAsync("embeddings", new { model = EmbeddingModel, input = texts });

        var vectors = first.GetProperty("data").EnumerateArray().Select(d => Floats(d.GetProperty("embedding"))).ToList();
        Assert.Equal([0, 1, 2, 3], first.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("index").GetInt32()));
        Assert.Equal(vectors[0], vectors[3]);
        Assert.Equal(vectors[0], Floats(again.GetProperty("data")[0].GetProperty("embedding")));
        var similar = MediaChecks.Cosine(vectors[0], vectors[1]);
        var unrelated = MediaChecks.Cosine(vectors[0], vectors[2]);
        Assert.True(similar > 0.5, $"similar texts: {similar}");
        Assert.True(unrelated < 0.15, $"unrelated texts: {unrelated}");
    }

    [Theory]
    [InlineData("How long should bread dough rise before baking?", 0)]
    [InlineData("My car engine makes a knocking noise", 1)]
    [InlineData("Which stocks did well in the market this year?", 2)]
    [InlineData("How do I teach my puppy to sit?", 3)]
    public async Task A_search_over_the_vectors_finds_the_sensible_neighbour(string query, int expected)
    {
        string[] documents =
        [
            "Let the bread dough rise for an hour, then bake it at 220 degrees.",
            "A knocking engine often means the car needs higher octane fuel.",
            "The stock market rose this year as tech stocks did well.",
            "Teach a puppy to sit with treats and short training sessions.",
        ];
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var corpus = await h.PostOkAsync("embeddings", new { model = "qwen/qwen3-embedding-8b", input = documents, input_type = "search_document" });
        var asked = await h.PostOkAsync("embeddings", new { model = "qwen/qwen3-embedding-8b", input = query, input_type = "search_query" });

        var q = Floats(asked.GetProperty("data")[0].GetProperty("embedding"));
        var scores = corpus.GetProperty("data").EnumerateArray().Select(d => MediaChecks.Cosine(q, Floats(d.GetProperty("embedding")))).ToList();
        Assert.Equal(expected, scores.IndexOf(scores.Max()));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Base64_is_little_endian_float32_of_the_same_vector(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        var floats = await h.PostOkAsync("embeddings", new { model = "mistralai/mistral-embed-2312", input = new[] { "one text", "another text" }, encoding_format = "float" });
        var packed = await h.PostOkAsync("embeddings", new { model = "mistralai/mistral-embed-2312", input = new[] { "one text", "another text" }, encoding_format = "base64" });

        SpecShape.AssertMatches(packed, SpecShape.Response("/embeddings", "post"));
        for (var i = 0; i < 2; i++)
        {
            var expected = Floats(floats.GetProperty("data")[i].GetProperty("embedding"));
            var decoded = FloatsFromBase64(packed.GetProperty("data")[i].GetProperty("embedding").GetString()!);
            Assert.Equal(1024, decoded.Length);
            Assert.Equal(expected, decoded);
        }
    }

    [Theory]
    [InlineData(EmbeddingModel, 256, 256)]
    [InlineData(EmbeddingModel, null, 3072)]
    [InlineData("google/gemini-embedding-001", 768, 768)]
    [InlineData("openai/text-embedding-ada-002", null, 1536)]
    [InlineData("openai/text-embedding-ada-002", 1536, 1536)]
    [InlineData("mistralai/mistral-embed-2312", null, 1024)]
    [InlineData("qwen/qwen3-embedding-8b", null, 4096)]
    [InlineData("someone/unlisted-embedder", null, 1536)]
    [InlineData("someone/unlisted-embedder", 64, 64)]
    public async Task Dimensions_default_to_the_model_and_follow_the_request(string model, int? dimensions, int expected)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var body = await h.PostOkAsync("embeddings", dimensions is null ? new { model, input = "x y z" } : new { model, input = "x y z", dimensions });
        Assert.Equal(expected, body.GetProperty("data")[0].GetProperty("embedding").GetArrayLength());
    }

    [Theory]
    [InlineData("[1, 2, 3]", 1, 3)]
    [InlineData("[[1, 2], [3, 4, 5]]", 2, 5)]
    [InlineData("[{\"content\":[{\"type\":\"text\",\"text\":\"a red panda\"}]}]", 1, 3)]
    public async Task Token_ids_and_content_objects_are_embedded_too(string input, int vectors, int tokens)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        using var response = await h.PostAsync("embeddings", $"{{\"model\":\"{EmbeddingModel}\",\"input\":{input}}}");
        var body = await OkJsonAsync(response);
        Assert.Equal(vectors, body.GetProperty("data").GetArrayLength());
        Assert.Equal(tokens, body.GetProperty("usage").GetProperty("prompt_tokens").GetInt32());
    }

    [Fact]
    public async Task Images_are_refused_by_a_text_model_and_counted_by_modality_elsewhere()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        const string Parts = "[{\"content\":[{\"type\":\"text\",\"text\":\"a red panda\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/panda.png\"}}]}]";
        var refusal = await h.PostRefusedAsync("embeddings", $"{{\"model\":\"{EmbeddingModel}\",\"input\":{Parts}}}");
        Assert.Contains("image", refusal, StringComparison.Ordinal);

        using var response = await h.PostAsync("embeddings", $"{{\"model\":\"someone/multimodal-embedder\",\"input\":{Parts}}}");
        var body = await OkJsonAsync(response);
        SpecShape.AssertMatches(body, SpecShape.Response("/embeddings", "post"));
        var details = body.GetProperty("usage").GetProperty("prompt_tokens_details");
        Assert.Equal(3, details.GetProperty("text_tokens").GetInt32());
        Assert.Equal(258, details.GetProperty("image_tokens").GetInt32());
    }

    [Theory]
    [InlineData("{\"input\":\"x\"}", "model")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\"}", "input")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":\"\"}", "input")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":[]}", "input")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":[\"\"]}", "input")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":[\"a\",1]}", "input")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":[[]]}", "input")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":[-1]}", "input")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":{\"text\":\"x\"}}", "input")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":[{\"content\":[{\"type\":\"video\"}]}]}", "content part")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":\"x\",\"encoding_format\":\"hex\"}", "encoding_format")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":\"x\",\"dimensions\":0}", "dimensions")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"input\":\"x\",\"dimensions\":4096}", "dimensions")]
    [InlineData("{\"model\":\"openai/text-embedding-ada-002\",\"input\":\"x\",\"dimensions\":512}", "dimensions")]
    [InlineData("{\"model\":\"openai/gpt-4o-mini\",\"input\":\"x\"}", "cannot serve embeddings")]
    [InlineData("{not json", "JSON")]
    public async Task Malformed_requests_get_a_400_that_names_the_field(string body, string mentioned)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        Assert.Contains(mentioned, await h.PostRefusedAsync("embeddings", body), StringComparison.Ordinal);
        Assert.True(h.Emulator.Requests[0].GenerationId is not null);
    }

    [Fact]
    public async Task An_input_over_the_context_is_refused()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var refusal = await h.PostRefusedAsync("embeddings", ToJson(new { model = "google/gemini-embedding-001", input = new string('x', 4 * 2049) }));
        Assert.Contains("2048", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cost_is_billed_to_the_key_and_reported_by_the_generation()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var body = await h.PostOkAsync("embeddings", new { model = EmbeddingModel, input = new[] { "alpha beta", "gamma delta" } });
        var cost = body.GetProperty("usage").GetProperty("cost").GetDecimal();
        Assert.True(cost > 0);

        var generation = (await h.GetOkAsync("generation?id=" + body.GetProperty("id").GetString())).GetProperty("data");
        Assert.Equal("embeddings", generation.GetProperty("api_type").GetString());
        Assert.Equal(cost, generation.GetProperty("total_cost").GetDecimal());
        Assert.Equal(EmbeddingModel, generation.GetProperty("model").GetString());
        Assert.Equal(cost, (await h.GetOkAsync("credits")).GetProperty("data").GetProperty("total_usage").GetDecimal());
    }

    [Fact]
    public async Task Embeddings_need_a_key()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess, apiKey: null);
        await h.PostRefusedAsync("embeddings", ToJson(new { model = EmbeddingModel, input = "x" }), 401);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task The_models_route_lists_the_embedding_models_and_pages(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, apiKey: null);
        var all = await h.GetOkAsync("embeddings/models");
        SpecShape.AssertMatches(all, SpecShape.Response("/embeddings/models", "get"));
        var ids = all.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        var listed = await h.GetOkAsync("models?output_modalities=embeddings");
        Assert.Equal(listed.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()), ids);
        Assert.DoesNotContain("openai/text-embedding-3-small", ids);
        Assert.All(all.GetProperty("data").EnumerateArray(), m => Assert.Equal(["embeddings"], m.GetProperty("architecture").GetProperty("output_modalities").EnumerateArray().Select(o => o.GetString())));

        var page = await h.GetOkAsync("embeddings/models?limit=2");
        Assert.Equal(ids.Take(2), page.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal("/api/v1/embeddings/models?offset=2&limit=2", page.GetProperty("links").GetProperty("next").GetString());
        Assert.Equal(ids.Count, page.GetProperty("total_count").GetInt32());
    }
}
