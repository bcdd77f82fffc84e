using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Benchmarks;

/// <summary>
/// Serves one pre-built body for every request, after draining the request body to <see cref="Stream.Null"/>
/// so that each client pays for serialising its request. No sockets, no copies of the payload: the response
/// content reads straight from the shared byte array, so the rows measure the clients, not the transport.
/// </summary>
public sealed class InMemoryHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue s_eventStream = new("text/event-stream");
    private static readonly MediaTypeHeaderValue s_json = new("application/json");

    private readonly byte[] _body;
    private readonly bool _eventStream;

    public InMemoryHandler(byte[] body, bool eventStream)
    {
        _body = body;
        _eventStream = eventStream;
    }

    /// <summary>Requests served so far (the setup checks that each call sent exactly one).</summary>
    public int Requests { get; private set; }

    /// <summary>Request body bytes drained from the last request.</summary>
    public long LastRequestBytes { get; private set; }

    /// <summary>Gets or sets a value indicating whether the next request's body is kept in <see cref="LastBody"/> (setup checks only; reset after one request).</summary>
    public bool KeepNextBody { get; set; }

    /// <summary>The body of the last request sent while <see cref="KeepNextBody"/> was set.</summary>
    public byte[]? LastBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        if (request.Content is not null && KeepNextBody)
        {
            KeepNextBody = false;
            LastBody = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            LastRequestBytes = LastBody.Length;
        }
        else if (request.Content is not null)
        {
            var counter = new CountingNullStream();
            await request.Content.CopyToAsync(counter, cancellationToken).ConfigureAwait(false);
            LastRequestBytes = counter.Length;
        }

        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = _eventStream ? s_eventStream : s_json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    /// <summary>Discards what is written and counts it.</summary>
    private sealed class CountingNullStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }
    }
}
