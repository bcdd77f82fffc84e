using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenRouter.Extensions.AI.Mapping;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// Completes a request with the fields no typed setting set, taken from <c>PromptExecutionSettings.ExtensionData</c>
/// under their wire names.
/// </summary>
/// <remarks>
/// The fields are the request type's own JSON properties, so a field the core adds reaches the wire without a change
/// here. A field the typed settings set is kept; keys that are not wire fields of the request are left alone.
/// </remarks>
internal static class WireExtensionData
{
    /// <summary><paramref name="request"/> with the wire fields of <paramref name="data"/> it lacks, except <paramref name="excluded"/>.</summary>
    /// <exception cref="ArgumentException">A value does not fit its field.</exception>
    public static TRequest Apply<TRequest>(TRequest request, IDictionary<string, object>? data, JsonTypeInfo<TRequest> typeInfo, params string[] excluded)
        where TRequest : class
    {
        if (data is not { Count: > 0 })
        {
            return request;
        }

        JsonObject? body = null;
        foreach (var property in typeInfo.Properties)
        {
            if (property.IsExtensionData || excluded.Contains(property.Name, StringComparer.Ordinal) || !data.TryGetValue(property.Name, out var value) || value is null)
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
            throw new ArgumentException($"An execution setting is not a valid value for its OpenRouter field ({ex.Message}).", "executionSettings", ex);
        }
    }
}
