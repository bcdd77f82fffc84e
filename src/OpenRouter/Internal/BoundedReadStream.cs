using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Internal;

/// <summary>
/// A read-only pass-through stream that fails with <see cref="InvalidDataException"/> as soon as a single SSE event
/// (bytes between blank lines) or the whole body grows past its bound, so an oversized answer is never buffered whole.
/// </summary>
internal sealed class BoundedReadStream : Stream
{
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
        var read = _inner.Read(buffer, offset, count);
        Account(buffer.AsSpan(offset, read));
        return read;
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        _watchdog?.Arm();
        int read;
        try
        {
            read = await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _watchdog?.Disarm();
        }

        Account(buffer.AsSpan(offset, read));
        return read;
    }

#if NET
    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        Account(buffer.Slice(0, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _watchdog?.Arm();
        int read;
        try
        {
            read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _watchdog?.Disarm();
        }

        Account(buffer.Span.Slice(0, read));
        return read;
    }
#endif

    public override void Flush()
    {
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

    private void Account(ReadOnlySpan<byte> span)
    {
        _total += span.Length;
        if (_total > _maxTotalBytes)
        {
            throw new InvalidDataException(
                $"The answer from OpenRouter is larger than {_maxTotalBytes} bytes, the bound set by OpenRouterClientOptions.{_totalBoundName}. Raise that bound if such answers are expected.");
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
            throw new InvalidDataException(
                $"A server-sent event from OpenRouter is larger than {_maxEventBytes} bytes, the bound set by OpenRouterClientOptions.{_eventBoundName}. Raise that bound if such events are expected (for example large generated images).");
        }
    }
}
