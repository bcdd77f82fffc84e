using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenRouter.Serialization;
using OpenRouter.Transport;
using OpenRouter.Validation;

namespace OpenRouter;

/// <summary>The text-to-speech route: the audio handed over as a stream straight from the connection.</summary>
public sealed partial class OpenRouterClient
{
    private const string SpeechPath = "audio/speech";
    private const string SpeechAccept = "audio/*, application/octet-stream, application/json";

    /// <summary>Sends <c>POST audio/speech</c> and returns the audio as a stream once it starts; dispose the result to close the connection.</summary>
    /// <param name="request">The request; <see cref="SpeechRequest.Model"/> and <see cref="SpeechRequest.Input"/> are required.</param>
    /// <param name="cancellationToken">Cancels the call (the returned stream's reads take their own token).</param>
    /// <returns>The audio stream with its media type.</returns>
    /// <exception cref="ArgumentException">The request lacks its model or text; nothing is sent.</exception>
    /// <exception cref="OpenRouterException">OpenRouter reported an error before the audio started (retried like chat when it is transient).</exception>
    /// <remarks>
    /// The body is not buffered and not bounded by <see cref="OpenRouterClientOptions.MaxResponseBytes"/> (speech can be
    /// long); silence longer than <see cref="OpenRouterClientOptions.StreamIdleTimeout"/> during a read closes it.
    /// </remarks>
    public Task<SpeechResponse> CreateSpeechAsync(SpeechRequest request, CancellationToken cancellationToken = default) =>
        CreateSpeechAsync(request, options: null, cancellationToken);

    /// <summary>Like <see cref="CreateSpeechAsync(SpeechRequest, CancellationToken)"/>, with per-call settings: OpenRouter's optional headers, extra headers, a retry budget.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call settings; may be null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The same as the overload without <paramref name="options"/>.</returns>
    public Task<SpeechResponse> CreateSpeechAsync(SpeechRequest request, OpenRouterRequestOptions? options, CancellationToken cancellationToken = default)
    {
        options?.Validate();
        RouteValidation.Validate(request);
        ThrowIfDisposed();
        var body = Serialize(request, OpenRouterJsonContext.RequestBodies.SpeechRequest);
        return ExecuteWithRetriesAsync(ct => OpenSpeechAsync(body, options, ct), retryNotFound: false, options?.MaxRetries, cancellationToken);
    }

    /// <summary>Sends one speech request and hands its body over once it is known to be audio.</summary>
    private async Task<SpeechResponse> OpenSpeechAsync(byte[] body, OpenRouterRequestOptions? options, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, SpeechPath, JsonContent(body), SpeechAccept, options, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await CreateErrorAsync(response, cancellationToken).ConfigureAwait(false);
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!IsAudioMediaType(mediaType))
            {
                throw await NotAudioAsync(response, mediaType, cancellationToken).ConfigureAwait(false);
            }

            var generationId = GetGenerationIdHeader(response);
            var raw = await ResponseBody.OpenAsync(response, cancellationToken).ConfigureAwait(false);
            var audio = new AudioReadStream(raw, new StreamIdleWatchdog(_timeProvider, _streamIdleTimeout, response.Dispose), (ex, bytes, idle) => AudioReadFailure(ex, bytes, idle, generationId));
            return new SpeechResponse(response, audio, mediaType, generationId);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Audio is anything but JSON or text (an error body, or a page from something that is not OpenRouter); a missing type counts as audio.</summary>
    private static bool IsAudioMediaType(string? mediaType) =>
        mediaType is null
        || !(mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
             || mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase)
             || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>The failure of a 200 that is not audio: OpenRouter's error body, or something that is not OpenRouter at all.</summary>
    private Task<OpenRouterException> NotAudioAsync(HttpResponseMessage response, string? mediaType, CancellationToken cancellationToken) =>
        UnexpectedAnswerAsync(
            response,
            SpeechPath,
            "OpenRouter reported an error instead of the audio",
            (info, _) => OpenRouterProtocolException.NotAudio(mediaType, info),
            cancellationToken);

    /// <summary>What a failed read of the audio becomes: a timeout when the watchdog closed a silent body, else a lost connection.</summary>
    private Exception AudioReadFailure(Exception ex, long bytesRead, TimeSpan? idleTimeout, string? generationId) =>
        idleTimeout is { } idle
            ? new TimeoutException($"OpenRouter sent no audio for {idle.TotalSeconds:0.###} s after {bytesRead} bytes, so the connection was closed (generation {generationId ?? "unknown"}). Raise OpenRouterClientOptions.StreamIdleTimeout if the provider may pause longer.", ex)
            : OpenRouterStreamException.AudioConnectionLost(bytesRead, ex, Info(null, generationId));
}
