using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsCheck;
using OpenRouter.Serialization;
using OpenRouter.Tests.Support;

namespace OpenRouter.Tests.Reliability;

/// <summary>Property tests of the stream reader: framing never changes what is read, and corruption is always a protocol error.</summary>
public sealed class SsePropertyTests
{
    private static readonly string[] LineEnds = ["\n", "\r", "\r\n"];

    private static readonly Gen<(string[] Texts, int LineEnd, int[] Comments, bool[] NoSpace, int[] ReadSizes)> Streams =
        Gen.Select(
            Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ABC0123456789éß€"], 0, 24].Array[1, 8],
            Gen.Int[0, 2],
            Gen.Int[0, 2].Array[9],
            Gen.Bool.Array[9],
            Gen.Int[1, 48].Array[1, 40]);

    private static string ChunkJson(int index, string text) =>
        $$"""{"id":"gen-p","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":{{JsonSerializer.Serialize(text)}}},"finish_reason":{{(index < 0 ? "\"stop\"" : "null")}}}]}""";

    /// <summary>Builds the SSE text: each event optionally preceded by comments, every line ended the same way.</summary>
    private static string Build(string[] texts, string lineEnd, int[] comments, bool[] noSpace, int corruptAt = -1, int cutAt = 0)
    {
        var sse = new StringBuilder();
        for (var i = 0; i <= texts.Length; i++)
        {
            for (var c = 0; c < comments[i % comments.Length]; c++)
            {
                sse.Append(": OPENROUTER PROCESSING").Append(lineEnd).Append(lineEnd);
            }

            var json = i < texts.Length ? ChunkJson(i, texts[i]) : ChunkJson(-1, string.Empty);
            if (i == corruptAt)
            {
                json = json[..Math.Clamp(cutAt, 1, json.Length - 1)];
            }

            sse.Append(noSpace[i % noSpace.Length] ? "data:" : "data: ").Append(json).Append(lineEnd).Append(lineEnd);
        }

        sse.Append("data: [DONE]").Append(lineEnd).Append(lineEnd);
        return sse.ToString();
    }

    private static async Task<List<string>> ReadAsync(string sse, int[] readSizes)
    {
        using var http = new HttpClient(new SplitReadHandler(Encoding.UTF8.GetBytes(sse), readSizes));
        using var client = new OpenRouterClient(new OpenRouterClientOptions { ApiKey = "sk-or-v1-prop", MaxRetries = 0 }, http);
        var chunks = new List<string>();
        await foreach (var chunk in client.StreamChatCompletionAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] }))
        {
            chunks.Add(JsonSerializer.Serialize(chunk, OpenRouterJsonContext.Default.ChatCompletionChunk));
        }

        return chunks;
    }

    [Fact]
    public async Task Property_any_read_split_line_ending_and_comment_placement_yields_the_same_chunks()
    {
        await Streams.SampleAsync(async sample =>
        {
            var (texts, lineEnd, comments, noSpace, readSizes) = sample;
            var reference = await ReadAsync(Build(texts, "\n", [0], [false]), [int.MaxValue]).WaitAsync(TimeSpan.FromSeconds(10));
            var framed = await ReadAsync(Build(texts, LineEnds[lineEnd], comments, noSpace), readSizes).WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(texts.Length + 1, reference.Count);
            Assert.Equal(reference, framed);
        }, iter: 300);
    }

    [Fact]
    public async Task Property_corrupting_one_event_is_always_a_protocol_error_at_its_index_never_a_crash_or_a_hang()
    {
        await Gen.Select(Streams, Gen.Int[0, 100], Gen.Int[1, 400]).SampleAsync(async sample =>
        {
            var ((texts, lineEnd, comments, noSpace, readSizes), which, cutAt) = sample;
            var corruptAt = which % (texts.Length + 1);
            var sse = Build(texts, LineEnds[lineEnd], comments, noSpace, corruptAt, cutAt);

            var ex = await Assert.ThrowsAsync<OpenRouterProtocolException>(() => ReadAsync(sse, readSizes).WaitAsync(TimeSpan.FromSeconds(10)));

            Assert.Equal(corruptAt, ex.EventIndex);
            Assert.IsAssignableFrom<JsonException>(ex.InnerException);
            Assert.True(ex.ResponseExcerpt is null || ex.ResponseExcerpt.Length <= 256);
        }, iter: 300);
    }

    /// <summary>Answers with the SSE bytes, handing them out in reads of the given sizes (cycled).</summary>
    private sealed class SplitReadHandler(byte[] body, int[] readSizes) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new SplitReadStream(body, readSizes));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    private sealed class SplitReadStream(byte[] body, int[] readSizes) : ReadOnlyTestStream
    {
        private int _position;
        private int _reads;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var size = Math.Min(Math.Min(readSizes[_reads++ % readSizes.Length], buffer.Length), body.Length - _position);
            body.AsSpan(_position, size).CopyTo(buffer);
            _position += size;
            return size;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Read(buffer.Span);
        }
    }
}
