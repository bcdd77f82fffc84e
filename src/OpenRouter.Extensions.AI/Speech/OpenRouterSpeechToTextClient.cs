using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Speech;

/// <summary>
/// <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="ISpeechToTextClient"/>
/// (<c>POST audio/transcriptions</c>). Stateless and thread-safe; the wrapped client is not owned.
/// </summary>
/// <remarks>
/// The audio is uploaded as a multipart file, streamed from the caller's stream without reading it whole; it goes as
/// base64 JSON instead when OpenRouter requires that: a <c>provider</c> setting, or more than 25 MiB. The caller's
/// stream is read from its position and never disposed.
/// </remarks>
[Experimental("MEAI001")]
internal sealed class OpenRouterSpeechToTextClient : ISpeechToTextClient
{
    private readonly OpenRouterClient _client;
    private readonly string? _defaultModelId;
    private readonly SpeechToTextClientMetadata _metadata;

    public OpenRouterSpeechToTextClient(OpenRouterClient client, string? defaultModelId)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _defaultModelId = string.IsNullOrWhiteSpace(defaultModelId) ? null : defaultModelId;
        _metadata = new SpeechToTextClientMetadata("openrouter", client.Endpoint, _defaultModelId);
    }

    public async Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = ToTranscriptionRequest.Create(options, _defaultModelId, this);
        var audio = await TranscriptionAudio.OpenAsync(audioSpeechStream, options, cancellationToken).ConfigureAwait(false);
        TranscriptionResponse response;
        if (SendsJson(request, audio.Length))
        {
            var bytes = await audio.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            response = await _client.CreateTranscriptionAsync(ToTranscriptionRequest.WithAudio(request, bytes, audio.Format), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            response = await _client.CreateTranscriptionAsync(audio.Stream, "audio." + audio.Format, request, cancellationToken).ConfigureAwait(false);
        }

        return FromTranscriptionResponse.ToResponse(response, request.Model);
    }

    /// <remarks>OpenRouter does not stream transcripts: the whole transcript arrives as one update when it is done.</remarks>
    public async IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetTextAsync(audioSpeechStream, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToSpeechToTextResponseUpdates())
        {
            yield return update;
        }
    }

    /// <summary>
    /// Whether the audio goes as base64 JSON rather than a multipart upload: when <c>provider</c> is set (the form has no
    /// such field) or the audio is longer than the form takes.
    /// </summary>
    internal static bool SendsJson(TranscriptionRequest request, long? audioLength) =>
        request.Provider is not null || audioLength > TranscriptionAudio.MaxUploadBytes;

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (serviceType is null)
        {
            throw new ArgumentNullException(nameof(serviceType));
        }

        return serviceKey is not null ? null
            : serviceType == typeof(SpeechToTextClientMetadata) ? _metadata
            : serviceType == typeof(OpenRouterClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The OpenRouterClient is shared and owned by whoever created it.
    }

    public override string ToString() => $"OpenRouterSpeechToTextClient {{ Endpoint = {_client.Endpoint}, DefaultModel = {_defaultModelId ?? "(none)"} }}";
}
