using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

public sealed class ValidationTests
{
    [Theory]
    [InlineData(EmulatorRig.Loopback, "POST", "chat/completions")]
    [InlineData(EmulatorRig.InProcess, "POST", "chat/completions")]
    [InlineData(EmulatorRig.Loopback, "POST", "completions")]
    [InlineData(EmulatorRig.InProcess, "GET", "key")]
    [InlineData(EmulatorRig.InProcess, "GET", "auth/key")]
    [InlineData(EmulatorRig.Loopback, "GET", "credits")]
    [InlineData(EmulatorRig.InProcess, "GET", "generation?id=gen-1")]
    public async Task Missing_key_gets_401_with_the_envelope(string mode, string method, string path)
    {
        await using var h = await EmulatorRig.StartAsync(mode, apiKey: null);
        h.Emulator.Enqueue(EmulatorResponse.Chat("never sent"));
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent(EmulatorRig.ChatBody());
        }

        using var response = await h.Http.SendAsync(request);
        await AssertErrorAsync(response, 401);
        Assert.Equal(1, h.Emulator.PendingResponses); // an unauthorised request does not use a script
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Required_key_rejects_other_keys_and_never_echoes_them(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, new OpenRouterEmulatorOptions { RequiredApiKey = "sk-or-v1-right" }, apiKey: "sk-or-v1-wrong-sentinel");
        using var wrong = await h.ChatAsync();
        var body = await AssertErrorAsync(wrong, 401);
        Assert.DoesNotContain("sentinel", body);

        h.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-or-v1-right");
        using var right = await h.ChatAsync();
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Models_and_endpoints_work_without_a_key(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, apiKey: null);
        using var models = await h.Http.GetAsync("models");
        Assert.Equal(HttpStatusCode.OK, models.StatusCode);
        using var endpoints = await h.Http.GetAsync("models/openai/gpt-4o-mini/endpoints");
        Assert.Equal(HttpStatusCode.OK, endpoints.StatusCode);
    }

    [Theory]
    [InlineData(EmulatorRig.Loopback, "chat/completions", "{not json", "JSON")]
    [InlineData(EmulatorRig.InProcess, "chat/completions", "[1,2]", "object")]
    [InlineData(EmulatorRig.InProcess, "chat/completions", "{\"model\":\"openai/gpt-4o-mini\"}", "messages")]
    [InlineData(EmulatorRig.Loopback, "chat/completions", "{\"model\":\"openai/gpt-4o-mini\",\"messages\":[]}", "messages")]
    [InlineData(EmulatorRig.InProcess, "chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "default model")]
    [InlineData(EmulatorRig.Loopback, "completions", "{\"model\":\"openai/gpt-4o-mini\"}", "prompt")]
    [InlineData(EmulatorRig.InProcess, "completions", "{\"prompt\":\"x\"}", "model")]
    public async Task Invalid_inference_bodies_get_400_with_a_helpful_message(string mode, string path, string body, string mentioned)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var response = await h.PostAsync(path, body);
        var text = await AssertErrorAsync(response, 400);
        Assert.Contains(mentioned, text);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Unknown_paths_get_404_and_wrong_methods_405(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var unknown = await h.Http.GetAsync("no/such/thing");
        await AssertErrorAsync(unknown, 404);
        using var outside = await h.Http.GetAsync("/other");
        await AssertErrorAsync(outside, 404);

        using var wrongMethod = await h.Http.GetAsync("chat/completions");
        await AssertErrorAsync(wrongMethod, 405);
        Assert.Contains("POST", wrongMethod.Content.Headers.Allow);
        using var postModels = await h.PostAsync("models", "{}");
        await AssertErrorAsync(postModels, 405);
    }

    internal static async Task<string> AssertErrorAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var error = json.RootElement.GetProperty("error");
        Assert.Equal(status, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return body;
    }
}
