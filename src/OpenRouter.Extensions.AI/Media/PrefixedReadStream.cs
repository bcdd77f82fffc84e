using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Extensions.AI.Media;

/// <summary>
/// A forward-only read of bytes already taken from a stream followed by the rest of that stream, so that a stream that
/// cannot seek can be looked at and still be sent whole. The inner stream is not disposed.
/// </summary>
internal sealed class PrefixedReadStream : Stream
{
    private readonly byte[] _prefix;
    private readonly Stream _inner;
    private int _prefixPosition;

    public PrefixedReadStream(byte[] prefix, Stream inner)
    {
        _prefix = prefix;
        _inner = inner;
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
        var fromPrefix = TakePrefix(buffer, offset, count);
        return fromPrefix > 0 ? fromPrefix : _inner.Read(buffer, offset, count);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        var fromPrefix = TakePrefix(buffer, offset, count);
        return fromPrefix > 0 ? Task.FromResult(fromPrefix) : _inner.ReadAsync(buffer, offset, count, cancellationToken);
    }

#if NET
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var remaining = _prefix.Length - _prefixPosition;
        if (remaining > 0 && buffer.Length > 0)
        {
            var taken = Math.Min(remaining, buffer.Length);
            _prefix.AsMemory(_prefixPosition, taken).CopyTo(buffer);
            _prefixPosition += taken;
            return new ValueTask<int>(taken);
        }

        return _inner.ReadAsync(buffer, cancellationToken);
    }
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int TakePrefix(byte[] buffer, int offset, int count)
    {
        var taken = Math.Min(_prefix.Length - _prefixPosition, count);
        if (taken <= 0)
        {
            return 0;
        }

        Buffer.BlockCopy(_prefix, _prefixPosition, buffer, offset, taken);
        _prefixPosition += taken;
        return taken;
    }
}
