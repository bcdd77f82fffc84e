using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Mapping;

namespace OpenRouter.Extensions.AI.Speech;

/// <summary>
/// <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="ITextToSpeechClient"/> (<c>POST audio/speech</c>).
/// Stateless and thread-safe; the wrapped client is not owned.
/// </summary>
/// <remarks>
/// The streaming call hands each piece of audio on as it arrives from the connection, never holding the whole body.
/// OpenRouter puts no usage in this answer: the response id is the generation id, for <c>GetGenerationAsync</c> (cost).
/// </remarks>
[Experimental("MEAI001")]
internal sealed class OpenRouterTextToSpeechClient : ITextToSpeechClient
{
    /// <summary>The most bytes one streamed update carries.</summary>
    private const int ChunkBytes = 16 * 1024;

    private readonly OpenRouterClient _client;
    private readonly string? _defaultModelId;
    private readonly TextToSpeechClientMetadata _metadata;

    public OpenRouterTextToSpeechClient(OpenRouterClient client, string? defaultModelId)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _defaultModelId = string.IsNullOrWhiteSpace(defaultModelId) ? null : defaultModelId;
        _metadata = new TextToSpeechClientMetadata("openrouter", client.Endpoint, _defaultModelId);
    }

    public async Task<TextToSpeechResponse> GetAudioAsync(string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = ToSpeechRequest.Create(text, options, _defaultModelId, this);
        using var response = await _client.CreateSpeechAsync(request, cancellationToken).ConfigureAwait(false);
        var bytes = await response.ReadAllBytesAsync(cancellationToken).ConfigureAwait(false);
        return new TextToSpeechResponse([new DataContent(bytes, ToSpeechRequest.MediaType(response.MediaType, request))])
        {
            ResponseId = response.GenerationId,
            ModelId = request.Model,
            RawRepresentation = response,
            AdditionalProperties = RouteResponseFacts.Properties(response.GenerationId, null, null, null, null),
        };
    }

    public IAsyncEnumerable<TextToSpeechResponseUpdate> GetStreamingAudioAsync(string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Mapped before the first MoveNextAsync, so bad input fails at the call.
        var request = ToSpeechRequest.Create(text, options, _defaultModelId, this);
        return StreamAsync(request, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (serviceType is null)
        {
            throw new ArgumentNullException(nameof(serviceType));
        }

        return serviceKey is not null ? null
            : serviceType == typeof(TextToSpeechClientMetadata) ? _metadata
            : serviceType == typeof(OpenRouterClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The OpenRouterClient is shared and owned by whoever created it.
    }

    public override string ToString() => $"OpenRouterTextToSpeechClient {{ Endpoint = {_client.Endpoint}, DefaultModel = {_defaultModelId ?? "(none)"} }}";

    /// <summary>One <see cref="TextToSpeechResponseUpdateKind.AudioUpdating"/> update per read of the body, then an empty <see cref="TextToSpeechResponseUpdateKind.AudioUpdated"/> one with the generation id.</summary>
    private async IAsyncEnumerable<TextToSpeechResponseUpdate> StreamAsync(SpeechRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var speech = await _client.CreateSpeechAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var mediaType = ToSpeechRequest.MediaType(speech.MediaType, request);
            var buffer = new byte[ChunkBytes];
            int read;
            while ((read = await ReadAsync(speech, buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                yield return Update(TextToSpeechResponseUpdateKind.AudioUpdating, [new DataContent(buffer.AsSpan(0, read).ToArray(), mediaType)], speech, request, null);
            }

            yield return Update(TextToSpeechResponseUpdateKind.AudioUpdated, [], speech, request, RouteResponseFacts.Properties(speech.GenerationId, null, null, null, null));
        }
        finally
        {
            await speech.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static TextToSpeechResponseUpdate Update(TextToSpeechResponseUpdateKind kind, List<AIContent> contents, SpeechResponse speech, SpeechRequest request, AdditionalPropertiesDictionary? properties) =>
        new(contents)
        {
            Kind = kind,
            ResponseId = speech.GenerationId,
            ModelId = request.Model,
            RawRepresentation = speech,
            AdditionalProperties = properties,
        };

#if NET
    private static ValueTask<int> ReadAsync(SpeechResponse speech, byte[] buffer, CancellationToken cancellationToken) =>
        speech.Audio.ReadAsync(buffer.AsMemory(), cancellationToken);
#else
    private static Task<int> ReadAsync(SpeechResponse speech, byte[] buffer, CancellationToken cancellationToken) =>
        speech.Audio.ReadAsync(buffer, 0, buffer.Length, cancellationToken);
#endif
}
