using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using OpenRouter.Tests.Client;

namespace OpenRouter.Tests.Routes;

/// <summary>Speech arrives as a stream: handed over once the headers say audio, read while the server still sends, errors typed before any audio.</summary>
public sealed class SpeechStreamingTests
{
    private static readonly SpeechRequest Request = new() { Model = "openai/gpt-4o-mini-tts", Input = "Hello", ResponseFormat = SpeechAudioFormat.Pcm };

    internal static HttpResponseMessage Audio(byte[] bytes, string mediaType) => Audio(new ByteArrayContent(bytes), mediaType);

    private static HttpResponseMessage Audio(HttpContent content, string mediaType)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        response.Headers.TryAddWithoutValidation("X-Generation-Id", "gen-tts-1");
        return response;
    }

    [Fact]
    public async Task The_caller_reads_the_first_audio_before_the_server_has_finished()
    {
        var (client, handler, _) = RetryTests.Create();
        var pipe = new Pipe();
        handler.Enqueue(() => Audio(new StreamContent(pipe.Reader.AsStream()), "audio/pcm"));
        await pipe.Writer.WriteAsync(new byte[] { 1, 2, 3, 4 });

        await using var speech = await client.CreateSpeechAsync(Request);
        var first = new byte[16];
        var read = await speech.Audio.ReadAsync(first);

        Assert.Equal([1, 2, 3, 4], first[..read]);
        Assert.Equal("audio/pcm", speech.MediaType);
        Assert.Equal("gen-tts-1", speech.GenerationId);

        // Only now does the "server" send the rest and finish.
        await pipe.Writer.WriteAsync(new byte[] { 5, 6 });
        await pipe.Writer.CompleteAsync();
        Assert.Equal([5, 6], await speech.ReadAllBytesAsync());
    }

    [Fact]
    public async Task Disposing_the_answer_closes_the_body()
    {
        var (client, handler, _) = RetryTests.Create();
        var pipe = new Pipe();
        var body = new TrackingStream(pipe.Reader.AsStream());
        handler.Enqueue(() => Audio(new StreamContent(body), "audio/mpeg"));
        await pipe.Writer.WriteAsync(new byte[] { 9 });

        var speech = await client.CreateSpeechAsync(Request);
        speech.Dispose();

        Assert.True(body.Disposed);
    }

    [Fact]
    public async Task An_error_status_is_typed_before_any_audio_is_handed_over_and_retried_when_transient()
    {
        var (client, handler, time) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.TooManyRequests, RetryTests.ErrorBody(429, "Rate limited"))
               .Enqueue(() => Audio([7, 7], "audio/pcm"));

        using var speech = await time.RunAsync(client.CreateSpeechAsync(Request));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal([7, 7], await speech.ReadAllBytesAsync());
    }

    [Fact]
    public async Task A_bad_request_is_an_OpenRouterException_with_the_error_body()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.EnqueueJson(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"voice 'x' is not supported","metadata":{"provider_name":"OpenAI"}}}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => client.CreateSpeechAsync(Request));

        Assert.Equal(400, ex.StatusCode);
        Assert.Contains("voice 'x' is not supported", ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_200_with_a_json_error_body_is_an_OpenRouterException_not_audio()
    {
        var (client, handler, time) = RetryTests.Create(maxRetries: 0);
        handler.EnqueueJson(HttpStatusCode.OK, """{"error":{"code":502,"message":"Provider returned error"}}""");

        var ex = await Assert.ThrowsAsync<OpenRouterException>(() => time.RunAsync(client.CreateSpeechAsync(Request)));

        Assert.Equal(502, ex.StatusCode);
        Assert.Contains("instead of the audio", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_page_that_is_not_audio_is_a_protocol_error()
    {
        var (client, handler, _) = RetryTests.Create();
        handler.Enqueue(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>proxy login</html>", System.Text.Encoding.UTF8, "text/html") });

        var ex = await Assert.ThrowsAsync<OpenRouterProtocolException>(() => client.CreateSpeechAsync(Request));

        Assert.Contains("text/html", ex.Message, StringComparison.Ordinal);
        Assert.Contains("proxy login", ex.ResponseExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silent_body_is_closed_by_the_idle_timeout()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var handler = new Support.ScriptedHandler(time);
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-test", TimeProvider = time, StreamIdleTimeout = TimeSpan.FromSeconds(30) }, new HttpClient(handler));
        var pipe = new Pipe();
        handler.Enqueue(() => Audio(new StreamContent(pipe.Reader.AsStream()), "audio/pcm"));
        await pipe.Writer.WriteAsync(new byte[] { 1, 2 });
        await using var speech = await client.CreateSpeechAsync(Request);
        Assert.Equal(2, await speech.Audio.ReadAsync(new byte[8]));

        var pending = speech.Audio.ReadAsync(new byte[8]).AsTask();
        time.Advance(TimeSpan.FromSeconds(31));
        await pipe.Writer.CompleteAsync(new IOException("closed by the watchdog"));

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => pending);
        Assert.Contains("after 2 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_lost_mid_audio_is_a_typed_stream_failure()
    {
        var (client, handler, _) = RetryTests.Create();
        var pipe = new Pipe();
        handler.Enqueue(() => Audio(new StreamContent(pipe.Reader.AsStream()), "audio/pcm"));
        await pipe.Writer.WriteAsync(new byte[] { 1, 2, 3 });
        await using var speech = await client.CreateSpeechAsync(Request);
        Assert.Equal(3, await speech.Audio.ReadAsync(new byte[8]));

        await pipe.Writer.CompleteAsync(new IOException("reset by peer"));

        var ex = await Assert.ThrowsAsync<OpenRouterStreamException>(() => speech.ReadAllBytesAsync());
        Assert.Equal(StreamFailureKind.ConnectionLost, ex.Kind);
        Assert.Contains("after 3 bytes of audio", ex.Message, StringComparison.Ordinal);
        Assert.Equal("gen-tts-1", ex.GenerationId);
    }

    private sealed class TrackingStream(Stream inner) : Stream
    {
        public bool Disposed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
