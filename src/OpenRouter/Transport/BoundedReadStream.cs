using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Transport;

/// <summary>
/// A read-only pass-through stream that fails with <see cref="InvalidDataException"/> as soon as a single SSE event
/// (bytes between blank lines) or the whole body grows past its bound.
/// </summary>
/// <remarks>
/// So an oversized answer is never buffered whole. A body the HTTP handler cannot decompress fails with
/// <see cref="BodyDecodingException"/> instead, so the two never mix.
/// </remarks>
internal sealed class BoundedReadStream : Stream
{
    private const int Idle = 0;
    private const int Reading = 1;
    private const int Closed = 2;

    /// <summary>How many already-buffered reads <see cref="CloseAsync"/> takes before it gives up and leaves the close to disposal.</summary>
    private const int MaxCloseReads = 64;

    private readonly object _closeGate = new();
    private int _state;
    private Task? _close;
    private readonly Stream _inner;
    private readonly long _maxEventBytes;
    private readonly long _maxTotalBytes;
    private readonly string _eventBoundName;
    private readonly string _totalBoundName;
    private readonly StreamIdleWatchdog? _watchdog;
    private long _total;
    private long _eventLength;
    private long _lineLength;
    private bool _lastWasCarriageReturn;

    public BoundedReadStream(Stream inner, long maxEventBytes, string eventBoundName, long maxTotalBytes, string totalBoundName, StreamIdleWatchdog? watchdog = null)
    {
        _watchdog = watchdog;
        _inner = inner;
        _maxEventBytes = maxEventBytes;
        _maxTotalBytes = maxTotalBytes;
        _eventBoundName = eventBoundName;
        _totalBoundName = totalBoundName;
    }

    /// <summary>Gets a value indicating whether an asynchronous read is in progress.</summary>
    public bool IsReading => Volatile.Read(ref _state) == Reading;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read;
        try
        {
            read = _inner.Read(buffer, offset, count);
        }
        catch (Exception ex) when (BodyDecodingException.IsDecodingFailure(_inner, ex))
        {
            throw new BodyDecodingException(_inner, ex);
        }

        Account(buffer.AsSpan(offset, read));
        return read;
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        EnterRead();
        _watchdog?.Arm();
        int read;
        try
        {
            read = await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (BodyDecodingException.IsDecodingFailure(_inner, ex))
        {
            throw new BodyDecodingException(_inner, ex);
        }
        finally
        {
            _watchdog?.Disarm();
            ExitRead();
        }

        Account(buffer.AsSpan(offset, read));
        return read;
    }

#if NET
    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (Exception ex) when (BodyDecodingException.IsDecodingFailure(_inner, ex))
        {
            throw new BodyDecodingException(_inner, ex);
        }

        Account(buffer.Slice(0, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnterRead();
        _watchdog?.Arm();
        int read;
        try
        {
            read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (BodyDecodingException.IsDecodingFailure(_inner, ex))
        {
            throw new BodyDecodingException(_inner, ex);
        }
        finally
        {
            _watchdog?.Disarm();
            ExitRead();
        }

        Account(buffer.Span.Slice(0, read));
        return read;
    }
#endif

    public override void Flush()
    {
    }

    /// <summary>Closes the connection under an unfinished response at once, whatever the HTTP handler's drain settings; no read may follow.</summary>
    /// <remarks>
    /// Reads what is already buffered, and as soon as a read has to wait for the network, cancels it. A cancelled read
    /// makes <c>SocketsHttpHandler</c> close the connection (HTTP/1.1) or reset the stream (HTTP/2), so the server sees
    /// the client go away without the up-to-2-seconds drain that disposing an unread response may start. At the end of
    /// the body (the answer was complete after all) nothing is closed and the connection can be reused.
    /// </remarks>
    /// <returns>A task that completes when the connection is closed or found complete; it never faults.</returns>
    public Task CloseAsync()
    {
        lock (_closeGate)
        {
            if (_close is null && Interlocked.CompareExchange(ref _state, Closed, Idle) == Idle)
            {
                _close = CloseCoreAsync();
            }

            // A read in progress is interrupted by its own cancellation; a later call (once it ended) closes.
            return _close ?? Task.CompletedTask;
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void EnterRead()
    {
        if (Interlocked.CompareExchange(ref _state, Reading, Idle) != Idle)
        {
            throw new IOException("The response stream was closed because the stream was abandoned or cancelled.");
        }
    }

    private void ExitRead() => Interlocked.CompareExchange(ref _state, Idle, Reading);

    private async Task CloseCoreAsync()
    {
        var buffer = new byte[8192];
        using var cancel = new CancellationTokenSource();
        try
        {
            for (var i = 0; i < MaxCloseReads; i++)
            {
#if NET
                var read = _inner.ReadAsync(buffer.AsMemory(), cancel.Token);
#else
                var read = new ValueTask<int>(_inner.ReadAsync(buffer, 0, buffer.Length, cancel.Token));
#endif
                if (!read.IsCompleted)
                {
                    // The read waits for the network: cancelling it is what closes the connection without a drain.
                    cancel.Cancel();
                    await read.ConfigureAwait(false);
                    return;
                }

                if (read.Result == 0)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException or System.Net.Http.HttpRequestException or InvalidOperationException or NotSupportedException or InvalidDataException)
        {
            // Closed, which is the point (InvalidDataException: a decompressor rejecting a body that already failed).
        }
    }

    private void Account(ReadOnlySpan<byte> span)
    {
        _total += span.Length;
        if (_total > _maxTotalBytes)
        {
            throw BodyTooLarge();
        }

        while (!span.IsEmpty)
        {
            var index = span.IndexOfAny((byte)'\n', (byte)'\r');
            if (index < 0)
            {
                _lineLength += span.Length;
                _eventLength += span.Length;
                _lastWasCarriageReturn = false;
                CheckEvent();
                return;
            }

            var isLineFeed = span[index] == (byte)'\n';
            if (index == 0 && _lineLength == 0 && isLineFeed && _lastWasCarriageReturn)
            {
                // The LF of a CRLF pair: the line already ended at the CR.
            }
            else if (index == 0 && _lineLength == 0)
            {
                // An empty line: the event ends here.
                _eventLength = 0;
            }
            else
            {
                _eventLength += index + 1;
            }

            _lineLength = 0;
            _lastWasCarriageReturn = !isLineFeed;
            CheckEvent();
            span = span.Slice(index + 1);
        }
    }

    private void CheckEvent()
    {
        if (_eventLength > _maxEventBytes)
        {
            throw EventTooLarge();
        }
    }

    /// <summary>The whole body went past its bound.</summary>
    private InvalidDataException BodyTooLarge() =>
        new($"The answer from OpenRouter is larger than {_maxTotalBytes} bytes, the bound set by OpenRouterClientOptions.{_totalBoundName}. Raise that bound if such answers are expected.");

    /// <summary>One server-sent event went past its bound.</summary>
    private InvalidDataException EventTooLarge() =>
        new($"A server-sent event from OpenRouter is larger than {_maxEventBytes} bytes, the bound set by OpenRouterClientOptions.{_eventBoundName}. Raise that bound if such events are expected (for example large generated images).");
}
