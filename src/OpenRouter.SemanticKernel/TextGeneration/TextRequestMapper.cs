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

        return WithExtensionData(Map(prompt, settings, ModelFor(settings, defaultModelId)), settings.ExtensionData);
    }

    /// <summary>The settings' <c>ModelId</c>, else <c>model</c> in their extension data (as chat reads it), else the service's model.</summary>
    private static string ModelFor(OpenRouterPromptExecutionSettings settings, string defaultModelId)
    {
        if (!string.IsNullOrWhiteSpace(settings.ModelId))
        {
            return settings.ModelId!;
        }

        object? named = null;
        return settings.ExtensionData?.TryGetValue("model", out named) == true
            && AdditionalPropertiesReader.ToJsonNode(named) is JsonValue value && value.TryGetValue<string>(out var model) && !string.IsNullOrWhiteSpace(model)
            ? model
            : defaultModelId;
    }

    /// <summary>
    /// <paramref name="request"/> with the completions fields that have no typed setting (<c>echo</c>, <c>suffix</c>,
    /// <c>n</c>, <c>usage</c>, <c>trace</c>...) taken from extension data under their wire names, as chat takes them.
    /// </summary>
    /// <remarks>A field the typed settings set is kept. Found by <c>WireFieldsTextSettingsTests</c>.</remarks>
    private static CompletionRequest WithExtensionData(CompletionRequest request, IDictionary<string, object>? data)
    {
        if (data is not { Count: > 0 })
        {
            return request;
        }

        var typeInfo = OpenRouterJsonContext.Default.CompletionRequest;
        JsonObject? body = null;
        foreach (var property in typeInfo.Properties)
        {
            if (property.IsExtensionData || property.Name is "prompt" or "stream" || !data.TryGetValue(property.Name, out var value) || value is null)
            {
                continue;
            }

            body ??= JsonSerializer.SerializeToNode(request, typeInfo)!.AsObject();
            if (!body.ContainsKey(property.Name))
            {
                body[property.Name] = AdditionalPropertiesReader.ToJsonNode(value);
            }
        }

        try
        {
            return body is null ? request : body.Deserialize(typeInfo)!;
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"An execution setting is not a valid value for its OpenRouter completions field ({ex.Message}).", "executionSettings", ex);
        }
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
