using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using static OpenRouter.Testing.Tests.RouteCalls;

namespace OpenRouter.Testing.Tests;

public sealed class CatalogRouteTests
{
    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Providers_are_those_of_the_catalogue_endpoints_in_the_spec_shape(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, apiKey: null);
        var providers = await h.GetOkAsync("providers");
        SpecShape.AssertMatches(providers, SpecShape.Response("/providers", "get"));
        var names = providers.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        var models = await h.GetOkAsync("models?output_modalities=all");
        var endpointProviders = await Task.WhenAll(models.GetProperty("data").EnumerateArray().Select(async m =>
            (await h.GetOkAsync($"models/{m.GetProperty("id").GetString()}/endpoints")).GetProperty("data").GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("provider_name").GetString()!).ToList()));
        Assert.Equal(endpointProviders.SelectMany(p => p).Where(p => p != "OpenRouter").Distinct().Order(StringComparer.Ordinal), names);
        var openAi = providers.GetProperty("data").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "OpenAI");
        Assert.Equal(("openai", "US"), (openAi.GetProperty("slug").GetString(), openAi.GetProperty("headquarters").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?output_modalities=text")]
    [InlineData("?output_modalities=all")]
    [InlineData("?output_modalities=embeddings")]
    [InlineData("?output_modalities=image,speech")]
    [InlineData("?output_modalities=video")]
    public async Task The_model_count_agrees_with_the_models_list(string query)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess, apiKey: null);
        var count = await h.GetOkAsync("models/count" + query);
        SpecShape.AssertMatches(count, SpecShape.Response("/models/count", "get"));
        var models = await h.GetOkAsync("models" + query);
        Assert.Equal(models.GetProperty("data").GetArrayLength(), count.GetProperty("data").GetProperty("count").GetInt32());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Zdr_endpoints_are_catalogue_endpoints_of_providers_that_keep_no_data(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, apiKey: null);
        var zdr = await h.GetOkAsync("endpoints/zdr");
        SpecShape.AssertMatches(zdr, SpecShape.Response("/endpoints/zdr", "get"));
        var endpoints = zdr.GetProperty("data").EnumerateArray().ToList();
        Assert.NotEmpty(endpoints);
        Assert.DoesNotContain(endpoints, e => e.GetProperty("provider_name").GetString() is "OpenAI" or "Anthropic");
        foreach (var endpoint in endpoints)
        {
            var listed = await h.GetOkAsync($"models/{endpoint.GetProperty("model_id").GetString()}/endpoints");
            Assert.Contains(listed.GetProperty("data").GetProperty("endpoints").EnumerateArray(), e => e.GetProperty("tag").GetString() == endpoint.GetProperty("tag").GetString());
        }
    }

    [Fact]
    public async Task Every_models_entry_has_the_spec_shape_with_voices_for_speech_models()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var models = await h.GetOkAsync("models?output_modalities=all");
        SpecShape.AssertMatches(models, SpecShape.Response("/models", "get"));
        var tts = models.GetProperty("data").EnumerateArray().Single(m => m.GetProperty("id").GetString() == SpeechModel);
        Assert.Contains("coral", tts.GetProperty("supported_voices").EnumerateArray().Select(v => v.GetString()));
        var image = models.GetProperty("data").EnumerateArray().Single(m => m.GetProperty("id").GetString() == ImageModel);
        Assert.Equal("0.042", image.GetProperty("pricing").GetProperty("image_output").GetString());
    }

    [Theory]
    [InlineData("GET", "embeddings", "POST")]
    [InlineData("GET", "images", "POST")]
    [InlineData("GET", "audio/speech", "POST")]
    [InlineData("GET", "audio/transcriptions", "POST")]
    [InlineData("GET", "rerank", "POST")]
    [InlineData("POST", "providers", "GET")]
    [InlineData("POST", "models/count", "GET")]
    [InlineData("POST", "endpoints/zdr", "GET")]
    [InlineData("POST", "embeddings/models", "GET")]
    [InlineData("POST", "images/models", "GET")]
    public async Task Wrong_methods_get_405_with_allow(string method, string path, string allowed)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}") : null };
        using var response = await h.Http.SendAsync(request);
        await ValidationTests.AssertErrorAsync(response, 405);
        Assert.Contains(allowed, response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("embeddings")]
    [InlineData("images")]
    [InlineData("audio/speech")]
    [InlineData("audio/transcriptions")]
    [InlineData("rerank")]
    public async Task The_inference_routes_need_a_key_and_answer_with_a_generation_id(string path)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess, apiKey: null);
        using var response = await h.PostAsync(path, "{}");
        await ValidationTests.AssertErrorAsync(response, 401);
        Assert.True(response.Headers.Contains("X-Generation-Id"));
    }
}
