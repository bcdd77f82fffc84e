using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter;

/// <summary>
/// The answer of <c>POST audio/speech</c>: the audio as a stream read straight from the connection, with its media
/// type. Dispose it to close the connection.
/// </summary>
/// <remarks>
/// The audio arrives while it is synthesized: read <see cref="Audio"/> to play or save it as it comes. No limit is put
/// on its total size (speech can be long); a connection that stays silent longer than
/// <see cref="OpenRouterClientOptions.StreamIdleTimeout"/> fails the read with an <see cref="OpenRouterStreamException"/>.
/// Errors OpenRouter reports before the audio starts are thrown by the call itself, never handed over as audio.
/// </remarks>
public sealed class SpeechResponse : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage _response;

    internal SpeechResponse(HttpResponseMessage response, Stream audio, string? mediaType, string? generationId)
    {
        _response = response;
        Audio = audio;
        MediaType = mediaType;
        GenerationId = generationId;
        ContentLength = response.Content.Headers.ContentLength;
    }

    /// <summary>The audio bytes as they arrive; read once, from the start.</summary>
    public Stream Audio { get; }

    /// <summary>The audio's media type from <c>Content-Type</c>, e.g. <c>audio/mpeg</c> or <c>audio/pcm</c>; null when not sent.</summary>
    public string? MediaType { get; }

    /// <summary>The generation id (<c>X-Generation-Id</c>), for <see cref="OpenRouterClient.GetGenerationAsync"/> (cost); null when not sent.</summary>
    public string? GenerationId { get; }

    /// <summary>The audio's length in bytes when the server announced it (<c>Content-Length</c>); null for a streamed body.</summary>
    public long? ContentLength { get; }

    /// <summary>Reads the rest of the audio into memory.</summary>
    /// <param name="cancellationToken">Cancels the read and closes the connection.</param>
    /// <returns>The audio bytes.</returns>
    /// <exception cref="OpenRouterStreamException">The connection broke or went silent before the audio ended.</exception>
    public async Task<byte[]> ReadAllBytesAsync(CancellationToken cancellationToken = default)
    {
        using var buffer = ContentLength is { } length and > 0 and < int.MaxValue ? new MemoryStream((int)length) : new MemoryStream();
#if NET
        await Audio.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
#else
        await Audio.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
#endif
        return buffer.ToArray();
    }

    /// <summary>Closes the audio stream and the connection.</summary>
    public void Dispose()
    {
        Audio.Dispose();
        _response.Dispose();
    }

    /// <summary>Closes the audio stream and the connection.</summary>
    /// <returns>A task that completes when both are closed.</returns>
    public async ValueTask DisposeAsync()
    {
#if NET
        await Audio.DisposeAsync().ConfigureAwait(false);
#else
        Audio.Dispose();
        await default(ValueTask).ConfigureAwait(false);
#endif
        _response.Dispose();
    }
}
