using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenRouter.Tests.Contract;

/// <summary>Finds the documented examples of a response and checks that our types keep their values.</summary>
internal static class SpecExamples
{
    /// <summary>
    /// The examples of one response: <c>example</c> and every <c>examples.*.value</c> of the media type, then the
    /// <c>example</c> of its schema (inline, or the referenced component), each labelled with where it was found.
    /// </summary>
    public static IReadOnlyList<(string Label, JsonElement Value)> ForResponse(string path, string method, string status, string mediaType = "application/json")
    {
        var operation = OpenApiSpec.Operation(path, method);
        Assert.True(operation.GetProperty("responses").TryGetProperty(status, out var response), $"{method.ToUpperInvariant()} {path} documents no {status} response.");
        response = OpenApiSpec.Deref(response);
        var media = default(JsonElement);
        Assert.True(response.TryGetProperty("content", out var content) && content.TryGetProperty(mediaType, out media), $"{method.ToUpperInvariant()} {path} {status} has no {mediaType} content.");

        var label = $"{method.ToUpperInvariant()} {path} {status} {mediaType}";
        var found = new List<(string, JsonElement)>();
        if (media.TryGetProperty("example", out var example))
        {
            found.Add((label + " example", example));
        }

        if (media.TryGetProperty("examples", out var examples))
        {
            foreach (var named in examples.EnumerateObject())
            {
                if (OpenApiSpec.Deref(named.Value).TryGetProperty("value", out var value))
                {
                    found.Add((label + " examples." + named.Name, value));
                }
            }
        }

        if (media.TryGetProperty("schema", out var schema))
        {
            var name = schema.TryGetProperty("$ref", out var reference) ? reference.GetString()! : "inline schema";
            if (OpenApiSpec.Deref(schema).TryGetProperty("example", out var schemaExample))
            {
                found.Add((label + " schema example (" + name + ")", schemaExample));
            }
        }

        Assert.True(found.Count > 0, $"{label} has no example.");
        return found;
    }

    /// <summary>Deserializes an example and checks that serializing the result gives back every value of the example.</summary>
    public static T ParseAndRoundTrip<T>(string label, JsonElement example, JsonTypeInfo<T> typeInfo)
    {
        T? parsed;
        try
        {
            parsed = example.Deserialize(typeInfo);
        }
        catch (JsonException exception)
        {
            throw new Xunit.Sdk.XunitException($"{label} does not parse as {typeof(T).Name}: {exception.Message}\n{example.GetRawText()}");
        }

        Assert.True(parsed is not null, $"{label} parsed as null.");
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(parsed, typeInfo));
        var differences = new List<string>();
        CompareSubset(example, written.RootElement, "$", differences);
        Assert.True(differences.Count == 0, $"{label}: values lost or changed by a parse/serialize round trip through {typeof(T).Name}:\n  {string.Join("\n  ", differences)}");
        return parsed!;
    }

    /// <summary>The value at a dotted path of an example (<c>usage.prompt_tokens</c>, <c>choices.0.index</c>).</summary>
    public static JsonElement At(JsonElement element, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                element = element[int.Parse(segment, CultureInfo.InvariantCulture)];
            }
            else
            {
                Assert.True(element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out element), $"The example has no {path}.");
            }
        }

        return element;
    }

    /// <summary>The value at a path, or null when the example does not have it (or has null there).</summary>
    public static JsonElement? Maybe(JsonElement element, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < element.GetArrayLength())
            {
                element = element[index];
            }
            else if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.Null ? null : element;
    }

    public static string? Str(JsonElement element, string path) => Maybe(element, path)?.GetString();

    public static decimal? Num(JsonElement element, string path) => Maybe(element, path)?.GetDecimal();

    public static bool? Bool(JsonElement element, string path) => Maybe(element, path)?.GetBoolean();

    /// <summary>Every non-null value of <paramref name="expected"/> must be in <paramref name="actual"/>, numbers compared by value.</summary>
    private static void CompareSubset(JsonElement expected, JsonElement actual, string path, List<string> differences)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    differences.Add($"{path}: expected an object, got {actual.ValueKind}");
                    return;
                }

                foreach (var property in expected.EnumerateObject())
                {
                    if (actual.TryGetProperty(property.Name, out var value))
                    {
                        CompareSubset(property.Value, value, path + "." + property.Name, differences);
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        differences.Add($"{path}.{property.Name}: missing after the round trip (expected {property.Value.GetRawText()})");
                    }
                }

                break;
            case JsonValueKind.Array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != expected.GetArrayLength())
                {
                    differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                    return;
                }

                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    CompareSubset(expected[i], actual[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", differences);
                }

                break;
            case JsonValueKind.Number:
                if (actual.ValueKind != JsonValueKind.Number || !NumbersEqual(expected, actual))
                {
                    differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                }

                break;
            case JsonValueKind.Null:
                if (actual.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
                {
                    differences.Add($"{path}: expected null, got {actual.GetRawText()}");
                }

                break;
            case JsonValueKind.String:
                // Compared by value: the same text may be escaped differently ("->" or "-\u003E").
                if (actual.ValueKind != JsonValueKind.String || !string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal))
                {
                    differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                }

                break;
            default:
                if (expected.ValueKind != actual.ValueKind || !string.Equals(expected.GetRawText(), actual.GetRawText(), StringComparison.Ordinal))
                {
                    differences.Add($"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                }

                break;
        }
    }

    private static bool NumbersEqual(JsonElement left, JsonElement right) =>
        left.TryGetDecimal(out var a) && right.TryGetDecimal(out var b)
            ? a == b
            : left.GetDouble().Equals(right.GetDouble());
}
