using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter.Transport;

/// <summary>Releases a streamed response so that the server sees the client go away at once, with any <see cref="HttpClient"/>.</summary>
/// <remarks>
/// An unfinished stream (cancelled, abandoned with <c>break</c>, or failed) has its connection closed through
/// <see cref="BoundedReadStream.CloseAsync"/> before the response is disposed, because disposing an unread HTTP/1.1
/// response lets <c>SocketsHttpHandler</c> drain it for up to two seconds first (its default
/// <c>MaxResponseDrainSize</c>), while the provider goes on generating.
/// </remarks>
internal sealed class StreamRelease : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private BoundedReadStream? _stream;

    public StreamRelease(HttpResponseMessage response)
    {
        _response = response;
    }

    /// <summary>Gets or sets a value indicating whether the stream ended normally (<c>[DONE]</c> or the end of the body).</summary>
    public bool ReadToEnd { get; set; }

    /// <summary>Attaches the body stream once it is open.</summary>
    public void Attach(BoundedReadStream stream) => Volatile.Write(ref _stream, stream);

    /// <summary>Reacts to the caller's cancellation: disposes the response under a pending read, else closes the connection now.</summary>
    /// <remarks>
    /// A pending read is interrupted by the token itself (which closes the connection); disposing the response also
    /// unblocks handlers whose streams ignore tokens. With no read pending, the connection is closed now, so a consumer
    /// that never resumes the enumerator does not hold it open.
    /// </remarks>
    public void OnCancelled()
    {
        var stream = Volatile.Read(ref _stream);
        if (stream is null || stream.IsReading)
        {
            _response.Dispose();
            return;
        }

        _ = stream.CloseAsync().ContinueWith(static (_, state) => ((HttpResponseMessage)state!).Dispose(), _response, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Ends the exchange: closes the connection first unless the body was read to its end, then disposes the response.</summary>
    /// <returns>A task that completes when the response is disposed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!ReadToEnd && Volatile.Read(ref _stream) is { } stream)
        {
            await stream.CloseAsync().ConfigureAwait(false);
        }

        _response.Dispose();
    }
}
