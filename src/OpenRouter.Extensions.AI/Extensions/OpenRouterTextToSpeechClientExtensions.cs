using System;
using System.Diagnostics.CodeAnalysis;
using OpenRouter;
using OpenRouter.Extensions.AI.Speech;

namespace Microsoft.Extensions.AI;

/// <summary>Exposes an <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="ITextToSpeechClient"/>.</summary>
/// <remarks>Experimental (<c>MEAI001</c>) because <see cref="ITextToSpeechClient"/> is experimental in Microsoft.Extensions.AI.</remarks>
[Experimental("MEAI001")]
public static class OpenRouterTextToSpeechClientExtensions
{
    /// <summary>Wraps <paramref name="client"/> as an <see cref="ITextToSpeechClient"/> (<c>POST audio/speech</c>); the client does not own <paramref name="client"/>.</summary>
    /// <param name="client">The OpenRouter client to send requests with.</param>
    /// <param name="defaultModelId">The model used when <see cref="TextToSpeechOptions.ModelId"/> is not set, e.g. <c>openai/gpt-4o-mini-tts</c>.</param>
    /// <returns>The text-to-speech client.</returns>
    /// <remarks>
    /// The streaming call yields the audio in pieces as they arrive. OpenRouter reports no usage in this answer: the
    /// response id is the generation id, for <c>OpenRouterClient.GetGenerationAsync</c> (cost).
    /// </remarks>
    public static ITextToSpeechClient AsITextToSpeechClient(this OpenRouterClient client, string? defaultModelId = null)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        return new OpenRouterTextToSpeechClient(client, defaultModelId);
    }
}
