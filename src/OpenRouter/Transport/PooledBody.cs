using System;
using System.Buffers;

namespace OpenRouter.Transport;

/// <summary>A body read into a buffer rented from the shared pool; dispose it to return the buffer.</summary>
internal readonly struct PooledBody : IDisposable
{
    public PooledBody(byte[] buffer, int length, bool capped)
    {
        Buffer = buffer;
        Length = length;
        Capped = capped;
    }

    /// <summary>An empty body that holds no rented buffer.</summary>
    public static PooledBody Empty => new(Array.Empty<byte>(), 0, capped: false);

    public byte[] Buffer { get; }

    public int Length { get; }

    /// <summary>Gets a value indicating whether the body went on past what was read (so it may end inside a word, or the key).</summary>
    public bool Capped { get; }

    public ReadOnlySpan<byte> Span => new(Buffer, 0, Length);

    public void Dispose()
    {
        if (Buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
        }
    }
}
