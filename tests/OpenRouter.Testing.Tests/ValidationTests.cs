using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

public sealed class ValidationTests
{
    [Theory]
    [InlineData(Harness.Loopback, "POST", "chat/completions")]
    [InlineData(Harness.InProcess, "POST", "chat/completions")]
    [InlineData(Harness.Loopback, "POST", "completions")]
    [InlineData(Harness.InProcess, "GET", "key")]
    [InlineData(Harness.InProcess, "GET", "auth/key")]
    [InlineData(Harness.Loopback, "GET", "credits")]
    [InlineData(Harness.InProcess, "GET", "generation?id=gen-1")]
    public async Task Missing_key_gets_401_with_the_envelope(string mode, string method, string path)
    {
        await using var h = await Harness.StartAsync(mode, apiKey: null);
        h.Emulator.Enqueue(EmulatorResponse.Chat("never sent"));
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent(Harness.ChatBody());
        }

        using var response = await h.Client.SendAsync(request);
        await AssertErrorAsync(response, 401);
        Assert.Equal(1, h.Emulator.PendingResponses); // an unauthorised request does not use a script
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Required_key_rejects_other_keys_and_never_echoes_them(string mode)
    {
        await using var h = await Harness.StartAsync(mode, new OpenRouterEmulatorOptions { RequiredApiKey = "sk-or-v1-right" }, apiKey: "sk-or-v1-wrong-sentinel");
        using var wrong = await h.ChatAsync();
        var body = await AssertErrorAsync(wrong, 401);
        Assert.DoesNotContain("sentinel", body);

        h.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-or-v1-right");
        using var right = await h.ChatAsync();
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Models_and_endpoints_work_without_a_key(string mode)
    {
        await using var h = await Harness.StartAsync(mode, apiKey: null);
        using var models = await h.Client.GetAsync("models");
        Assert.Equal(HttpStatusCode.OK, models.StatusCode);
        using var endpoints = await h.Client.GetAsync("models/openai/gpt-4o-mini/endpoints");
        Assert.Equal(HttpStatusCode.OK, endpoints.StatusCode);
    }

    [Theory]
    [InlineData(Harness.Loopback, "chat/completions", "{not json", "JSON")]
    [InlineData(Harness.InProcess, "chat/completions", "[1,2]", "object")]
    [InlineData(Harness.InProcess, "chat/completions", "{\"model\":\"openai/gpt-4o-mini\"}", "messages")]
    [InlineData(Harness.Loopback, "chat/completions", "{\"model\":\"openai/gpt-4o-mini\",\"messages\":[]}", "messages")]
    [InlineData(Harness.InProcess, "chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "default model")]
    [InlineData(Harness.Loopback, "completions", "{\"model\":\"openai/gpt-4o-mini\"}", "prompt")]
    [InlineData(Harness.InProcess, "completions", "{\"prompt\":\"x\"}", "model")]
    public async Task Invalid_inference_bodies_get_400_with_a_helpful_message(string mode, string path, string body, string mentioned)
    {
        await using var h = await Harness.StartAsync(mode);
        using var response = await h.PostAsync(path, body);
        var text = await AssertErrorAsync(response, 400);
        Assert.Contains(mentioned, text);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Unknown_paths_get_404_and_wrong_methods_405(string mode)
    {
        await using var h = await Harness.StartAsync(mode);
        using var unknown = await h.Client.GetAsync("no/such/thing");
        await AssertErrorAsync(unknown, 404);
        using var outside = await h.Client.GetAsync("/other");
        await AssertErrorAsync(outside, 404);

        using var wrongMethod = await h.Client.GetAsync("chat/completions");
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
