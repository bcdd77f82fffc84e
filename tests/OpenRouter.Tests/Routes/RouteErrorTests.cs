using System.Net;
using OpenRouter.Tests.Client;

namespace OpenRouter.Tests.Routes;

/// <summary>Each route fails, retries and redacts exactly as chat does: the same exception family, messages and kinds.</summary>
public sealed class RouteErrorTests
{
    private const string Secret = "sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab";

    public static TheoryData<string> Routes() => ["embeddings", "images", "audio/speech", "audio/transcriptions", "audio/transcriptions (upload)", "rerank"];

    /// <summary>Calls <paramref name="route"/> with a valid request; the result is discarded (a speech stream is disposed).</summary>
    internal static async Task CallAsync(OpenRouterClient client, string route, Func<Task, Task>? drive = null)
    {
        drive ??= task => task;
        switch (route)
        {
            case "embeddings":
                await drive(client.CreateEmbeddingsAsync(new EmbeddingRequest { Model = "m", Input = "x" }));
                break;
            case "images":
                await drive(client.CreateImagesAsync(new ImageRequest { Model = "m", Prompt = "p" }));
                break;
            case "audio/speech":
                var speech = client.CreateSpeechAsync(new SpeechRequest { Model = "m", Input = "hi" });
                await drive(speech);
                (await speech).Dispose();
                break;
            case "audio/transcriptions":
                await drive(client.CreateTranscriptionAsync(new TranscriptionRequest { Model = "m", InputAudio = TranscriptionInputAudio.FromBytes([1, 2], "wav") }));
                break;
            case "audio/transcriptions (upload)":
                await drive(client.CreateTranscriptionAsync(new MemoryStream([1, 2, 3]), "a.wav", new TranscriptionRequest { Model = "m" }));
                break;
            default:
                await drive(client.RerankAsync(new RerankRequest { Model = "m", Query = "q", Documents = ["d"] }));
                break;
        }
    }

    internal static HttpResponseMessage Success(string route) => route switch
    {
        "embeddings" => Support.ScriptedHandler.Json(HttpStatusCode.OK, RouteAnswers.Embeddings),
        "images" => Support.ScriptedHandler.Json(HttpStatusCode.OK, RouteAnswers.Images),
        "audio/speech" => SpeechStreamingTests.Audio([1, 2], "audio/pcm"),
        "rerank" => Support.ScriptedHandler.Json(HttpStatusCode.OK, RouteAnswers.Rerank),
        _ => Support.ScriptedHandler.Json(HttpStatusCode.OK, RouteAnswers.Transcription),
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_429_then_a_200_is_retried_after_the_servers_delay(string route)
    {
        var (client, handler, time) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, RetryTests.ErrorBody(429, "Rate limited"), ("Retry-After", "2"))
               .Enqueue(() => Success(route));

        await CallAsync(client, route, task => time.RunAsync(AsObject(task)));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(2), handler.Requests[1].At - handler.Requests[0].At);
        Assert.Equal(handler.Requests[0].Uri, handler.Requests[1].Uri);
        Assert.Equal(WithoutBoundary(handler.Requests[0]), WithoutBoundary(handler.Requests[1]));
        Assert.False(string.IsNullOrEmpty(handler.Requests[1].Body));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_connection_failure_before_the_answer_is_retried(string route)
    {
        var (client, handler, time) = RetryTests.Create();
        handler.EnqueueThrow(new HttpRequestException(HttpRequestError.ConnectionError, "connection refused"))
               .Enqueue(() => Success(route));

        await CallAsync(client, route, task => time.RunAsync(AsObject(task)));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_400_error_body_is_typed_with_its_code_metadata_and_provider(string route)
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"dimensions too large","metadata":{"provider_name":"OpenAI","raw":"upstream said no"}}}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => CallAsync(client, route));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("OpenAI", ex.ProviderName);
        Assert.False(ex.IsRetryable);
        Assert.Contains("dimensions too large", ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("embeddings")]
    [InlineData("images")]
    [InlineData("audio/transcriptions")]
    [InlineData("audio/transcriptions (upload)")]
    [InlineData("rerank")]
    public async Task An_error_sent_with_HTTP_200_is_an_exception_like_chats(string route)
    {
        var (client, handler, time) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"error":{"code":502,"message":"Provider returned error"}}""")
               .Enqueue(() => Success(route));

        // Transient (502): retried as chat retries a 200 that reports a 502.
        await CallAsync(client, route, task => time.RunAsync(AsObject(task)));
        Assert.Equal(2, handler.Requests.Count);

        var (client2, handler2, _) = RetryTests.Create(maxRetries: 0);
        handler2.EnqueueJson(HttpStatusCode.OK, """{"error":{"code":400,"message":"Bad input"}}""");
        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => CallAsync(client2, route));
        Assert.Equal(400, ex.StatusCode);
        Assert.StartsWith("OpenRouter reported an error in a 200 answer", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("embeddings", "data")]
    [InlineData("images", "data")]
    [InlineData("audio/transcriptions", "text")]
    [InlineData("rerank", "results")]
    public async Task A_200_without_its_result_is_a_protocol_error_naming_the_member(string route, string member)
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.OK, """{"model":"m"}""", ("X-Generation-Id", "gen-9"));

        var ex = await Assert.ThrowsAsync<OpenRouterProtocolException>(() => CallAsync(client, route));

        Assert.Contains($"\"{member}\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("gen-9", ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task The_api_key_never_reaches_an_exception(string route)
    {
        var (client, handler, _) = RetryTests.Create(maxRetries: 0, configure: o => o.ApiKey = Secret);
        var echo = "{\"error\":{\"code\":401,\"message\":\"Invalid key " + Secret + "\",\"metadata\":{\"raw\":\"Bearer " + Secret + "\"}}}";
        handler.EnqueueJson(HttpStatusCode.Unauthorized, echo);

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => CallAsync(client, route));

        Assert.Equal("Bearer " + Secret, handler.Requests[0].Headers["Authorization"]);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.ResponseExcerpt ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, System.Text.Json.JsonSerializer.Serialize(ex.Metadata), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("embeddings")]
    [InlineData("images")]
    [InlineData("audio/transcriptions")]
    [InlineData("rerank")]
    public async Task An_answer_over_MaxResponseBytes_is_refused_as_chats_is(string route)
    {
        var (client, handler, _) = RetryTests.Create(configure: o => o.MaxResponseBytes = 2048);
        handler.EnqueueJson(HttpStatusCode.OK, "{\"pad\":\"" + new string('x', 100_000) + "\"}");

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => CallAsync(client, route));

        Assert.Contains("MaxResponseBytes", ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    /// <summary>The body with a multipart boundary (new per attempt) replaced, so two attempts compare.</summary>
    private static string? WithoutBoundary(Support.SeenRequest request) =>
        request.ContentType is { } type && type.IndexOf("boundary=", StringComparison.Ordinal) is var at and >= 0
            ? request.Body!.Replace(type[(at + 9)..].Trim('"'), "BOUNDARY", StringComparison.Ordinal)
            : request.Body;

    private static async Task<object?> AsObject(Task task)
    {
        await task;
        return null;
    }
}
