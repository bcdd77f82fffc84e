using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Tests.Agents;

/// <summary>
/// Sits directly on our IChatClient, under everything an agent adds, and records the <c>ConversationId</c> of every
/// response and streamed update our client returns (null included), so a test sees our client's answers as the agent's
/// function invocation and history handling see them.
/// </summary>
internal sealed class ConversationIdSpy(IChatClient inner) : DelegatingChatClient(inner)
{
    private readonly List<string?> _seen = [];

    /// <summary>Gets the conversation ids seen, one per response or update, in order.</summary>
    public IReadOnlyList<string?> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        Record(response.ConversationId);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            Record(update.ConversationId);
            yield return update;
        }
    }

    private void Record(string? conversationId)
    {
        lock (_seen)
        {
            _seen.Add(conversationId);
        }
    }
}
