using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>
/// The middleware of <c>UseOpenRouterBudget</c>: refuses calls once their scope's spend reached its limit (before any
/// request is sent) and counts what each call it lets through was billed, streamed or not, also when it fails or is
/// cancelled after its usage arrived.
/// </summary>
internal sealed class OpenRouterBudgetChatClient : DelegatingChatClient
{
    private readonly BudgetPolicy _policy;

    public OpenRouterBudgetChatClient(IChatClient innerClient, BudgetPolicy policy)
        : base(innerClient)
    {
        _policy = policy;
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = await _policy.BeginAsync(messages, options, cancellationToken).ConfigureAwait(false);
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await call.EndAsync(BudgetCost.Of(exception), succeeded: false, null, null).ConfigureAwait(false);
            throw;
        }

        await call.EndAsync(BudgetCost.Of(response), succeeded: true, response.ModelId, ProviderOf(response)).ConfigureAwait(false);
        return response;
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamAsync(messages, options, cancellationToken);

    private async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var call = await _policy.BeginAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var tally = new StreamTally();
        IAsyncEnumerator<ChatResponseUpdate>? updates = null;
        try
        {
            updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        tally.Completed = true;
                        break;
                    }
                }
                catch (Exception exception)
                {
                    tally.Fail(exception);
                    throw;
                }

                tally.Add(updates.Current);
                yield return updates.Current;
            }
        }
        finally
        {
            try
            {
                if (updates is not null)
                {
                    await updates.DisposeAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                await call.EndAsync(tally.Cost, tally.Completed, tally.ModelId, tally.Provider).ConfigureAwait(false);
            }
        }
    }

    private static string? ProviderOf(ChatResponse response)
    {
        var properties = response.AdditionalProperties ?? (response.Messages.Count > 0 ? response.Messages[response.Messages.Count - 1].AdditionalProperties : null);
        return properties?.TryGetValue(OpenRouterPropertyNames.Provider, out var provider) == true ? provider as string : null;
    }
}
