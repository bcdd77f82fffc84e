using System;
using System.Buffers.Binary;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace OpenRouter.Testing.Tests;

/// <summary>Raw HTTP calls to the routes beside chat, and reading their answers.</summary>
internal static class RouteCalls
{
    public const string EmbeddingModel = "openai/text-embedding-3-large";

    public const string ImageModel = "openai/gpt-image-1";

    public const string SpeechModel = "openai/gpt-4o-mini-tts";

    public const string TranscriptionModel = "openai/whisper-large-v3";

    public const string RerankModel = "cohere/rerank-v3.5";

    /// <summary>Serialises <paramref name="body"/> (an anonymous object) as the JSON a client would send.</summary>
    public static string ToJson(object body) => JsonSerializer.Serialize(body);

    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/>, checks the 200 and returns the parsed answer.</summary>
    public static async Task<JsonElement> PostOkAsync(this EmulatorRig h, string path, object body)
    {
        using var response = await h.PostAsync(path, ToJson(body));
        return await OkJsonAsync(response);
    }

    /// <summary>Gets <paramref name="path"/>, checks the 200 and returns the parsed answer.</summary>
    public static async Task<JsonElement> GetOkAsync(this EmulatorRig h, string path)
    {
        using var response = await h.Http.GetAsync(path);
        return await OkJsonAsync(response);
    }

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    /// <summary>Posts <paramref name="body"/> and checks OpenRouter's 400 envelope; returns the message.</summary>
    public static async Task<string> PostRefusedAsync(this EmulatorRig h, string path, string body, int status = 400)
    {
        using var response = await h.PostAsync(path, body);
        var text = await ValidationTests.AssertErrorAsync(response, status);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("error").GetProperty("message").GetString()!;
    }

    public static float[] Floats(JsonElement embedding) => embedding.EnumerateArray().Select(v => v.GetSingle()).ToArray();

    /// <summary>Little-endian float32 values from base64, as OpenAI-style clients decode <c>encoding_format: base64</c>.</summary>
    public static float[] FloatsFromBase64(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        return Enumerable.Range(0, bytes.Length / 4).Select(i => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * 4))).ToArray();
    }

    /// <summary>Speech from the emulator's <c>audio/speech</c>, in <paramref name="format"/>.</summary>
    public static async Task<byte[]> SpeakAsync(this EmulatorRig h, string text, string format = "wav")
    {
        using var response = await h.PostAsync("audio/speech", ToJson(new { model = SpeechModel, input = text, response_format = format }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
