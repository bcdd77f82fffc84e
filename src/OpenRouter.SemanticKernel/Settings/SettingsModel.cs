using System.Text.Json.Nodes;
using Microsoft.SemanticKernel;
using OpenRouter.Extensions.AI.Mapping;

namespace OpenRouter.SemanticKernel;

/// <summary>The model a call uses: the settings' <c>ModelId</c>, else <c>model</c> in their extension data, else the service's model.</summary>
internal static class SettingsModel
{
    public static string For(PromptExecutionSettings settings, string defaultModelId)
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
}
