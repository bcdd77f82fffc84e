using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter.Serialization;

// Registered for the whole context: numbers may arrive as JSON numbers, as strings ("12", "0.0000003", "1e-7"),
// as fractional values where an integer is expected (truncated), or as null where the spec says required (read as 0).
// Writing is the normal number form.

/// <summary>Lenient <see cref="int"/> reading.</summary>
internal sealed class LenientInt32JsonConverter : JsonConverter<int>
{
    public override bool HandleNull => true;

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientNumbers.ReadInt32(ref reader);

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Lenient <see cref="long"/> reading.</summary>
internal sealed class LenientInt64JsonConverter : JsonConverter<long>
{
    public override bool HandleNull => true;

    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientNumbers.ReadInt64(ref reader);

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Lenient <see cref="double"/> reading.</summary>
internal sealed class LenientDoubleJsonConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LenientNumbers.ReadDouble(ref reader) ?? 0d;

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Lenient <see cref="decimal"/> reading (invariant culture, exponent forms accepted).</summary>
internal sealed class LenientDecimalJsonConverter : JsonConverter<decimal>
{
    public override bool HandleNull => true;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return 0m;
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out var value))
                {
                    return value;
                }

                return LenientNumbers.ParseDecimal(JsonReading.RawText(ref reader)) ?? throw new JsonException("The number does not fit a decimal.");
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return 0m;
                }

                return LenientNumbers.ParseDecimal(text!) ?? throw new JsonException($"'{text}' is not a number.");
            default:
                throw new JsonException($"Expected a number, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

internal static class LenientNumbers
{
    /// <summary>An <see cref="int"/> as the context reads it: fractions cut, out-of-range values clamped, null as 0. The hand-written readers call this too.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        var number = ReadDouble(ref reader);
        return number is null ? 0 : (int)Math.Max(int.MinValue, Math.Min(int.MaxValue, Math.Truncate(number.Value)));
    }

    /// <summary>A <see cref="long"/> as the context reads it: fractions cut, out-of-range values clamped, null as 0. The hand-written readers call this too.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return value;
        }

        var number = ReadDouble(ref reader);
        return number is null ? 0 : (long)Math.Max(long.MinValue, Math.Min(long.MaxValue, Math.Truncate(number.Value)));
    }

    public static double? ReadDouble(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.GetDouble();
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                throw new JsonException($"'{text}' is not a number.");
            default:
                throw new JsonException($"Expected a number, got {reader.TokenType}.");
        }
    }

    public static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>
/// Lenient <see cref="bool"/> reading: <c>true</c> / <c>false</c>, or the same words as a string (any casing), which is
/// how YAML prompt templates and configuration files hand booleans over.
/// </summary>
internal sealed class LenientBooleanJsonConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String when bool.TryParse(reader.GetString(), out var parsed):
                return parsed;
            default:
                throw new JsonException($"Expected true or false, found {(reader.TokenType == JsonTokenType.String ? "\"" + reader.GetString() + "\"" : reader.TokenType.ToString())}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
