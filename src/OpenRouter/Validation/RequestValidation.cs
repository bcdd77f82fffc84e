using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenRouter.Validation;

/// <summary>
/// Checks a request against the ranges OpenRouter documents before anything is sent, so that a mistake is an
/// <see cref="ArgumentException"/> naming the property, the value and the accepted range rather than a 400 later.
/// </summary>
internal static class RequestValidation
{
    public static void Validate(ChatCompletionRequest request)
    {
        Range(nameof(ChatCompletionRequest.Temperature), request.Temperature, 0, 2);
        Range(nameof(ChatCompletionRequest.TopP), request.TopP, 0, 1);
        Range(nameof(ChatCompletionRequest.TopK), request.TopK, 0, int.MaxValue);
        Range(nameof(ChatCompletionRequest.FrequencyPenalty), request.FrequencyPenalty, -2, 2);
        Range(nameof(ChatCompletionRequest.PresencePenalty), request.PresencePenalty, -2, 2);
        Range(nameof(ChatCompletionRequest.RepetitionPenalty), request.RepetitionPenalty, 0, 2);
        Range(nameof(ChatCompletionRequest.MinP), request.MinP, 0, 1);
        Range(nameof(ChatCompletionRequest.TopA), request.TopA, 0, 1);
        Range(nameof(ChatCompletionRequest.TopLogprobs), request.TopLogprobs, 0, 20);
        Range(nameof(ChatCompletionRequest.MaxTokens), request.MaxTokens, 1, int.MaxValue);
        Range(nameof(ChatCompletionRequest.MaxCompletionTokens), request.MaxCompletionTokens, 1, int.MaxValue);
        Effort("ChatCompletionRequest.Reasoning.Effort", request.Reasoning?.Effort?.Value);
        Effort("ChatCompletionRequest.ReasoningEffort", request.ReasoningEffort?.Value);
        if (request.Reasoning?.MaxTokens is < 0)
        {
            throw new ArgumentException($"ChatCompletionRequest.Reasoning.MaxTokens is {request.Reasoning.MaxTokens}; a reasoning budget must be 0 or more tokens.", "request");
        }

        EffortOrBudget("ChatCompletionRequest.Reasoning.Effort", request.Reasoning?.Effort, "ChatCompletionRequest.Reasoning.MaxTokens", request.Reasoning?.MaxTokens);
        EffortOrBudget("ChatCompletionRequest.ReasoningEffort", request.ReasoningEffort, "ChatCompletionRequest.Reasoning.MaxTokens", request.Reasoning?.MaxTokens);

        for (var i = 0; i < request.Messages!.Count; i++)
        {
            var message = request.Messages[i] ?? throw new ArgumentException($"ChatCompletionRequest.Messages[{i}] is null.", "request");
            if (message.Role == MessageRole.Tool && string.IsNullOrEmpty(message.ToolCallId))
            {
                throw new ArgumentException($"ChatCompletionRequest.Messages[{i}] has the tool role but no ToolCallId: a tool message must name the tool call it answers (ChatCompletionMessage.Tool(toolCallId, content)).", "request");
            }
        }

        if (request.Tools is { } tools)
        {
            for (var i = 0; i < tools.Count; i++)
            {
                var tool = tools[i] ?? throw new ArgumentException($"ChatCompletionRequest.Tools[{i}] is null.", "request");
                if (tool.Type == "function")
                {
                    FunctionName($"ChatCompletionRequest.Tools[{i}].Function.Name", tool.Function?.Name);
                }
                else if (string.IsNullOrWhiteSpace(tool.Type))
                {
                    throw new ArgumentException($"ChatCompletionRequest.Tools[{i}].Type is empty: use \"function\" or a server tool type such as \"openrouter:web_search\".", "request");
                }
            }
        }
    }

    public static void Validate(CompletionRequest request)
    {
        Range(nameof(CompletionRequest.Temperature), request.Temperature, 0, 2);
        Range(nameof(CompletionRequest.TopP), request.TopP, 0, 1);
        Range(nameof(CompletionRequest.TopK), request.TopK, 0, int.MaxValue);
        Range(nameof(CompletionRequest.FrequencyPenalty), request.FrequencyPenalty, -2, 2);
        Range(nameof(CompletionRequest.PresencePenalty), request.PresencePenalty, -2, 2);
        Range(nameof(CompletionRequest.RepetitionPenalty), request.RepetitionPenalty, 0, 2);
        Range(nameof(CompletionRequest.MinP), request.MinP, 0, 1);
        Range(nameof(CompletionRequest.TopA), request.TopA, 0, 1);
        Range(nameof(CompletionRequest.MaxTokens), request.MaxTokens, 1, int.MaxValue);
        Range(nameof(CompletionRequest.Logprobs), request.Logprobs, 0, 5);
        Effort("CompletionRequest.Reasoning.Effort", request.Reasoning?.Effort?.Value);
        EffortOrBudget("CompletionRequest.Reasoning.Effort", request.Reasoning?.Effort, "CompletionRequest.Reasoning.MaxTokens", request.Reasoning?.MaxTokens);
    }

    /// <summary>
    /// Refuses a reasoning effort together with a reasoning token budget: OpenRouter answers 400 to
    /// <c>reasoning.effort</c> (or its shorthand <c>reasoning_effort</c>) with <c>reasoning.max_tokens</c>.
    /// </summary>
    public static void EffortOrBudget(string effortName, ReasoningEffortLevel? effort, string budgetName, int? maxTokens, string paramName = "request")
    {
        if (effort?.Value is { } level && maxTokens is { } budget)
        {
            throw new ArgumentException(
                $"{effortName} is \"{level}\" and {budgetName} is {budget.ToString(CultureInfo.InvariantCulture)}, but OpenRouter rejects reasoning.effort together with reasoning.max_tokens (HTTP 400): set one of them, the effort for effort-based models or the token budget for budget-based ones.",
                paramName);
        }
    }

    private static void Range(string name, double? value, double min, double max)
    {
        if (value is { } v && (double.IsNaN(v) || v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(name, v, $"{name} is {v.ToString(CultureInfo.InvariantCulture)}, but OpenRouter accepts {Describe(min, max)}.");
        }
    }

    /// <summary>Refuses an integer outside <paramref name="min"/> to <paramref name="max"/> (<see cref="int.MaxValue"/>: no upper bound), naming it and the range.</summary>
    internal static void Range(string name, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(name, v, $"{name} is {v.ToString(CultureInfo.InvariantCulture)}, but OpenRouter accepts {Describe(min, max)}.");
        }
    }

    private static string Describe(double min, double max) =>
        max >= int.MaxValue ? $"{min.ToString(CultureInfo.InvariantCulture)} or more" : $"{min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Effort values are lowercase words on the wire (none, minimal, low, medium, high, xhigh, max, and any added later).</summary>
    private static void Effort(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            if (c is < 'a' or > 'z')
            {
                throw new ArgumentException($"{name} is \"{value}\", but OpenRouter's effort values are lowercase words: none, minimal, low, medium, high, xhigh or max.", "request");
            }
        }

        if (value.Length == 0)
        {
            throw new ArgumentException($"{name} is empty; use none, minimal, low, medium, high, xhigh or max.", "request");
        }
    }

    private static void FunctionName(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"{name} is empty: every function tool needs a name (letters, digits, '_' or '-', at most 64).", "request");
        }

        if (value!.Length > 64)
        {
            throw new ArgumentException($"{name} \"{value}\" is longer than the 64 characters OpenRouter allows.", "request");
        }

        foreach (var c in value)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-'))
            {
                throw new ArgumentException($"{name} \"{value}\" has the character '{c}'; OpenRouter allows letters, digits, '_' and '-' in tool names.", "request");
            }
        }
    }
}
