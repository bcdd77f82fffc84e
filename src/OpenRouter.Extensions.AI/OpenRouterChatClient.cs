using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Mapping;

namespace OpenRouter.Extensions.AI;

/// <summary>
/// <see cref="OpenRouterClient"/> as a Microsoft.Extensions.AI <see cref="IChatClient"/>. Stateless and thread-safe:
/// every call maps its own request; the wrapped client is shared and not owned.
/// </summary>
internal sealed class OpenRouterChatClient : IChatClient
{
    private readonly OpenRouterClient _client;
    private readonly string? _defaultModelId;
    private readonly ChatClientMetadata _metadata;

    public OpenRouterChatClient(OpenRouterClient client, string? defaultModelId)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _defaultModelId = string.IsNullOrWhiteSpace(defaultModelId) ? null : defaultModelId;
        _metadata = new ChatClientMetadata("openrouter", client.Endpoint, _defaultModelId);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = ToOpenRouterRequest.Create(messages, options, _defaultModelId, this);
        var completion = await _client.CreateChatCompletionAsync(request, cancellationToken).ConfigureAwait(false);
        return FromOpenRouterResponse.ToChatResponse(completion);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Mapped before the first MoveNextAsync, so bad input fails at the call.
        var request = ToOpenRouterRequest.Create(messages, options, _defaultModelId, this);
        return StreamAsync(request, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (serviceType is null)
        {
            throw new ArgumentNullException(nameof(serviceType));
        }

        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ChatClientMetadata))
        {
            return _metadata;
        }

        if (serviceType == typeof(OpenRouterClient))
        {
            return _client;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
        // The OpenRouterClient is shared and owned by whoever created it.
    }

    public override string ToString() => $"OpenRouterChatClient {{ Endpoint = {_client.Endpoint}, DefaultModel = {_defaultModelId ?? "(none)"} }}";

    private async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(ChatCompletionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var mapper = new FromOpenRouterStream();
        await foreach (var chunk in _client.StreamChatCompletionAsync(request, cancellationToken).ConfigureAwait(false))
        {
            yield return mapper.ToUpdate(chunk);
        }

        if (mapper.Complete() is { } final)
        {
            yield return final;
        }
    }
}
