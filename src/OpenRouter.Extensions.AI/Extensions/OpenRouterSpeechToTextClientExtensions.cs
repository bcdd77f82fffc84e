using System;
using System.Diagnostics.CodeAnalysis;
using OpenRouter;
using OpenRouter.Extensions.AI.Speech;

namespace Microsoft.Extensions.AI;

/// <summary>Exposes an <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="ISpeechToTextClient"/>.</summary>
/// <remarks>Experimental (<c>MEAI001</c>) because <see cref="ISpeechToTextClient"/> is experimental in Microsoft.Extensions.AI.</remarks>
[Experimental("MEAI001")]
public static class OpenRouterSpeechToTextClientExtensions
{
    /// <summary>Wraps <paramref name="client"/> as an <see cref="ISpeechToTextClient"/> (<c>POST audio/transcriptions</c>); the client does not own <paramref name="client"/>.</summary>
    /// <param name="client">The OpenRouter client to send requests with.</param>
    /// <param name="defaultModelId">The model used when <see cref="SpeechToTextOptions.ModelId"/> is not set, e.g. <c>openai/whisper-large-v3</c>.</param>
    /// <returns>The speech-to-text client.</returns>
    /// <remarks>
    /// The audio is streamed up as a multipart file (base64 JSON when a <c>provider</c> setting or its size requires);
    /// its format comes from the bytes, a file's extension or <c>AdditionalProperties["format"]</c>. OpenRouter does not
    /// stream transcripts: the streaming call yields the whole transcript as one update.
    /// </remarks>
    public static ISpeechToTextClient AsISpeechToTextClient(this OpenRouterClient client, string? defaultModelId = null)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        return new OpenRouterSpeechToTextClient(client, defaultModelId);
    }
}
