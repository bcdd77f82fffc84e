using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.SemanticKernel;
using OpenRouter;

namespace OpenRouter.SemanticKernel;

/// <summary>The JSON conversions of execution settings.</summary>
/// <remarks>
/// Source-generated metadata covers our settings, the base <see cref="PromptExecutionSettings"/> and the values
/// commonly found in its extension data; reflection is added only where the application allows it (for other
/// connectors' settings types and unusual extension-data values).
/// </remarks>
internal static class SettingsJson
{
    /// <summary>
    /// Permissive reading (trailing commas, comments, any casing, numbers and booleans written as strings, as YAML
    /// prompt templates deliver them), like Semantic Kernel's own settings conversion.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Returns <paramref name="executionSettings"/> as <typeparamref name="T"/>: a new instance for null, the same
    /// instance when it already is one, otherwise a copy made through JSON.
    /// </summary>
    /// <remarks>
    /// The copy carries extension data and the typed properties of other connectors' settings under the same JSON
    /// names; <see cref="PromptExecutionSettings.FunctionChoiceBehavior"/>, <see cref="PromptExecutionSettings.ModelId"/>
    /// and <see cref="PromptExecutionSettings.ServiceId"/> are kept.
    /// </remarks>
    /// <exception cref="ArgumentException">A value cannot be read as the matching setting of <typeparamref name="T"/>.</exception>
    public static T From<T>(PromptExecutionSettings? executionSettings)
        where T : PromptExecutionSettings, new()
    {
        switch (executionSettings)
        {
            case null:
                return new T();
            case T settings:
                return settings;
        }

        T? converted;
        try
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(executionSettings, TypeInfoFor(executionSettings.GetType()));
            converted = (T?)JsonSerializer.Deserialize(json, Options.GetTypeInfo(typeof(T)));
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The execution settings cannot be read as {typeof(T).Name}: {e.Message}", nameof(executionSettings), e);
        }

        converted ??= new T();
        converted.ModelId = executionSettings.ModelId;
        converted.ServiceId = executionSettings.ServiceId;
        converted.FunctionChoiceBehavior = executionSettings.FunctionChoiceBehavior;
        return converted;
    }

    /// <summary>
    /// Our settings as plain <see cref="PromptExecutionSettings"/> whose extension data holds every set property under
    /// its JSON name. Semantic Kernel's <c>ToChatOptions</c> reads exactly that, without serializing our type itself
    /// (which it could only do by reflection).
    /// </summary>
    /// <remarks>The settings <c>ToChatOptions</c> would narrow travel in <c>extra_body</c> (<see cref="NarrowedSettings"/>).</remarks>
    public static PromptExecutionSettings ToBaseSettings(OpenRouterPromptExecutionSettings settings)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(settings, Options.GetTypeInfo(typeof(OpenRouterPromptExecutionSettings)));
        var result = (PromptExecutionSettings?)JsonSerializer.Deserialize(json, Options.GetTypeInfo(typeof(PromptExecutionSettings))) ?? new PromptExecutionSettings();
        result.ModelId = settings.ModelId;
        result.ServiceId = settings.ServiceId;
        result.FunctionChoiceBehavior = settings.FunctionChoiceBehavior;
        NarrowedSettings.MoveToExtraBody(result.ExtensionData);
        return result;
    }

    /// <summary>
    /// The function choice behavior is copied by reference by the callers: it holds state JSON loses (the functions),
    /// and Semantic Kernel's behavior types cannot be created by source-generated metadata.
    /// </summary>
    private static void SkipFunctionChoiceBehavior(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !typeof(PromptExecutionSettings).IsAssignableFrom(typeInfo.Type))
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Name == "function_choice_behavior")
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }

    private static JsonTypeInfo TypeInfoFor(Type type)
    {
        if (Options.TryGetTypeInfo(type, out var typeInfo))
        {
            return typeInfo;
        }

        // Without reflection a settings type we do not know is read through its base: extension data, model and
        // service ids survive, the derived type's own properties do not.
        return Options.GetTypeInfo(typeof(PromptExecutionSettings));
    }

#if NET
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflection is used only when the application enables it (JsonSerializer.IsReflectionEnabledByDefault).")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reflection is used only when the application enables it (JsonSerializer.IsReflectionEnabledByDefault).")]
#endif
    private static JsonSerializerOptions CreateOptions()
    {
        IJsonTypeInfoResolver resolver = JsonSerializer.IsReflectionEnabledByDefault
            ? JsonTypeInfoResolver.Combine(OpenRouterSemanticKernelJsonContext.Default, new DefaultJsonTypeInfoResolver())
            : OpenRouterSemanticKernelJsonContext.Default;
        var options = new JsonSerializerOptions(OpenRouterSemanticKernelJsonContext.Default.Options)
        {
            TypeInfoResolver = resolver.WithAddedModifier(SkipFunctionChoiceBehavior),
        };
        options.MakeReadOnly();
        return options;
    }
}

[JsonSourceGenerationOptions(
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = new[] { typeof(OpenRouter.Serialization.LenientBooleanJsonConverter) })]
[JsonSerializable(typeof(OpenRouterPromptExecutionSettings))]
[JsonSerializable(typeof(PromptExecutionSettings))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(float))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(object[]))]
[JsonSerializable(typeof(List<object>))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, double>))]
[JsonSerializable(typeof(ProviderPreferences))]
[JsonSerializable(typeof(ReasoningConfig))]
[JsonSerializable(typeof(ChatPlugin))]
[JsonSerializable(typeof(List<ChatPlugin>))]
[JsonSerializable(typeof(ChatCompletionTool))]
[JsonSerializable(typeof(List<ChatCompletionTool>))]
[JsonSerializable(typeof(OpenRouterTextToImageExecutionSettings))]
[JsonSerializable(typeof(OpenRouterAudioToTextExecutionSettings))]
[JsonSerializable(typeof(OpenRouterTextToAudioExecutionSettings))]
[JsonSerializable(typeof(ImageProviderPreferences))]
[JsonSerializable(typeof(ProviderPassthroughOptions))]
internal sealed partial class OpenRouterSemanticKernelJsonContext : JsonSerializerContext;
