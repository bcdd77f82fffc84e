using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace OpenRouter.Transport;

/// <summary>
/// Content that copies a caller's stream without taking ownership: disposing the content leaves the stream open. A
/// seekable stream is read from <c>start</c> each time the content is serialized (a handler that reads it twice gets it whole).
/// </summary>
internal sealed class UnownedStreamContent : HttpContent
{
    private readonly Stream _stream;
    private readonly long _start;

    /// <param name="stream">The caller's stream.</param>
    /// <param name="start">Where a seekable stream starts; ignored for a forward-only one.</param>
    public UnownedStreamContent(Stream stream, long start)
    {
        _stream = stream;
        _start = start;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        if (_stream.CanSeek)
        {
            _stream.Position = _start;
        }

        return _stream.CopyToAsync(stream);
    }

    protected override bool TryComputeLength(out long length)
    {
        if (_stream.CanSeek)
        {
            length = _stream.Length - _start;
            return true;
        }

        length = 0;
        return false;
    }
}
