using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Transport;

/// <summary>
/// The read-only audio body of a speech answer as handed to the caller: reads pass straight through, watched for
/// silence, and a broken or silent connection fails with the client's typed exceptions.
/// </summary>
/// <remarks>
/// No bound on the total size: speech can be long, and the caller decides how much to keep. The watchdog is armed only
/// while a read is pending, so a slow consumer is not taken for a silent server.
/// </remarks>
internal sealed class AudioReadStream : Stream
{
    private readonly Stream _inner;
    private readonly StreamIdleWatchdog _watchdog;
    private readonly Func<Exception, long, TimeSpan?, Exception> _failure;
    private long _bytesRead;

    /// <param name="inner">The response body.</param>
    /// <param name="watchdog">Closes the response when a read waits longer than its idle timeout; owned by this stream.</param>
    /// <param name="failure">Makes the exception for a failed read from the cause, the bytes read so far and the idle timeout when the watchdog fired.</param>
    public AudioReadStream(Stream inner, StreamIdleWatchdog watchdog, Func<Exception, long, TimeSpan?, Exception> failure)
    {
        _inner = inner;
        _watchdog = watchdog;
        _failure = failure;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _bytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        _watchdog.Arm();
        try
        {
            return Count(_inner.Read(buffer, offset, count));
        }
        catch (Exception ex) when (Map(ex, CancellationToken.None) is { } mapped)
        {
            throw mapped;
        }
        finally
        {
            _watchdog.Disarm();
        }
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        _watchdog.Arm();
        try
        {
            return Count(await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (Map(ex, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
        finally
        {
            _watchdog.Disarm();
        }
    }

#if NET
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _watchdog.Arm();
        try
        {
            return Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (Map(ex, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
        finally
        {
            _watchdog.Disarm();
        }
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
            _watchdog.Dispose();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _bytesRead += read;
        return read;
    }

    /// <summary>A silent connection closed by the watchdog, or a broken one; null lets the caller's cancellation (and anything else) through.</summary>
    private Exception? Map(Exception ex, CancellationToken cancellationToken)
    {
        if (_watchdog.HasFired && !cancellationToken.IsCancellationRequested)
        {
            return _failure(ex, _bytesRead, _watchdog.IdleTimeout);
        }

        return ex is IOException or HttpRequestException ? _failure(ex, _bytesRead, null) : null;
    }
}
