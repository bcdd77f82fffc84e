using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.SemanticKernel;
using OpenRouter.Extensions.AI.Mapping;
using OpenRouter.Serialization;
using OpenRouter.Validation;

namespace OpenRouter.SemanticKernel;

/// <summary>Maps a prompt and <see cref="OpenRouterPromptExecutionSettings"/> to a legacy <c>completions</c> request.</summary>
internal static class TextRequestMapper
{
    public static CompletionRequest Create(string prompt, OpenRouterPromptExecutionSettings settings, string defaultModelId)
    {
        if (!string.IsNullOrWhiteSpace(settings.ReasoningEffort))
        {
            // reasoning_effort is the shorthand of reasoning.effort: with a reasoning.max_tokens budget OpenRouter answers 400.
            OpenRouter.Validation.RequestValidation.EffortOrBudget(
                "OpenRouterPromptExecutionSettings.ReasoningEffort (reasoning_effort)", new ReasoningEffortLevel(settings.ReasoningEffort!),
                "OpenRouterPromptExecutionSettings.Reasoning.MaxTokens (reasoning.max_tokens)", settings.Reasoning?.MaxTokens,
                "executionSettings");
        }

        // The completions fields without a typed setting (echo, suffix, n, usage, trace...) come from extension data, as chat takes them.
        return WireExtensionData.Apply(Map(prompt, settings, SettingsModel.For(settings, defaultModelId)), settings.ExtensionData, OpenRouterJsonContext.Default.CompletionRequest, "prompt", "stream");
    }

    private static CompletionRequest Map(string prompt, OpenRouterPromptExecutionSettings settings, string model) => new()
    {
        Model = model,
        Prompt = prompt,
        MaxTokens = settings.MaxTokens,
        Temperature = settings.Temperature,
        TopP = settings.TopP,
        TopK = settings.TopK,
        FrequencyPenalty = settings.FrequencyPenalty,
        PresencePenalty = settings.PresencePenalty,
        RepetitionPenalty = settings.RepetitionPenalty,
        MinP = settings.MinP,
        TopA = settings.TopA,
        Seed = settings.Seed,
        LogitBias = settings.LogitBias is null ? null : new Dictionary<string, double>(settings.LogitBias),
        Logprobs = settings.Logprobs == true ? settings.TopLogprobs ?? 0 : settings.Logprobs == false ? null : settings.TopLogprobs,
        Stop = settings.StopSequences?.ToList(),
        ResponseFormat = ToResponseFormat(settings.ResponseFormat),
        Reasoning = settings.Reasoning ?? (string.IsNullOrWhiteSpace(settings.ReasoningEffort) ? null : new ReasoningConfig { Effort = new ReasoningEffortLevel(settings.ReasoningEffort!) }),
        Provider = settings.Provider,
        Models = settings.Models?.ToList(),
        Transforms = settings.Transforms?.ToList(),
        Plugins = settings.Plugins?.ToList(),
        User = settings.User,
        SessionId = settings.SessionId,
        Metadata = settings.Metadata is null ? null : new Dictionary<string, string>(settings.Metadata),
        Preset = settings.Preset,
    };

    /// <summary>
    /// <c>"text"</c> and <c>"json_object"</c> by name; a JSON object either in the wire shape
    /// (<c>{"type":"json_schema","json_schema":{...}}</c>, or any object <see cref="IsWireShape"/> takes, read as it is)
    /// or as the schema itself.
    /// </summary>
    public static ResponseFormat? ToResponseFormat(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case ResponseFormat format:
                return format;
            case string name:
                return FromName(name);
            case JsonElement { ValueKind: JsonValueKind.String } element:
                return FromName(element.GetString()!);
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
                {
                    if (type.GetString() == "json_schema" && element.TryGetProperty("json_schema", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
                    {
                        return ResponseFormat.ForJsonSchema(
                            wrapped.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "response",
                            wrapped.TryGetProperty("schema", out var schema) ? schema.Clone() : default,
                            wrapped.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String ? description.GetString() : null,
                            wrapped.TryGetProperty("strict", out var strict) && strict.ValueKind is JsonValueKind.True or JsonValueKind.False ? strict.GetBoolean() : null);
                    }

                    if (type.GetString() is "text" or "json_object")
                    {
                        return FromName(type.GetString()!);
                    }
                }

                return IsWireShape(element)
                    ? element.Deserialize(OpenRouter.Serialization.OpenRouterJsonContext.Default.ResponseFormat)
                    : ResponseFormat.ForJsonSchema("response", element.Clone());
            default:
                throw new ArgumentException($"response_format must be \"text\", \"json_object\" or a JSON schema, not {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>
    /// True for a JSON object that is a response format in OpenRouter's own shape (a <c>json_schema</c> or
    /// <c>grammar</c> member, or the type <c>text</c> or <c>json_object</c>), false for a bare JSON schema.
    /// </summary>
    public static bool IsWireShape(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && (element.TryGetProperty("json_schema", out _)
            || element.TryGetProperty("grammar", out _)
            || (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is "text" or "json_object"));

    private static ResponseFormat FromName(string name) => name switch
    {
        "text" => ResponseFormat.Text,
        "json_object" or "json" => ResponseFormat.JsonObject,
        _ => throw new ArgumentException($"response_format \"{name}\" is not known; use \"text\", \"json_object\" or a JSON schema."),
    };
}
