using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenRouter.Tests.WireFields;

/// <summary>
/// Finds the first difference between two objects of a wire type, or two JSON texts of one, and names it the way the
/// wire-field tests report it: the field (<c>Type.Property ("wire_name")</c>), where it sits
/// (<c>ChatCompletionChunk.Choices[1].Delta.Audio</c>), and what went wrong.
/// </summary>
internal static class WireCompare
{
    /// <summary>
    /// The first property (by reflection, recursively) where <paramref name="actual"/> differs from
    /// <paramref name="expected"/>, or non-empty extension data in <paramref name="actual"/>; null when there is none.
    /// </summary>
    /// <param name="expected">The value that was serialized.</param>
    /// <param name="actual">The value read back.</param>
    /// <param name="place">Who read it, for the message: "the hand-written chunk reader (ChatCompletionChunkReader)".</param>
    public static string? Objects(object expected, object actual, string place) =>
        Diff(expected, actual, expected.GetType().Name, null, null, place);

    /// <summary>
    /// The first difference between the JSON <paramref name="actual"/> wrote and the JSON <paramref name="expected"/>
    /// (keys, their order, values), named by the fields of <paramref name="root"/>; null when the texts are equal.
    /// </summary>
    /// <param name="place">Who wrote <paramref name="actual"/>, for the message.</param>
    public static string? Json(string expected, string actual, Type root, string place)
    {
        if (expected == actual)
        {
            return null;
        }

        return JsonDiff(JsonNode.Parse(expected), JsonNode.Parse(actual), root, root.Name, null, place)
            ?? $"{root.Name}: {place} wrote the same JSON as the serializer, but not the same bytes (escaping or number format).\nExpected: {expected}\nActual:   {actual}";
    }

    private static string? Diff(object? expected, object? actual, string path, WireMember? member, object? actualOwner, string place)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : Mismatch(path, member, actualOwner, expected, actual, place);
        }

        if (expected is JsonElement e && actual is JsonElement a)
        {
            return JsonElement.DeepEquals(e, a) ? null : Mismatch(path, member, actualOwner, expected, actual, place);
        }

        var type = expected.GetType();
        if (type != actual.GetType() && !(expected is IEnumerable && actual is IEnumerable))
        {
            return Mismatch(path, member, actualOwner, expected, actual, place);
        }

        if (type.IsValueType || expected is string)
        {
            return Equals(expected, actual) ? null : Mismatch(path, member, actualOwner, expected, actual, place);
        }

        if (expected is IDictionary expectedMap && actual is IDictionary actualMap)
        {
            foreach (DictionaryEntry entry in expectedMap)
            {
                if (!actualMap.Contains(entry.Key))
                {
                    return Mismatch(path, member, actualOwner, expected, actual, place);
                }

                if (Diff(entry.Value, actualMap[entry.Key], $"{path}[\"{entry.Key}\"]", member, actualOwner, place) is { } inner)
                {
                    return inner;
                }
            }

            return expectedMap.Count == actualMap.Count ? null : Mismatch(path, member, actualOwner, expected, actual, place);
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                return Mismatch(path, member, actualOwner, expected, actual, place);
            }

            for (var i = 0; i < left.Count; i++)
            {
                if (Diff(left[i], right[i], $"{path}[{i}]", member, actualOwner, place) is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        return ObjectDiff(expected, actual, type, path, place);
    }

    private static string? ObjectDiff(object expected, object actual, Type type, string path, string place)
    {
        var wire = WireMembers.Of(type).ToDictionary(m => m.Property.Name);
        var extension = WireMembers.ExtensionData(type);
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length > 0 || property == extension)
            {
                continue;
            }

            var member = wire.GetValueOrDefault(property.Name) ?? new WireMember(type, property, ContentWireName(type, property));
            if (Diff(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", member, actual, place) is { } difference)
            {
                return difference;
            }
        }

        if (extension?.GetValue(actual) is IDictionary { Count: > 0 } extra)
        {
            return $"{path}.AdditionalProperties: {place} put {string.Join(", ", extra.Keys.Cast<string>().Select(k => $"\"{k}\""))} in extension data; every field of a filled {type.Name} has a typed property.";
        }

        return null;
    }

    /// <summary>The wire name of a public property that is not itself a wire member (a message's content, a computed value).</summary>
    private static string ContentWireName(Type type, PropertyInfo property) =>
        type == typeof(ChatCompletionMessage) && property.Name is nameof(ChatCompletionMessage.Content) or nameof(ChatCompletionMessage.ContentParts)
            ? "content"
            : "(computed, not on the wire)";

    private static string Mismatch(string path, WireMember? member, object? actualOwner, object? expected, object? actual, string place)
    {
        var field = member is null ? path : $"{member} at {path}";
        if (member is not null && actualOwner is not null && IsUnset(actual)
            && WireMembers.ExtensionData(actualOwner.GetType())?.GetValue(actualOwner) is IDictionary extra && extra.Contains(member.WireName))
        {
            return $"{field}: {place} did not bind it; it landed in AdditionalProperties.";
        }

        return IsUnset(actual)
            ? $"{field}: {place} did not read it (got {Show(actual)}, the filled value is {Show(expected)})."
            : $"{field}: {place} read {Show(actual)}, the filled value is {Show(expected)}.";
    }

    private static bool IsUnset(object? value) =>
        value is null || (value.GetType().IsValueType && Equals(value, Activator.CreateInstance(value.GetType())));

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        JsonElement element => element.GetRawText(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        ICollection collection => $"{value.GetType().Name} of {collection.Count}",
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static string? JsonDiff(JsonNode? expected, JsonNode? actual, Type? type, string path, WireMember? member, string place)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        var field = member is null ? path : $"{member} at {path}";
        if (expected is JsonObject expectedObject && actual is JsonObject actualObject)
        {
            var members = type is not null && WireMembers.IsWireObject(type) ? WireMembers.Of(type).ToDictionary(m => m.WireName) : [];
            string Name(string key) => members.TryGetValue(key, out var m) ? $"{m} at {path}.{m.Property.Name}" : $"{path}[\"{key}\"]";

            var expectedKeys = expectedObject.Select(p => p.Key).ToList();
            var actualKeys = actualObject.Select(p => p.Key).ToList();
            if (expectedKeys.FirstOrDefault(k => !actualObject.ContainsKey(k)) is { } missing)
            {
                return $"{Name(missing)}: {place} did not write it.";
            }

            if (actualKeys.FirstOrDefault(k => !expectedObject.ContainsKey(k)) is { } extra)
            {
                return $"{Name(extra)}: {place} wrote it, the serializer does not.";
            }

            if (!expectedKeys.SequenceEqual(actualKeys))
            {
                var at = expectedKeys.Zip(actualKeys).First(p => p.First != p.Second);
                return $"{Name(at.First)}: {place} wrote \"{at.Second}\" where the serializer writes \"{at.First}\" (member order: the declaration's).";
            }

            foreach (var key in expectedKeys)
            {
                var next = members.GetValueOrDefault(key);
                var childPath = next is null ? $"{path}[\"{key}\"]" : $"{path}.{next.Property.Name}";
                if (JsonDiff(expectedObject[key], actualObject[key], next is null ? null : next.Property.PropertyType, childPath, next ?? member, place) is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        if (expected is JsonArray expectedArray && actual is JsonArray actualArray)
        {
            if (expectedArray.Count != actualArray.Count)
            {
                return $"{field}: {place} wrote {actualArray.Count} items, the serializer {expectedArray.Count}.";
            }

            var element = type is null ? null : ElementType(type);
            for (var i = 0; i < expectedArray.Count; i++)
            {
                if (JsonDiff(expectedArray[i], actualArray[i], element, $"{path}[{i}]", member, place) is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        return JsonNode.DeepEquals(expected, actual)
            ? null
            : $"{field}: {place} wrote {actual?.ToJsonString() ?? "null"} where the serializer writes {expected?.ToJsonString() ?? "null"}.";
    }

    private static Type? ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type).Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>)).Select(t => t.GetGenericArguments()[0]).FirstOrDefault();
    }
}
