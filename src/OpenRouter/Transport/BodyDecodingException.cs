using System;
using System.IO;
using System.IO.Compression;

namespace OpenRouter.Transport;

/// <summary>
/// The HTTP handler could not decompress a body as its <c>Content-Encoding</c> declared (a gzip body that is not gzip,
/// say). Thrown by <see cref="BoundedReadStream"/> and turned into an <see cref="OpenRouterProtocolException"/> by the
/// client; never leaves the library.
/// </summary>
internal sealed class BodyDecodingException : Exception
{
    public BodyDecodingException(Stream decoder, Exception innerException)
        : base("The body could not be decompressed.", innerException)
    {
        Encoding = decoder switch
        {
            GZipStream => "gzip",
            DeflateStream => "deflate",
#if NET
            BrotliStream => "br",
#endif
            _ => null,
        };
    }

    /// <summary>The encoding that failed (<c>gzip</c>, <c>deflate</c> or <c>br</c>), when the decoder says.</summary>
    public string? Encoding { get; }

    /// <summary>
    /// Whether <paramref name="exception"/>, thrown by a read of <paramref name="inner"/>, is a decompressor rejecting
    /// the data: GZip and Deflate throw <see cref="InvalidDataException"/>, Brotli <see cref="InvalidOperationException"/>.
    /// </summary>
    public static bool IsDecodingFailure(Stream inner, Exception exception) =>
        exception is InvalidDataException || (exception is InvalidOperationException && IsBrotli(inner));

#if NET
    private static bool IsBrotli(Stream stream) => stream is BrotliStream;
#else
    private static bool IsBrotli(Stream stream) => stream.GetType().Name.StartsWith("Brotli", StringComparison.Ordinal);
#endif

    /// <summary>Says what went wrong and what to check, for the message of the protocol exception.</summary>
    public string Describe() =>
        $"the body could not be decompressed as its Content-Encoding header declared ({Encoding ?? "an encoding the HTTP handler decompresses"}): {InnerException?.Message} " +
        "Something between you and OpenRouter (a proxy or gateway) sent a body that is not in that encoding; check it and the Endpoint, or turn off AutomaticDecompression on the HttpClient's handler to see the raw body.";
}
