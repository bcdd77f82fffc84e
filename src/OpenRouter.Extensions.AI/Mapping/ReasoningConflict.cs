using System;
using OpenRouter;
using OpenRouter.Validation;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>
/// Refuses a reasoning effort and a reasoning token budget given together, from whichever sources, before anything is
/// sent.
/// </summary>
/// <remarks>
/// The sources are the typed <c>ChatOptions.Reasoning</c>, the additional properties and the raw request. OpenRouter
/// answers 400 to <c>reasoning.effort</c> with <c>reasoning.max_tokens</c>, and merging would otherwise drop one of
/// them silently.
/// </remarks>
internal static class ReasoningConflict
{
    private const string Properties = "ChatOptions.AdditionalProperties";
    private const string Raw = "ChatOptions.RawRepresentationFactory's request";

    /// <summary>Throws an <see cref="ArgumentException"/> naming both settings when an effort and a budget are both given.</summary>
    public static void ThrowIfEffortWithBudget(ChatCompletionRequest typed, ChatCompletionRequest? fromProperties, ChatCompletionRequest? raw)
    {
        (string Name, int Tokens)? budget =
            raw?.Reasoning?.MaxTokens is { } rawBudget ? ($"{Raw} Reasoning.MaxTokens", rawBudget)
            : fromProperties?.Reasoning?.MaxTokens is { } propertyBudget ? ($"{Properties}[\"reasoning\"].max_tokens", propertyBudget)
            : null;
        if (budget is { } found && FirstEffort(typed, fromProperties, raw) is { } effort)
        {
            RequestValidation.EffortOrBudget(effort.Name, effort.Level, found.Name, found.Tokens, "options");
        }
    }

    private static (string Name, ReasoningEffortLevel Level)? FirstEffort(ChatCompletionRequest typed, ChatCompletionRequest? fromProperties, ChatCompletionRequest? raw)
    {
        if (raw?.Reasoning?.Effort is { Value: not null } rawEffort)
        {
            return ($"{Raw} Reasoning.Effort", rawEffort);
        }

        if (raw?.ReasoningEffort is { Value: not null } rawShorthand)
        {
            return ($"{Raw} ReasoningEffort", rawShorthand);
        }

        if (fromProperties?.Reasoning?.Effort is { Value: not null } propertyEffort)
        {
            return ($"{Properties}[\"reasoning\"].effort", propertyEffort);
        }

        if (fromProperties?.ReasoningEffort is { Value: not null } propertyShorthand)
        {
            return ($"{Properties}[\"reasoning_effort\"]", propertyShorthand);
        }

        return typed.Reasoning?.Effort is { Value: not null } typedEffort ? ("ChatOptions.Reasoning.Effort", typedEffort) : null;
    }
}
