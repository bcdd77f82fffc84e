using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using OpenRouter;
using OpenRouter.Serialization;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>
/// Reads OpenRouter-only settings out of <see cref="ChatOptions.AdditionalProperties"/>: keys that are OpenRouter wire
/// names become the matching request fields.
/// </summary>
/// <remarks>
/// Wire names are <c>provider</c>, <c>models</c>, <c>plugins</c>, <c>min_p</c> and the like; the value may take any
/// form (a core object, a dictionary, a <see cref="JsonElement"/>, a primitive, a list). Keys that are not OpenRouter
/// wire names are left alone: other libraries put their own settings there.
/// </remarks>
internal static class AdditionalPropertiesReader
{
    /// <summary>Top-level wire fields OpenRouter documents that the core request does not model as properties.</summary>
    private static readonly string[] s_unmodelledWireNames = ["stream_options", "prompt_cache_options", "stop_server_tools_when", "x_search_filter"];

    /// <summary>Wire names that must come from elsewhere.</summary>
    private static readonly string[] s_refused = ["messages", "stream"];

    private static readonly Dictionary<string, string> s_wireNames = BuildWireNames();

    /// <summary>The canonical wire name for <paramref name="key"/>, or null when it is not an OpenRouter request field.</summary>
    public static string? WireName(string key) => s_wireNames.TryGetValue(key, out var name) ? name : null;

    /// <summary>The request fields the options' additional properties ask for, or null when there are none.</summary>
    public static ChatCompletionRequest? Read(AdditionalPropertiesDictionary? properties, out bool? strict)
    {
        strict = null;
        if (properties is null || properties.Count == 0)
        {
            return null;
        }

        JsonObject? wire = null;
        foreach (var pair in properties)
        {
            if (string.Equals(pair.Key, "strict", StringComparison.OrdinalIgnoreCase))
            {
                strict = ReadBool(pair.Value, pair.Key);
                continue;
            }

            if (string.Equals(pair.Key, "extra_body", StringComparison.OrdinalIgnoreCase))
            {
                MergeExtraBody(wire ??= [], pair.Value);
                continue;
            }

            var name = WireName(pair.Key);
            if (name is null)
            {
                continue;
            }

            if (s_refused.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{pair.Key}\"] cannot be used: pass messages to the call, and call GetStreamingResponseAsync to stream.", nameof(properties));
            }

            wire ??= [];
            wire[name] = ToJsonNode(pair.Value);
        }

        if (wire is null)
        {
            return null;
        }

        ReadWebSearchParameters(wire);
        return Deserialize(wire);
    }

    /// <summary>Merges the entries of <c>extra_body</c> into the request body.</summary>
    private static void MergeExtraBody(JsonObject wire, object? value)
    {
        if (ToJsonNode(value) is not JsonObject extra)
        {
            throw new ArgumentException("ChatOptions.AdditionalProperties[\"extra_body\"] must be an object (a dictionary or a JSON object) whose entries are merged into the request body.", "properties");
        }

        foreach (var field in extra)
        {
            wire[field.Key] = field.Value?.DeepClone();
        }
    }

    /// <summary>
    /// Reads the <c>parameters</c> of web search server tools in <c>tools</c> by their types, so that untyped values (a
    /// YAML template's <c>max_results: 3</c> arrives as <c>"3"</c>) go on the wire as numbers and booleans.
    /// </summary>
    private static void ReadWebSearchParameters(JsonObject wire)
    {
        if (wire["tools"] is not JsonArray tools)
        {
            return;
        }

        foreach (var tool in tools)
        {
            if (tool is JsonObject entry && entry["parameters"] is JsonObject parameters
                && entry["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == ChatCompletionTool.WebSearchType)
            {
                try
                {
                    var typed = parameters.Deserialize(OpenRouterJsonContext.Default.WebSearchToolParameters);
                    entry["parameters"] = JsonSerializer.SerializeToNode(typed, OpenRouterJsonContext.Default.WebSearchToolParameters);
                }
                catch (JsonException ex)
                {
                    throw new ArgumentException($"ChatOptions.AdditionalProperties[\"tools\"] has an {ChatCompletionTool.WebSearchType} tool whose parameters do not fit its options ({ex.Message}).", ex);
                }
            }
        }
    }

    private static ChatCompletionRequest Deserialize(JsonObject wire)
    {
        try
        {
            return wire.Deserialize(OpenRouterJsonContext.Default.ChatCompletionRequest) ?? new ChatCompletionRequest();
        }
        catch (JsonException)
        {
            // Find the key at fault so that the message can name it.
            foreach (var field in wire)
            {
                try
                {
                    new JsonObject { [field.Key] = field.Value?.DeepClone() }.Deserialize(OpenRouterJsonContext.Default.ChatCompletionRequest);
                }
                catch (JsonException inner)
                {
                    throw new ArgumentException(
                        $"ChatOptions.AdditionalProperties[\"{field.Key}\"] is not a valid value for OpenRouter's \"{field.Key}\" field ({inner.Message}). Pass the typed OpenRouter object (for example a ProviderPreferences for \"provider\"), or a dictionary or JSON value with the wire shape.",
                        inner);
                }
            }

            throw;
        }
    }

    private static bool? ReadBool(object? value, string key) => value switch
    {
        null => null,
        bool b => b,
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        string s when bool.TryParse(s, out var parsed) => parsed,
        _ => throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{key}\"] must be true or false."),
    };

    /// <summary>A float as the double its decimal text means (0.7f becomes 0.7, not 0.699999988).</summary>
    public static double ToDouble(float value) =>
        double.Parse(value.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Converts any value a caller (or a JSON round trip, or Semantic Kernel) may have put in the options into JSON.</summary>
    public static JsonNode? ToJsonNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : JsonNode.Parse(element.GetRawText()),
        JsonDocument document => JsonNode.Parse(document.RootElement.GetRawText()),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int or long or short or byte or sbyte or ushort or uint or ulong => JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        float single => JsonValue.Create(ToDouble(single)),
        double number => JsonValue.Create(number),
        decimal money => JsonValue.Create(money),
        Enum => JsonValue.Create(value.ToString()),
        IDictionary dictionary => ToJsonObject(dictionary),
        IEnumerable<KeyValuePair<string, object?>> pairs => ToJsonObject(pairs),
        _ => ObjectToJsonNode(value),
    };

    private static JsonObject ToJsonObject(IDictionary dictionary)
    {
        var result = new JsonObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = ToJsonNode(entry.Value);
        }

        return result;
    }

    private static JsonObject ToJsonObject(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var result = new JsonObject();
        foreach (var pair in pairs)
        {
            result[pair.Key] = ToJsonNode(pair.Value);
        }

        return result;
    }

    /// <summary>An OpenRouter type through our JSON context, a list item by item, anything else through M.E.AI's JSON settings.</summary>
    private static JsonNode? ObjectToJsonNode(object value)
    {
        var type = value.GetType();
        var typeInfo = OpenRouterJsonContext.Default.GetTypeInfo(type);
        if (typeInfo is not null)
        {
            return JsonSerializer.SerializeToNode(value, typeInfo);
        }

        if (value is IEnumerable items)
        {
            var array = new JsonArray();
            foreach (var item in items)
            {
                array.Add(ToJsonNode(item));
            }

            return array;
        }

        JsonTypeInfo fallback;
        try
        {
            fallback = AIJsonUtilities.DefaultOptions.GetTypeInfo(type);
        }
        catch (NotSupportedException ex)
        {
            throw new ArgumentException($"A value of type {type} in the options' AdditionalProperties cannot be turned into JSON here; pass a JsonElement, a dictionary, a primitive or an OpenRouter type instead.", ex);
        }

        return JsonSerializer.SerializeToNode(value, fallback);
    }

    private static Dictionary<string, string> BuildWireNames()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in OpenRouterJsonContext.Default.ChatCompletionRequest.Properties)
        {
            if (!property.IsExtensionData)
            {
                names[property.Name] = property.Name;
            }
        }

        foreach (var name in s_unmodelledWireNames)
        {
            names[name] = name;
        }

        return names;
    }
}
