using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenRouter.Testing;

/// <summary>Numbers and strings.</summary>
internal sealed partial class SchemaInstanceGenerator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>A plausible number for the slot, moved inside the bounds and onto <c>multipleOf</c>.</summary>
    private static bool TryNumber(JsonElement schema, SampleSlot slot, bool integer, out JsonNode? value)
    {
        var number = PlausibleValues.Number(slot, integer);
        var (low, lowExclusive) = Bound(schema, "minimum", "exclusiveMinimum");
        var (high, highExclusive) = Bound(schema, "maximum", "exclusiveMaximum");
        if (integer)
        {
            (low, high) = (low is { } l0 ? Math.Ceiling(l0) : null, high is { } h0 ? Math.Floor(h0) : null);
        }

        value = null;
        if (low > high || (low == high && (lowExclusive || highExclusive)))
        {
            return false;
        }

        var gap = integer ? 1m : low is { } l && high is { } h ? (h - l) / 2 : 1m;
        if (low is { } floor && (number < floor || (lowExclusive && number == floor)))
        {
            number = floor + (lowExclusive ? gap : 0);
        }

        if (high is { } ceiling && (number > ceiling || (highExclusive && number == ceiling)))
        {
            number = ceiling - (highExclusive ? gap : 0);
        }

        if (SchemaKeywords.Number(schema, "multipleOf") is { } step && step > 0)
        {
            var stepped = Math.Ceiling(number / step) * step;
            number = high is { } top && stepped > top ? Math.Floor(number / step) * step : stepped;
        }

        value = integer ? JsonValue.Create((long)Math.Round(number)) : JsonValue.Create(number);
        return true;
    }

    /// <summary>A bound and whether it is exclusive: draft 6+ numeric <c>exclusiveMinimum</c>, or draft 4's boolean flag.</summary>
    private static (decimal? Value, bool Exclusive) Bound(JsonElement schema, string inclusive, string exclusive)
    {
        var plain = SchemaKeywords.Number(schema, inclusive);
        if (SchemaKeywords.Number(schema, exclusive) is { } strict && (plain is null || (inclusive == "minimum" ? strict >= plain : strict <= plain)))
        {
            return (strict, true);
        }

        var flag = schema.TryGetProperty(exclusive, out var e) && e.ValueKind == JsonValueKind.True;
        return (plain, flag && plain is not null);
    }

    /// <summary>A plausible string for the slot, in the schema's <c>format</c>, matching its <c>pattern</c> when one of the candidates does, within its lengths.</summary>
    private bool TryString(JsonElement schema, SampleSlot slot, out JsonNode? value)
    {
        var format = SchemaKeywords.String(schema, "format");
        var text = (format is null ? null : PlausibleValues.Formatted(format, slot)) ?? PlausibleValues.Text(slot, _context);
        if (SchemaKeywords.String(schema, "pattern") is { } pattern)
        {
            text = PlausibleValues.PatternCandidates(text, slot).FirstOrDefault(c => Matches(pattern, c)) ?? text;
        }

        var min = SchemaKeywords.Count(schema, "minLength") ?? 0;
        var max = SchemaKeywords.Count(schema, "maxLength") ?? int.MaxValue;
        value = null;
        if (min > max)
        {
            return false;
        }

        while (text.Length < min)
        {
            text += text.Length == 0 ? "x" : " " + text;
        }

        if (text.Length > max)
        {
            text = text[..max].TrimEnd() is var cut && cut.Length >= Math.Max(min, 1) ? cut : text[..max];
        }

        value = JsonValue.Create(text);
        return true;
    }

    private static bool Matches(string pattern, string candidate)
    {
        try
        {
            return Regex.IsMatch(candidate, pattern, RegexOptions.None, PatternTimeout);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
