using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// A <see cref="KernelFunction"/> as the tool OpenRouter is sent: everything is the function's own (name, description,
/// invocation, services) except <see cref="JsonSchema"/>, the standard schema of <see cref="KernelFunctionSchema"/>.
/// </summary>
internal sealed class KernelFunctionTool(KernelFunction function) : DelegatingAIFunction(function)
{
    /// <inheritdoc />
    public override JsonElement JsonSchema { get; } = KernelFunctionSchema.For(function.Metadata);
}
