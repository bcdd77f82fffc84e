using Microsoft.Extensions.AI;

namespace OpenRouter.TestKit;

/// <summary>One call of an <see cref="IChatClient"/>, the same way streamed or not, for tests that run both.</summary>
public static class ChatCalls
{
    /// <summary>
    /// <see cref="IChatClient.GetResponseAsync"/>, or (<paramref name="streamed"/>) the streamed updates coalesced with
    /// <c>ToChatResponseAsync</c>.
    /// </summary>
    public static async Task<ChatResponse> AskAsync(IChatClient client, bool streamed, string prompt = "Hello", ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        streamed
            ? await client.GetStreamingResponseAsync(prompt, options, cancellationToken).ToChatResponseAsync(cancellationToken)
            : await client.GetResponseAsync(prompt, options, cancellationToken);
}
