using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace OpenRouter.Transport;

/// <summary>Content that copies a caller's stream from its current position without taking ownership: disposing the content leaves the stream open.</summary>
internal sealed class UnownedStreamContent : HttpContent
{
    private readonly Stream _stream;

    public UnownedStreamContent(Stream stream) => _stream = stream;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _stream.CopyToAsync(stream);

    protected override bool TryComputeLength(out long length)
    {
        if (_stream.CanSeek)
        {
            length = _stream.Length - _stream.Position;
            return true;
        }

        length = 0;
        return false;
    }
}
