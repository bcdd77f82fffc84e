using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

public sealed class CatalogueTests
{
    [Theory]
    [InlineData(EmulatorRig.Loopback, "", 9, new[] { "openai/gpt-4o-mini", "anthropic/claude-sonnet-4.5", "deepseek/deepseek-r1", "openai/gpt-5-mini", "google/gemini-2.5-flash", "meta-llama/llama-3.3-70b-instruct", "mistralai/mistral-small-3.2-24b-instruct", "qwen/qwen3-235b-a22b", "openrouter/auto" })]
    [InlineData(EmulatorRig.InProcess, "?output_modalities=embeddings", 5, new[] { "openai/text-embedding-3-large", "openai/text-embedding-ada-002", "google/gemini-embedding-001", "mistralai/mistral-embed-2312", "qwen/qwen3-embedding-8b" })]
    [InlineData(EmulatorRig.InProcess, "?output_modalities=all", 21, null)]
    [InlineData(EmulatorRig.InProcess, "?output_modalities=image", 4, new[] { "openrouter/auto", "bytedance-seed/seedream-4.5", "black-forest-labs/flux.2-pro", "openai/gpt-image-1" })]
    [InlineData(EmulatorRig.InProcess, "?output_modalities=speech,transcription,rerank", 4, new[] { "mistralai/voxtral-mini-tts-2603", "openai/gpt-4o-mini-tts", "openai/whisper-large-v3", "cohere/rerank-v3.5" })]
    [InlineData(EmulatorRig.Loopback, "?supported_parameters=tools,structured_outputs", 6, new[] { "openai/gpt-4o-mini", "anthropic/claude-sonnet-4.5", "openai/gpt-5-mini", "google/gemini-2.5-flash", "mistralai/mistral-small-3.2-24b-instruct", "openrouter/auto" })]
    [InlineData(EmulatorRig.InProcess, "?supported_parameters=reasoning&output_modalities=text", 6, new[] { "anthropic/claude-sonnet-4.5", "deepseek/deepseek-r1", "openai/gpt-5-mini", "google/gemini-2.5-flash", "qwen/qwen3-235b-a22b", "openrouter/auto" })]
    [InlineData(EmulatorRig.InProcess, "?input_modalities=image", 6, new[] { "openai/gpt-4o-mini", "anthropic/claude-sonnet-4.5", "openai/gpt-5-mini", "google/gemini-2.5-flash", "mistralai/mistral-small-3.2-24b-instruct", "openrouter/auto" })]
    public async Task Models_filters_by_modalities_and_supported_parameters(string mode, string query, int count, string[]? ids)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var response = await h.Http.GetAsync("models" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(count, data.Count);
        Assert.Equal(count, json.RootElement.GetProperty("total_count").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("links").GetProperty("next").ValueKind);
        if (ids is not null)
        {
            Assert.Equal(ids, data.Select(m => m.GetProperty("id").GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Models_paginates_with_offset_and_limit(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var first = await h.Http.GetAsync("models?limit=5");
        using var firstJson = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "openai/gpt-4o-mini", "anthropic/claude-sonnet-4.5", "deepseek/deepseek-r1", "openai/gpt-5-mini", "google/gemini-2.5-flash" }, firstJson.RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(9, firstJson.RootElement.GetProperty("total_count").GetInt32());
        var next = firstJson.RootElement.GetProperty("links").GetProperty("next").GetString();
        Assert.Equal("/api/v1/models?offset=5&limit=5", next);

        using var second = await h.Http.GetAsync(next);
        using var secondJson = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "meta-llama/llama-3.3-70b-instruct", "mistralai/mistral-small-3.2-24b-instruct", "qwen/qwen3-235b-a22b", "openrouter/auto" }, secondJson.RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, secondJson.RootElement.GetProperty("links").GetProperty("next").ValueKind);

        using var beyond = await h.Http.GetAsync("models?offset=10");
        using var beyondJson = JsonDocument.Parse(await beyond.Content.ReadAsStringAsync());
        Assert.Equal(0, beyondJson.RootElement.GetProperty("data").GetArrayLength());

        using var bad = await h.Http.GetAsync("models?limit=0");
        await ValidationTests.AssertErrorAsync(bad, 400);
        using var badOffset = await h.Http.GetAsync("models?offset=-1");
        await ValidationTests.AssertErrorAsync(badOffset, 400);
    }

    [Fact]
    public async Task Model_entries_have_decimal_string_pricing_including_the_router_sentinel()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        using var response = await h.Http.GetAsync("models?output_modalities=all");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        foreach (var model in json.RootElement.GetProperty("data").EnumerateArray())
        {
            var pricing = model.GetProperty("pricing");
            Assert.Equal(JsonValueKind.String, pricing.GetProperty("prompt").ValueKind);
            _ = decimal.Parse(pricing.GetProperty("completion").GetString()!, CultureInfo.InvariantCulture);
            Assert.True(model.GetProperty("context_length").GetInt32() > 0);
            Assert.Contains("->", model.GetProperty("architecture").GetProperty("modality").GetString());
            Assert.Equal(JsonValueKind.Array, model.GetProperty("supported_parameters").ValueKind);
        }

        var router = json.RootElement.GetProperty("data").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "openrouter/auto");
        Assert.Equal("-1", router.GetProperty("pricing").GetProperty("prompt").GetString());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Endpoints_lists_providers_and_404s_for_unknown_models(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var response = await h.Http.GetAsync("models/deepseek/deepseek-r1/endpoints");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data");
        Assert.Equal("deepseek/deepseek-r1", data.GetProperty("id").GetString());
        Assert.Equal("text->text", data.GetProperty("architecture").GetProperty("modality").GetString());
        var endpoints = data.GetProperty("endpoints").EnumerateArray().ToList();
        Assert.Equal(2, endpoints.Count);
        Assert.Equal("deepinfra/fp8", endpoints[0].GetProperty("tag").GetString());
        Assert.Equal("fp8", endpoints[0].GetProperty("quantization").GetString());
        Assert.Equal("DeepInfra", endpoints[0].GetProperty("provider_name").GetString());
        Assert.Equal("0.0000004", endpoints[0].GetProperty("pricing").GetProperty("prompt").GetString());
        // Time to first token in milliseconds, as OpenRouter sends it (not the seconds its reference examples suggest).
        Assert.Equal(950, endpoints[0].GetProperty("latency_last_30m").GetProperty("p50").GetDouble());
        Assert.True(endpoints[0].GetProperty("latency_last_30m").GetProperty("p99").GetDouble() > 950);

        using var unknown = await h.Http.GetAsync("models/nobody/nothing/endpoints");
        var body = await ValidationTests.AssertErrorAsync(unknown, 404);
        Assert.Contains("nobody/nothing", body);
    }

    [Fact]
    public async Task Endpoints_without_a_key_hide_latency_and_throughput()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess, apiKey: null);
        using var response = await h.Http.GetAsync("models/openai/gpt-4o-mini/endpoints");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var endpoint = json.RootElement.GetProperty("data").GetProperty("endpoints")[0];
        Assert.Equal(JsonValueKind.Null, endpoint.GetProperty("latency_last_30m").ValueKind);
        Assert.Equal(JsonValueKind.Null, endpoint.GetProperty("throughput_last_30m").ValueKind);
    }
}
