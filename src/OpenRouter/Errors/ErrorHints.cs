using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace OpenRouter;

/// <summary>
/// Hints added to errors from what the request asked for, never from the error's text: OpenRouter's own message for
/// some failures does not name their cause.
/// </summary>
internal static class ErrorHints
{
    /// <summary>The hint for a 404 to a chat request with <c>response_format.json_schema.strict: true</c>.</summary>
    internal const string StrictSchemaNotFound =
        "Hint: the request asked for a strict JSON schema (response_format.json_schema.strict: true), and OpenRouter routes such a request only to endpoints that support strict schemas; "
        + "when none of the model's endpoints does, it answers 404 (saying, for example, that no endpoints match your guardrail restrictions and data policy). "
        + "Send the schema without strict, or choose a model whose endpoints list structured_outputs in supported_parameters.";

    /// <summary>The hint a 404 to <paramref name="request"/> gets, or null when nothing in it explains a 404.</summary>
    public static string? ForChatNotFound(ChatCompletionRequest request) =>
        request.ResponseFormat?.JsonSchema?.Strict == true ? StrictSchemaNotFound : null;

    /// <summary>Awaits <paramref name="call"/>, adding <paramref name="hint"/> to an <see cref="OpenRouterException"/> with status 404.</summary>
    public static async Task<T> OnNotFoundAsync<T>(Task<T> call, string hint)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (OpenRouterException ex) when (ex.StatusCode == 404)
        {
            ex.AddHint(hint);
            throw;
        }
    }

    /// <summary>Yields <paramref name="items"/>, adding <paramref name="hint"/> to an <see cref="OpenRouterException"/> with status 404.</summary>
    public static async IAsyncEnumerable<T> OnNotFoundAsync<T>(IAsyncEnumerable<T> items, string hint, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (OpenRouterException ex) when (ex.StatusCode == 404)
                {
                    ex.AddHint(hint);
                    throw;
                }

                yield return enumerator.Current;
            }
        }
    }
}
