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
/// <remarks>
/// With a <c>base64Body</c> (the embedding group) it serves that body to a request whose JSON asks for
/// <c>"encoding_format":"base64"</c> and the other body to the rest, as the API would: the drain looks for those bytes
/// as they pass, without keeping the request.
/// </remarks>
public sealed class InMemoryHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue s_eventStream = new("text/event-stream");
    private static readonly MediaTypeHeaderValue s_json = new("application/json");

    private static readonly byte[] s_base64Marker = "\"encoding_format\":\"base64\""u8.ToArray();
    private static readonly int[] s_base64Fallback = Fallback(s_base64Marker);

    private readonly byte[] _body;
    private readonly byte[]? _base64Body;
    private readonly bool _eventStream;

    public InMemoryHandler(byte[] body, bool eventStream, byte[]? base64Body = null)
    {
        _body = body;
        _eventStream = eventStream;
        _base64Body = base64Body;
    }

    /// <summary>Whether the last request asked for <c>"encoding_format":"base64"</c> (only looked for when a base64 body is set).</summary>
    public bool LastAskedForBase64 { get; private set; }

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
        LastAskedForBase64 = false;
        if (request.Content is not null && KeepNextBody)
        {
            KeepNextBody = false;
            LastBody = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            LastRequestBytes = LastBody.Length;
            LastAskedForBase64 = _base64Body is not null && LastBody.AsSpan().IndexOf(s_base64Marker) >= 0;
        }
        else if (request.Content is not null)
        {
            var counter = _base64Body is null ? new CountingNullStream() : new CountingNullStream(s_base64Marker, s_base64Fallback);
            await request.Content.CopyToAsync(counter, cancellationToken).ConfigureAwait(false);
            LastRequestBytes = counter.Length;
            LastAskedForBase64 = counter.Found;
        }

        var content = new ByteArrayContent(LastAskedForBase64 ? _base64Body! : _body);
        content.Headers.ContentType = _eventStream ? s_eventStream : s_json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    /// <summary>The KMP failure table: for each prefix length, the length of its longest proper border.</summary>
    private static int[] Fallback(byte[] pattern)
    {
        var table = new int[pattern.Length];
        for (int i = 1, k = 0; i < pattern.Length; i++)
        {
            while (k > 0 && pattern[i] != pattern[k])
            {
                k = table[k - 1];
            }

            if (pattern[i] == pattern[k])
            {
                k++;
            }

            table[i] = k;
        }

        return table;
    }

    /// <summary>Discards what is written and counts it; with a marker, also tells whether the bytes held it (matched as they pass, across writes).</summary>
    private sealed class CountingNullStream(byte[]? marker = null, int[]? fallback = null) : Stream
    {
        private long _length;
        private int _matched;

        /// <summary>Whether the marker passed through.</summary>
        public bool Found => marker is not null && _matched == marker.Length;

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
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _length += buffer.Length;
            if (marker is not null && !Found)
            {
                Match(buffer);
            }
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        /// <summary>Advances the match of the marker over <paramref name="bytes"/> (Knuth-Morris-Pratt, so no overlap is missed).</summary>
        private void Match(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                while (_matched > 0 && b != marker![_matched])
                {
                    _matched = fallback![_matched - 1];
                }

                if (b == marker![_matched] && ++_matched == marker.Length)
                {
                    return;
                }
            }
        }
    }
}
