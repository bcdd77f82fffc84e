using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using static OpenRouter.Testing.Tests.RouteCalls;

namespace OpenRouter.Testing.Tests;

public sealed class RerankRouteTests
{
    private static readonly string[] Documents =
    [
        "Berlin is the capital of Germany.",
        "Paris is the capital of France.",
        "Bananas are yellow and rich in potassium.",
        "France is famous for its cheese.",
    ];

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Results_come_best_first_by_overlap_with_the_query_in_the_spec_shape(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var response = await h.PostAsync("rerank", ToJson(new { model = RerankModel, query = "What is the capital of France?", documents = Documents }));
        var body = await OkJsonAsync(response);

        SpecShape.AssertMatches(body, SpecShape.Response("/rerank", "post"));
        Assert.Equal(Assert.Single(response.Headers.GetValues("X-Generation-Id")), body.GetProperty("id").GetString());
        Assert.Equal((RerankModel, "Emulator"), (body.GetProperty("model").GetString(), body.GetProperty("provider").GetString()));
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([1, 0, 3, 2], results.Select(r => r.GetProperty("index").GetInt32()));
        var scores = results.Select(r => r.GetProperty("relevance_score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.InRange(s, 0, 1));
        Assert.True(scores[0] > 0.85 && scores[^1] < 0.1, string.Join(", ", scores));
        Assert.All(results, r => Assert.Equal(Documents[r.GetProperty("index").GetInt32()], r.GetProperty("document").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Top_n_keeps_the_best_and_scores_repeat_for_the_same_request()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var request = new { model = RerankModel, query = "capital of France", documents = Documents, top_n = 2 };
        var first = await h.PostOkAsync("rerank", request);
        var second = await h.PostOkAsync("rerank", request);
        Assert.Equal(2, first.GetProperty("results").GetArrayLength());
        Assert.Equal(first.GetProperty("results").GetRawText(), second.GetProperty("results").GetRawText());
    }

    [Fact]
    public async Task Object_documents_are_echoed_with_their_text_and_image()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        using var response = await h.PostAsync("rerank", """
            {"model":"cohere/rerank-v3.5","query":"robots that plan",
             "documents":[{"image":"https://example.com/robot.png"},{"text":"Robots perceive, plan and act.","image":"data:image/png;base64,AAAA"},"Cooking pasta"]}
            """);
        var results = (await OkJsonAsync(response)).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(1, results[0].GetProperty("index").GetInt32());
        Assert.Equal("data:image/png;base64,AAAA", results[0].GetProperty("document").GetProperty("image").GetString());
        var imageOnly = results.Single(r => r.GetProperty("index").GetInt32() == 0).GetProperty("document");
        Assert.Equal(["image"], imageOnly.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(100, 1)]
    [InlineData(101, 2)]
    public async Task Usage_counts_search_units_of_a_hundred_documents_at_the_catalogue_price(int count, int units)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var documents = Enumerable.Range(0, count).Select(i => $"document number {i}").ToArray();
        var usage = (await h.PostOkAsync("rerank", new { model = RerankModel, query = "number 7", documents })).GetProperty("usage");
        Assert.Equal(units, usage.GetProperty("search_units").GetInt32());
        Assert.Equal(units * 0.002m, usage.GetProperty("cost").GetDecimal());
        Assert.True(usage.GetProperty("total_tokens").GetInt32() > count);
    }

    [Theory]
    [InlineData("{\"query\":\"q\",\"documents\":[\"d\"]}", "model")]
    [InlineData("{\"model\":\"cohere/rerank-v3.5\",\"documents\":[\"d\"]}", "query")]
    [InlineData("{\"model\":\"cohere/rerank-v3.5\",\"query\":\"\",\"documents\":[\"d\"]}", "query")]
    [InlineData("{\"model\":\"cohere/rerank-v3.5\",\"query\":\"q\"}", "documents")]
    [InlineData("{\"model\":\"cohere/rerank-v3.5\",\"query\":\"q\",\"documents\":[]}", "documents")]
    [InlineData("{\"model\":\"cohere/rerank-v3.5\",\"query\":\"q\",\"documents\":[1]}", "documents")]
    [InlineData("{\"model\":\"cohere/rerank-v3.5\",\"query\":\"q\",\"documents\":[{}]}", "documents")]
    [InlineData("{\"model\":\"cohere/rerank-v3.5\",\"query\":\"q\",\"documents\":[\"d\"],\"top_n\":0}", "top_n")]
    [InlineData("{\"model\":\"openai/text-embedding-3-large\",\"query\":\"q\",\"documents\":[\"d\"]}", "cannot serve rerank")]
    public async Task Malformed_requests_get_a_400_that_names_the_field(string body, string mentioned)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        Assert.Contains(mentioned, await h.PostRefusedAsync("rerank", body), StringComparison.Ordinal);
    }
}
