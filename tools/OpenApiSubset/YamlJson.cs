using System;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenRouter.Tools.OpenApiSubset;

/// <summary>
/// Converts a YAML node tree to JSON text. Quoted (and block) scalars stay strings; plain scalars follow the YAML 1.2
/// core schema: <c>null</c>/<c>~</c>/empty become null, <c>true</c>/<c>false</c> booleans, integers and floats numbers,
/// anything else a string. Explicit <c>!!str</c> tags force a string. Mapping keys are always strings.
/// </summary>
internal static partial class YamlJson
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static string ToJson(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parses a single YAML document and converts it (for tests of the converter itself).</summary>
    public static string ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ToJson(stream.Documents[0].RootNode);
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Children)
                {
                    var key = entry.Key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : entry.Key.ToString();
                    writer.WritePropertyName(key);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                throw new NotSupportedException($"Unsupported YAML node {node.NodeType} at {node.Start}.");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var forcedString = !scalar.Tag.IsEmpty && scalar.Tag.Value == StringTag;
        if (scalar.Style != ScalarStyle.Plain || forcedString)
        {
            writer.WriteStringValue(text);
            return;
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                writer.WriteNullValue();
                return;
            case "true" or "True" or "TRUE":
                writer.WriteBooleanValue(true);
                return;
            case "false" or "False" or "FALSE":
                writer.WriteBooleanValue(false);
                return;
        }

        if (IntegerPattern().IsMatch(text))
        {
            writer.WriteRawValue(BigInteger.Parse(text.TrimStart('+'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            return;
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            writer.WriteNumberValue(hex);
            return;
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && text.Length > 2 && text.AsSpan(2).IndexOfAnyExcept("01234567") < 0)
        {
            writer.WriteNumberValue(Convert.ToInt64(text.Substring(2), 8));
            return;
        }

        if (FloatPattern().IsMatch(text))
        {
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            {
                writer.WriteNumberValue(exact);
            }
            else
            {
                writer.WriteNumberValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            }

            return;
        }

        // .inf and .nan have no JSON form; like every other plain text they stay strings.
        writer.WriteStringValue(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
