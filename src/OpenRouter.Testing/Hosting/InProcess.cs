using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Testing;

/// <summary>Runs the emulator's logic in process: no socket, the response body flows through a pipe.</summary>
internal sealed class InProcessHandler : HttpMessageHandler
{
    private readonly OpenRouterEmulator _emulator;

    public InProcessHandler(OpenRouterEmulator emulator)
    {
        _emulator = emulator;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null
            ? []
            : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var exchange = new InProcessExchange(request, body, _emulator);
        _ = Task.Run(() => _emulator.ProcessAsync(exchange), CancellationToken.None);
        try
        {
            return await exchange.Response.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            exchange.OnClientGone();
            throw;
        }
    }
}

/// <summary>An exchange whose response is an <see cref="HttpResponseMessage"/> fed through a <see cref="Pipe"/>.</summary>
internal sealed class InProcessExchange : EmulatorExchange
{
    private readonly HttpRequestMessage _request;
    private readonly OpenRouterEmulator _emulator;
    private readonly Dictionary<string, string> _headers;
    private readonly List<KeyValuePair<string, string>> _responseHeaders = [];
    private readonly Pipe _pipe = new(new PipeOptions(useSynchronizationContext: false));
    private readonly TaskCompletionSource<HttpResponseMessage> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _clientAborted = new();
    private int _status = 200;
    private long? _contentLength;
    private int _started;
    private int _clientGone;
    private int _connection; // 0 none, 1 open, 2 closed

    public InProcessExchange(HttpRequestMessage request, byte[] body, OpenRouterEmulator emulator)
    {
        _request = request;
        _emulator = emulator;
        BodyBytes = body;
        _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (request.RequestUri is { } uri)
        {
            _headers["Host"] = uri.Authority;
        }

        var all = request.Content is null ? request.Headers : request.Headers.Concat(request.Content.Headers);
        foreach (var header in all)
        {
            _headers[header.Key] = string.Join(", ", header.Value);
        }
    }

    public Task<HttpResponseMessage> Response => _response.Task;

    public override string Method => _request.Method.Method;

    public override string AbsolutePath => _request.RequestUri is { } uri ? Uri.UnescapeDataString(uri.AbsolutePath) : "/";

    public override string? QueryString => _request.RequestUri is { Query.Length: > 0 } uri ? uri.Query : null;

    public override IReadOnlyDictionary<string, string> Headers => _headers;

    public override byte[] BodyBytes { get; }

    public override CancellationToken ClientAborted => _clientAborted.Token;

    public override bool HasStarted => Volatile.Read(ref _started) != 0;

    public override void SetStatus(int status) => _status = status;

    public override void AddHeader(string name, string value) => _responseHeaders.Add(new(name, value));

    public override void SetContentLength(long length) => _contentLength = length;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return Task.CompletedTask;
        }

        var content = new StreamContent(new InProcessResponseStream(_pipe.Reader, this));
        var response = new HttpResponseMessage((HttpStatusCode)_status)
        {
            RequestMessage = _request,
            Content = content,
        };
        foreach (var (name, value) in _responseHeaders)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        content.Headers.ContentLength = _contentLength;
        if (Interlocked.CompareExchange(ref _connection, 1, 0) == 0)
        {
            _emulator.ConnectionOpened();
        }

        _response.TrySetResult(response);
        return Task.CompletedTask;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var result = await _pipe.Writer.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        if (result.IsCompleted || result.IsCanceled)
        {
            NoteClientGone();
            throw new OperationCanceledException("The client went away.", ClientAborted);
        }
    }

    /// <summary>Called when the client disposes the body, cancels a read, or cancels before the headers.</summary>
    public void OnClientGone()
    {
        if (Interlocked.Exchange(ref _clientGone, 1) != 0)
        {
            return;
        }

        if (Interlocked.Exchange(ref _connection, 2) == 1)
        {
            _emulator.ConnectionClosed();
        }

        if (!Finished && !ServerAborted)
        {
            _clientAborted.Cancel();
        }
    }

    /// <summary>Gets the failure the client sees once it has read everything sent before a reset.</summary>
    public Exception? ResetError { get; private set; }

    protected override void AbortCore()
    {
        if (HasStarted)
        {
            // Completing the pipe with an exception would drop data not yet read; a real reset delivers it first.
            ResetError = new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely: the emulator reset the connection.");
            _pipe.Writer.Complete();
        }
        else
        {
            _response.TrySetException(new HttpRequestException(
                HttpRequestError.ResponseEnded,
                "An error occurred while sending the request.",
                new IOException("The emulator reset the connection before sending the response headers.")));
        }
    }

    protected override async Task CompleteCoreAsync()
    {
        await StartAsync(CancellationToken.None).ConfigureAwait(false);
        await _pipe.Writer.CompleteAsync().ConfigureAwait(false);
    }
}

/// <summary>The response body as the client sees it; disposing it or cancelling a read tells the emulator the client left.</summary>
internal sealed class InProcessResponseStream : Stream
{
    private readonly PipeReader _reader;
    private readonly InProcessExchange _exchange;
    private int _disposed;

    public InProcessResponseStream(PipeReader reader, InProcessExchange exchange)
    {
        _reader = reader;
        _exchange = exchange;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (buffer.Length == 0)
        {
            return 0;
        }

        try
        {
            while (true)
            {
                var result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var data = result.Buffer;
                if (!data.IsEmpty)
                {
                    var count = (int)Math.Min(data.Length, buffer.Length);
                    var slice = data.Slice(0, count);
                    foreach (var segment in slice)
                    {
                        segment.Span.CopyTo(buffer.Span);
                        buffer = buffer[segment.Length..];
                    }

                    _reader.AdvanceTo(slice.End);
                    return count;
                }

                _reader.AdvanceTo(data.End);
                if (result.IsCompleted)
                {
                    if (_exchange.ResetError is { } reset)
                    {
                        throw reset;
                    }

                    return 0;
                }
            }
        }
        catch (OperationCanceledException)
        {
            _exchange.OnClientGone();
            throw;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _exchange.OnClientGone();
            _reader.Complete();
        }

        base.Dispose(disposing);
    }
}
