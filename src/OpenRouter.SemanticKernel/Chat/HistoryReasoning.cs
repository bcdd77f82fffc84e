using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// Gives back the reasoning of answers that went through a
/// <see cref="Microsoft.SemanticKernel.ChatCompletion.ChatHistory"/>, as <see cref="TextReasoningContent"/>.
/// </summary>
/// <remarks>
/// Semantic Kernel's conversion to <see cref="ChatMessage"/> drops reasoning items but copies the content's metadata
/// into <see cref="ChatMessage.AdditionalProperties"/>, where our services keep
/// <see cref="OpenRouterMetadataKeys.Reasoning"/> and <see cref="OpenRouterMetadataKeys.ReasoningDetails"/>: an
/// assistant message that has them and no reasoning item gets a <see cref="TextReasoningContent"/> again, which the
/// request mapping sends back unchanged.
/// </remarks>
internal sealed class HistoryReasoning(IChatClient inner) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(Restore(messages), options, cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(Restore(messages), options, cancellationToken);

    /// <summary>The messages, with assistant messages whose reasoning lives only in metadata copied and completed; the same list when none does.</summary>
    public static IEnumerable<ChatMessage> Restore(IEnumerable<ChatMessage> messages)
    {
        List<ChatMessage>? restored = null;
        var index = 0;
        foreach (var message in messages)
        {
            if (message is not null && NeedsRestoring(message, out var reasoning, out var details))
            {
                restored ??= messages.Take(index).ToList();
                var copy = message.Clone();
                copy.Contents = [new TextReasoningContent(reasoning ?? string.Empty) { ProtectedData = details }, .. message.Contents];
                restored.Add(copy);
            }
            else
            {
                restored?.Add(message!);
            }

            index++;
        }

        return restored ?? messages;
    }

    private static bool NeedsRestoring(ChatMessage message, out string? reasoning, out string? details)
    {
        reasoning = details = null;
        if (message.Role != ChatRole.Assistant || message.AdditionalProperties is not { Count: > 0 } properties || message.Contents.Any(static c => c is TextReasoningContent))
        {
            return false;
        }

        reasoning = Text(properties, OpenRouterMetadataKeys.Reasoning);
        details = Text(properties, OpenRouterMetadataKeys.ReasoningDetails);
        return reasoning is not null || details is not null;
    }

    /// <summary>A string metadata value, also after a JSON round trip of the history (a string <see cref="JsonElement"/>).</summary>
    private static string? Text(AdditionalPropertiesDictionary properties, string key) =>
        properties.TryGetValue(key, out var value)
            ? value switch
            {
                string text => text,
                JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
                _ => null,
            }
            : null;
}
