using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OpenRouter.Tests.Client;

namespace OpenRouter.Tests.Routes;

/// <summary>The multipart upload of a transcription: the audio as <c>file</c>, the other fields as form fields under the spec's names.</summary>
public sealed class TranscriptionUploadTests
{
    private sealed record Part(string Name, string? FileName, string? ContentType, byte[] Bytes);

    /// <summary>Answers a transcription and keeps the form's parts as the handler received them.</summary>
    private static (OpenRouterClient Client, List<Part> Parts, Support.ScriptedHandler Handler) Create(int maxRetries = 2)
    {
        var parts = new List<Part>();
        var (client, handler, _) = RetryTests.Create(maxRetries);
        handler.Enqueue(async (request, ct) =>
        {
            var form = Assert.IsType<MultipartFormDataContent>(request.Content);
            foreach (var content in form)
            {
                var disposition = content.Headers.ContentDisposition!;
                parts.Add(new Part(disposition.Name!.Trim('"'), disposition.FileName?.Trim('"'), content.Headers.ContentType?.MediaType, await content.ReadAsByteArrayAsync(ct)));
            }

            return Support.ScriptedHandler.Json(HttpStatusCode.OK, RouteAnswers.Transcription);
        });
        return (client, parts, handler);
    }

    [Fact]
    public async Task The_form_has_the_file_and_every_field_under_its_spec_name()
    {
        var (client, parts, handler) = Create();
        var audio = new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0xFF, 0x80 };
        using var stream = new MemoryStream(audio);

        var answer = await client.CreateTranscriptionAsync(stream, "meeting.wav", new TranscriptionRequest
        {
            Model = "openai/whisper-large-v3",
            Language = "en",
            ResponseFormat = TranscriptionFormat.VerboseJson,
            Temperature = 0.25,
            TimestampGranularities = [TimestampGranularity.Word, TimestampGranularity.Segment],
            AdditionalProperties = new Dictionary<string, JsonElement> { ["prompt"] = JsonDocument.Parse("\"Kenobi\"").RootElement, ["chunking"] = JsonDocument.Parse("{\"type\":\"auto\"}").RootElement },
        });

        Assert.Equal("Hello there. General Kenobi.", answer.Text);
        Assert.StartsWith("multipart/form-data", handler.Requests[0].ContentType, StringComparison.Ordinal);
        Assert.Equal("https://openrouter.ai/api/v1/audio/transcriptions", handler.Requests[0].Uri.ToString());
        var file = Assert.Single(parts, p => p.Name == "file");
        Assert.Equal(("meeting.wav", "audio/wav"), (file.FileName, file.ContentType));
        Assert.Equal(audio, file.Bytes);
        Assert.Equal(
            [("model", "openai/whisper-large-v3"), ("language", "en"), ("response_format", "verbose_json"), ("temperature", "0.25"), ("timestamp_granularities[]", "word"), ("timestamp_granularities[]", "segment"), ("prompt", "Kenobi"), ("chunking", "{\"type\":\"auto\"}")],
            parts.Where(p => p.Name != "file").Select(p => (p.Name, System.Text.Encoding.UTF8.GetString(p.Bytes))));
        Assert.True(stream.CanRead, "The caller's stream is left open.");
    }

    [Fact]
    public async Task Unset_fields_are_not_sent_and_the_stream_is_read_from_its_position()
    {
        var (client, parts, _) = Create();
        using var stream = new MemoryStream([9, 9, 1, 2, 3]) { Position = 2 };

        await client.CreateTranscriptionAsync(stream, "clip.mp3", new TranscriptionRequest { Model = "m" });

        Assert.Equal(["file", "model"], parts.Select(p => p.Name));
        Assert.Equal([1, 2, 3], parts[0].Bytes);
        Assert.Equal("audio/mpeg", parts[0].ContentType);
    }

    [Fact]
    public async Task A_seekable_stream_is_rewound_for_a_retry_and_a_forward_only_one_is_sent_once()
    {
        var (client, handler, time) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.ServiceUnavailable, RetryTests.ErrorBody(503))
               .EnqueueJson(HttpStatusCode.OK, RouteAnswers.Transcription);
        using var seekable = new MemoryStream([1, 2, 3, 4]);

        await time.RunAsync(client.CreateTranscriptionAsync(seekable, "a.wav", new TranscriptionRequest { Model = "m" }));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Contains("\u0001\u0002\u0003\u0004", handler.Requests[1].Body, StringComparison.Ordinal);

        var (client2, handler2, _) = RetryTests.Create();
        handler2.EnqueueJson(HttpStatusCode.ServiceUnavailable, RetryTests.ErrorBody(503));
        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client2.CreateTranscriptionAsync(new ForwardOnlyStream([1, 2]), "a.wav", new TranscriptionRequest { Model = "m" }));
        Assert.Equal(503, ex.StatusCode);
        Assert.Single(handler2.Requests);
    }

    [Fact]
    public async Task Fields_the_form_cannot_carry_are_refused_before_sending()
    {
        var (client, handler, _) = RetryTests.Create();
        using var stream = new MemoryStream([1]);

        var withAudio = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateTranscriptionAsync(stream, "a.wav", new TranscriptionRequest { Model = "m", InputAudio = TranscriptionInputAudio.FromBytes([1], "wav") }));
        var withProvider = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateTranscriptionAsync(stream, "a.wav", new TranscriptionRequest { Model = "m", Provider = new ProviderPassthroughOptions() }));
        var noName = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateTranscriptionAsync(stream, " ", new TranscriptionRequest { Model = "m" }));

        Assert.Contains("InputAudio", withAudio.Message, StringComparison.Ordinal);
        Assert.Contains("base64 JSON", withProvider.Message, StringComparison.Ordinal);
        Assert.Equal("fileName", noName.ParamName);
        Assert.Empty(handler.Requests);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
