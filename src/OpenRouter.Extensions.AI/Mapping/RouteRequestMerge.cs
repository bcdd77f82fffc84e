using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>
/// Puts OpenRouter-only settings over a request of the embeddings, images, speech or transcription route built from typed
/// options: wire-named <c>AdditionalProperties</c>, then the request a <c>RawRepresentationFactory</c> returned.
/// </summary>
/// <remarks>
/// Precedence per field, as for chat: the raw request's set fields, then the additional properties whose keys are the
/// request type's wire names (any case; <c>extra_body</c> merges its entries into the body), then the typed options.
/// The merge works on the request's JSON form through the core's own contract, so every wire field the core declares
/// takes part and a field added to the core needs no code here. Keys that are not wire names are left alone.
/// </remarks>
internal static class RouteRequestMerge
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, string>> s_wireNames = new();

    /// <summary>The merged request, or <paramref name="typed"/> itself when there is nothing to put over it.</summary>
    /// <param name="typed">The request built from the typed options.</param>
    /// <param name="properties">The options' additional properties; may be null.</param>
    /// <param name="raw">The request the options' raw representation factory returned; may be null.</param>
    /// <param name="typeInfo">The core's JSON contract of the request type.</param>
    /// <param name="shape">The options type's name and the wire fields that must come from elsewhere.</param>
    public static T Merge<T>(T typed, AdditionalPropertiesDictionary? properties, T? raw, JsonTypeInfo<T> typeInfo, RouteOptionsShape shape)
        where T : class
    {
        if (properties is not { Count: > 0 } && raw is null)
        {
            return typed;
        }

        var wire = ToObject(typed, typeInfo);
        var wireNames = s_wireNames.GetOrAdd(typeof(T), _ => WireNames(typeInfo));
        foreach (var pair in properties ?? [])
        {
            if (string.Equals(pair.Key, "extra_body", StringComparison.OrdinalIgnoreCase))
            {
                MergeExtraBody(wire, pair.Value, shape);
            }
            else if (wireNames.TryGetValue(pair.Key, out var name))
            {
                shape.ThrowIfRefused(name, $"{shape.OptionsName}.AdditionalProperties[\"{pair.Key}\"]");
                wire[name] = AdditionalPropertiesReader.ToJsonNode(pair.Value);
            }
        }

        if (raw is not null)
        {
            foreach (var field in ToObject(raw, typeInfo).ToList())
            {
                shape.ThrowIfRefused(field.Key, $"The request {shape.OptionsName}.RawRepresentationFactory returned (\"{field.Key}\")");
                wire[field.Key] = field.Value?.DeepClone();
            }
        }

        return Deserialize(wire, typeInfo, shape);
    }

    /// <summary>The wire names of <paramref name="typeInfo"/>'s properties, looked up in any case.</summary>
    internal static Dictionary<string, string> WireNames(JsonTypeInfo typeInfo)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in typeInfo.Properties)
        {
            if (!property.IsExtensionData)
            {
                names[property.Name] = property.Name;
            }
        }

        return names;
    }

    private static JsonObject ToObject<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.SerializeToNode(value, typeInfo) as JsonObject ?? [];

    private static void MergeExtraBody(JsonObject wire, object? value, RouteOptionsShape shape)
    {
        if (AdditionalPropertiesReader.ToJsonNode(value) is not JsonObject extra)
        {
            throw new ArgumentException($"{shape.OptionsName}.AdditionalProperties[\"extra_body\"] must be an object (a dictionary or a JSON object) whose entries are merged into the request body.");
        }

        foreach (var field in extra)
        {
            shape.ThrowIfRefused(field.Key, $"{shape.OptionsName}.AdditionalProperties[\"extra_body\"][\"{field.Key}\"]");
            wire[field.Key] = field.Value?.DeepClone();
        }
    }

    private static T Deserialize<T>(JsonObject wire, JsonTypeInfo<T> typeInfo, RouteOptionsShape shape)
    {
        try
        {
            return wire.Deserialize(typeInfo) ?? throw new JsonException("The request is null.");
        }
        catch (JsonException)
        {
            // Find the field at fault so that the message can name it.
            foreach (var field in wire)
            {
                try
                {
                    new JsonObject { [field.Key] = field.Value?.DeepClone() }.Deserialize(typeInfo);
                }
                catch (JsonException inner)
                {
                    throw new ArgumentException(
                        $"{shape.OptionsName}.AdditionalProperties[\"{field.Key}\"] is not a valid value for OpenRouter's \"{field.Key}\" field ({inner.Message}). Pass the typed OpenRouter object, or a dictionary or JSON value with the wire shape.",
                        inner);
                }
            }

            throw;
        }
    }
}
