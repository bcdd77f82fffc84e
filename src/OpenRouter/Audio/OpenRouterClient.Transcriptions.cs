using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;
using OpenRouter.Transport;
using OpenRouter.Validation;

namespace OpenRouter;

/// <summary>The speech-to-text route: base64 audio in JSON, or the audio uploaded as a multipart file.</summary>
public sealed partial class OpenRouterClient
{
    private const string TranscriptionsPath = "audio/transcriptions";

    /// <summary>Sends <c>POST audio/transcriptions</c> with the audio as base64 JSON and returns the text.</summary>
    /// <param name="request">The request; <see cref="TranscriptionRequest.Model"/> and <see cref="TranscriptionRequest.InputAudio"/> are required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transcription.</returns>
    /// <exception cref="System.ArgumentException">The request lacks its model or audio; nothing is sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error (also one sent with HTTP 200).</exception>
    public Task<TranscriptionResponse> CreateTranscriptionAsync(TranscriptionRequest request, CancellationToken cancellationToken = default) =>
        CreateTranscriptionAsync(request, options: null, cancellationToken);

    /// <summary>Like <see cref="CreateTranscriptionAsync(TranscriptionRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public Task<TranscriptionResponse> CreateTranscriptionAsync(TranscriptionRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        RouteValidation.Validate(request);
        var body = Serialize(request, OpenRouterJsonContext.RequestBodies.TranscriptionRequest);
        return SendJsonAsync(HttpMethod.Post, TranscriptionsPath, body, OpenRouterJsonContext.Default.TranscriptionResponse, retryNotFound: false, options, cancellationToken);
    }

    /// <summary>Sends <c>POST audio/transcriptions</c> as a multipart upload of <paramref name="audio"/> (the <c>file</c> part) and returns the text.</summary>
    /// <param name="audio">The audio, read from its current position to its end; not disposed.</param>
    /// <param name="fileName">The file name; OpenRouter takes the format from its extension (e.g. <c>talk.wav</c>).</param>
    /// <param name="request">The other fields (model, language, format...); <see cref="TranscriptionRequest.InputAudio"/> and <see cref="TranscriptionRequest.Provider"/> must be unset.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transcription.</returns>
    /// <remarks>The upload is retried like any call only when <paramref name="audio"/> can seek (it is rewound); otherwise it is sent once.</remarks>
    public Task<TranscriptionResponse> CreateTranscriptionAsync(Stream audio, string fileName, TranscriptionRequest request, CancellationToken cancellationToken = default) =>
        CreateTranscriptionAsync(audio, fileName, request, options: null, cancellationToken);

    /// <summary>Like <see cref="CreateTranscriptionAsync(Stream, string, TranscriptionRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="audio">The audio, read from its current position; not disposed.</param>
    /// <param name="fileName">The file name with its extension.</param>
    /// <param name="request">The other fields.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public Task<TranscriptionResponse> CreateTranscriptionAsync(Stream audio, string fileName, TranscriptionRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        RouteValidation.ValidateUpload(audio, fileName, request);
        ThrowIfDisposed();
        var upload = new TranscriptionUpload(audio, fileName, request);
        var retries = audio.CanSeek ? options?.MaxRetries : 0;
        return ExecuteWithRetriesAsync(ct => UploadTranscriptionOnceAsync(upload, options, ct), retryNotFound: false, retries, cancellationToken);
    }

    private async Task<TranscriptionResponse> UploadTranscriptionOnceAsync(TranscriptionUpload upload, OpenRouterRequestOptions? options, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, TranscriptionsPath, upload.CreateContent(), JsonMediaType, options, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAnswerAsync(response, HttpMethod.Post, TranscriptionsPath, OpenRouterJsonContext.Default.TranscriptionResponse, null, cancellationToken).ConfigureAwait(false);
    }
}
