namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>
/// The metadata keys under which the Semantic Kernel services keep an answer's reasoning. Semantic Kernel's
/// <c>IChatClient</c> bridge copies a history message's metadata into <see cref="Microsoft.Extensions.AI.ChatMessage.AdditionalProperties"/>
/// (and drops its reasoning items), so the request mapping reads them from there. <c>OpenRouterMetadataKeys</c> in the
/// Semantic Kernel package uses these same values.
/// </summary>
internal static class SemanticKernelMetadataKeys
{
    /// <summary>The reasoning text.</summary>
    public const string Reasoning = "Reasoning";

    /// <summary>The <c>reasoning_details</c> array as JSON text, exactly as OpenRouter sent it.</summary>
    public const string ReasoningDetails = "ReasoningDetails";
}
