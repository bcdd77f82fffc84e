using System;
using OpenRouter;
using OpenRouter.Extensions.AI;

namespace Microsoft.Extensions.AI;

/// <summary>Exposes an <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="IChatClient"/>.</summary>
public static class OpenRouterChatClientExtensions
{
    /// <summary>
    /// Wraps <paramref name="client"/> as an <see cref="IChatClient"/>. The returned client does not own
    /// <paramref name="client"/>: disposing it leaves the OpenRouter client usable.
    /// </summary>
    /// <param name="client">The OpenRouter client to send requests with.</param>
    /// <param name="defaultModelId">The model used when <see cref="ChatOptions.ModelId"/> is not set, e.g. <c>openai/gpt-4o-mini</c>.</param>
    /// <returns>The chat client.</returns>
    public static IChatClient AsIChatClient(this OpenRouterClient client, string? defaultModelId = null)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        return new OpenRouterChatClient(client, defaultModelId);
    }
}
