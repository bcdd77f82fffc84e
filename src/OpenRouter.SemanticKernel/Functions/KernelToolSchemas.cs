using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// Sends the kernel functions among the tools with a standard JSON Schema, below Semantic Kernel's function invocation.
/// </summary>
/// <remarks>
/// Semantic Kernel puts each <see cref="KernelFunction"/> itself into <see cref="ChatOptions.Tools"/>, and its schema
/// is not standard (see <see cref="KernelFunctionSchema"/>). The function invocation above keeps seeing and invoking
/// the kernel functions themselves; the caller's options are copied, never changed.
/// </remarks>
internal sealed class KernelToolSchemas(IChatClient inner) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, Standardize(options), cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, Standardize(options), cancellationToken);

    /// <summary>A copy of <paramref name="options"/> whose kernel functions are <see cref="KernelFunctionTool"/>s; the same options when no tool is a kernel function.</summary>
    public static ChatOptions? Standardize(ChatOptions? options)
    {
        if (options?.Tools is not { Count: > 0 } tools || !tools.Any(static tool => tool is KernelFunction))
        {
            return options;
        }

        var copy = options.Clone();
        copy.Tools = tools.Select(static tool => tool is KernelFunction function ? new KernelFunctionTool(function) : tool).ToList();
        return copy;
    }
}
