using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Transport;

/// <summary>Reads response bodies within a byte bound, into pooled buffers.</summary>
internal static class ResponseBody
{
    private const int DefaultBufferBytes = 16 * 1024;

    /// <summary>Opens the body of <paramref name="response"/> as a stream.</summary>
    public static Task<Stream> OpenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
#if NET
        return response.Content.ReadAsStreamAsync(cancellationToken);
#else
        return response.Content.ReadAsStreamAsync();
#endif
    }

    /// <summary>Reads a body into a buffer rented from the shared pool; dispose the result to return it.</summary>
    /// <remarks>
    /// Past <paramref name="maxBytes"/> it fails with <see cref="InvalidDataException"/> naming the setting
    /// <paramref name="boundName"/>, or, when that is null, stops there and marks the result <see cref="PooledBody.Capped"/>.
    /// A body the handler cannot decompress fails with <see cref="BodyDecodingException"/>.
    /// </remarks>
    public static async Task<PooledBody> ReadAsync(HttpResponseMessage response, long maxBytes, string? boundName, CancellationToken cancellationToken)
    {
        var raw = await OpenAsync(response, cancellationToken).ConfigureAwait(false);
        using var bounded = new BoundedReadStream(raw, long.MaxValue, string.Empty, boundName is null ? long.MaxValue : maxBytes, boundName ?? string.Empty);

        // Capped: one byte past the cap tells that the body goes on.
        var limit = boundName is null ? maxBytes + 1 : long.MaxValue;
        var buffer = ArrayPool<byte>.Shared.Rent(InitialSize(response, maxBytes));
        var count = 0;
        try
        {
            while (count < limit)
            {
                if (count == buffer.Length)
                {
                    buffer = Grow(buffer, count);
                }

                var room = (int)Math.Min(buffer.Length - count, limit - count);
#if NET
                var read = await bounded.ReadAsync(buffer.AsMemory(count, room), cancellationToken).ConfigureAwait(false);
#else
                var read = await bounded.ReadAsync(buffer, count, room, cancellationToken).ConfigureAwait(false);
#endif
                if (read == 0)
                {
                    return new PooledBody(buffer, count, capped: false);
                }

                count += read;
            }

            return new PooledBody(buffer, (int)maxBytes, capped: true);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>The first buffer's size: the declared length (within the bound) and one byte more, else 16 KiB.</summary>
    private static int InitialSize(HttpResponseMessage response, long maxBytes)
    {
        var known = response.Content.Headers.ContentLength is { } length and > 0 and < int.MaxValue ? (int)Math.Min(length, maxBytes) : 0;
        return known > 0 ? known + 1 : DefaultBufferBytes;
    }

    /// <summary>A pooled buffer twice the size of <paramref name="buffer"/> holding its first <paramref name="count"/> bytes; <paramref name="buffer"/> goes back to the pool.</summary>
    private static byte[] Grow(byte[] buffer, int count)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, 0, larger, 0, count);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
