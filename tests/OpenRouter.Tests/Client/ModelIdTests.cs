using System.Net;
using System.Net.Http;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Client;

/// <summary><see cref="OpenRouterClient.ListModelEndpointsAsync(string, CancellationToken)"/>: a whole model id, split at its slash.</summary>
public sealed class ModelIdTests
{
    private const string Root = "http://127.0.0.1:5000/api/v1/";

    private static (OpenRouterClient Client, ScriptedHandler Handler) Create()
    {
        var handler = new ScriptedHandler();
        var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-test", Endpoint = new Uri(Root), MaxRetries = 0 }, new HttpClient(handler));
        return (client, handler);
    }

    [Theory]
    [InlineData("openai/gpt-4o", "models/openai/gpt-4o/endpoints")]
    [InlineData("deepseek/deepseek-r1:free", "models/deepseek/deepseek-r1%3Afree/endpoints")]
    [InlineData("meta-llama/llama-3.3-70b-instruct:nitro", "models/meta-llama/llama-3.3-70b-instruct%3Anitro/endpoints")]
    [InlineData("~anthropic/claude-sonnet-latest", "models/~anthropic/claude-sonnet-latest/endpoints")]
    public async Task A_whole_id_requests_the_same_path_as_its_author_and_slug(string modelId, string path)
    {
        var (client, handler) = Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"data":{"id":"x","endpoints":[{"provider_name":"P"}]}}""")
               .EnqueueJson(HttpStatusCode.OK, """{"data":{"id":"x","endpoints":[]}}""");
        var slash = modelId.IndexOf('/', StringComparison.Ordinal);

        var endpoints = await client.ListModelEndpointsAsync(modelId);
        await client.ListModelEndpointsAsync(modelId[..slash], modelId[(slash + 1)..]);

        Assert.Equal("P", Assert.Single(endpoints.Endpoints!).ProviderName);
        Assert.Equal(Root + path, handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal(handler.Requests[1].Uri.AbsoluteUri, handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("GET", handler.Requests[0].Method);
    }

    [Theory]
    [InlineData("gpt-4o", "has no slash")]
    [InlineData("", "is empty")]
    [InlineData("/gpt-4o", "has no author before the slash")]
    [InlineData("openai/", "has no slug after the slash")]
    [InlineData("openrouter/openai/gpt-4o", "has more than one slash")]
    [InlineData("openai//gpt-4o", "has more than one slash")]
    [InlineData(" openai/gpt-4o", "contains whitespace")]
    [InlineData("openai/gpt 4o", "contains whitespace")]
    public async Task A_malformed_id_is_an_ArgumentException_that_names_it_and_sends_nothing(string modelId, string problem)
    {
        var (client, handler) = Create();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.ListModelEndpointsAsync(modelId));

        Assert.Equal("modelId", ex.ParamName);
        Assert.Contains($"\"{modelId}\" {problem}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("a model id is author/slug with one slash, e.g. \"openai/gpt-4o\"", ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_null_id_is_an_ArgumentNullException_that_says_what_an_id_looks_like()
    {
        var (client, handler) = Create();

        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => client.ListModelEndpointsAsync(null!));

        Assert.Equal("modelId", ex.ParamName);
        Assert.Contains("author/slug", ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task One_string_calls_the_whole_id_overload_and_two_strings_the_author_and_slug_one()
    {
        var (client, handler) = Create();
        using var cancel = new CancellationTokenSource();
        for (var i = 0; i < 3; i++)
        {
            handler.EnqueueJson(HttpStatusCode.OK, """{"data":{"id":"x","endpoints":[]}}""");
        }

        await client.ListModelEndpointsAsync("openai/gpt-4o", cancel.Token);
        await client.ListModelEndpointsAsync("openai", "gpt-4o", cancel.Token);
        await client.ListModelEndpointsAsync(author: "openai", slug: "gpt-4o");

        Assert.All(handler.Requests, r => Assert.Equal(Root + "models/openai/gpt-4o/endpoints", r.Uri.AbsoluteUri));

        // Two strings always mean author and slug, even when the first one looks like a whole id.
        var twoStrings = await Assert.ThrowsAsync<ArgumentException>(() => client.ListModelEndpointsAsync("openai/gpt-4o", string.Empty));
        Assert.Equal("slug", twoStrings.ParamName);
    }
}
