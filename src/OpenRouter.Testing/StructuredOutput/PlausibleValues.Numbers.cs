using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OpenRouter.Testing;

/// <summary>Numbers, booleans and formatted strings.</summary>
internal static partial class PlausibleValues
{
    private static readonly (string[] Keys, decimal Value, decimal Step)[] Numbers =
    [
        (["age"], 36, 5),
        (["year"], 2024, 1),
        (["month"], 5, 1),
        (["day"], 17, 1),
        (["hour", "hours"], 9, 1),
        (["minute", "minutes"], 30, 5),
        (["latitude", "lat"], 48.8566m, 0.1m),
        (["longitude", "lon", "lng"], 2.3522m, 0.1m),
        (["temperature", "temp", "celsius"], 21.5m, 1),
        (["price", "cost", "amount", "fee", "salary", "balance", "subtotal"], 19.99m, 10),
        (["rating", "score", "stars"], 4.5m, -0.5m),
        (["percent", "percentage", "pct", "humidity"], 60, 5),
        (["probability", "confidence", "likelihood", "ratio"], 0.85m, 0.05m),
        (["population"], 2100000, 100000),
        (["count", "quantity", "qty", "number", "size", "length", "total", "servings"], 3, 1),
    ];

    private static readonly string[] FalseWords =
        ["deleted", "disabled", "archived", "hidden", "failed", "error", "blocked", "expired", "cancelled", "canceled", "locked", "private", "windy"];

    /// <summary>A number for the slot: from a table of common names (age 36, price 19.99...), else the item's ordinal.</summary>
    public static decimal Number(SampleSlot slot, bool integer)
    {
        var tokens = Tokens(slot.Name);
        var head = tokens.Count > 0 ? tokens[^1] : string.Empty;
        var entry = Numbers.FirstOrDefault(n => n.Keys.Contains(head));
        if (entry.Keys is null)
        {
            entry = Numbers.FirstOrDefault(n => n.Keys.Any(tokens.Contains));
        }

        var value = entry.Keys is null
            ? (integer ? 1 : 1.5m) + slot.Index
            : entry.Value + (entry.Step * slot.Index);
        return integer ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
    }

    /// <summary>True, except for names that say something went wrong or is switched off (<c>deleted</c>, <c>failed</c>...); items alternate.</summary>
    public static bool Boolean(SampleSlot slot)
    {
        var negative = Tokens(slot.Name).Any(FalseWords.Contains);
        return negative == (slot.Index % 2 == 1);
    }

    /// <summary>A string in a JSON Schema <c>format</c> (date-time, date, time, duration, email, uri, uuid, hostname, ipv4, ipv6), or null for others.</summary>
    /// <remarks>
    /// <c>time</c> is <c>09:30:00</c>, the shape <see cref="TimeOnly"/> reads (for which System.Text.Json's schema
    /// exporter writes this format); RFC 3339's full-time would add an offset, which <see cref="TimeOnly"/> rejects.
    /// </remarks>
    public static string? Formatted(string format, SampleSlot slot)
    {
        var day = (17 + (slot.Index % 10)).ToString(CultureInfo.InvariantCulture);
        return format switch
        {
            "date-time" => $"2024-05-{day}T09:30:00Z",
            "date" => $"2024-05-{day}",
            "time" => "09:30:00",
            "duration" => "PT1H30M",
            "email" or "idn-email" => Lookup(["email"], "email")![slot.Index % 3],
            "uri" or "iri" or "uri-reference" or "iri-reference" => Url(Tokens(slot.Name), slot.Index),
            "uuid" => Uuid(slot),
            "hostname" or "idn-hostname" => "example.com",
            "ipv4" => "192.0.2." + (10 + slot.Index).ToString(CultureInfo.InvariantCulture),
            "ipv6" => "2001:db8::" + (10 + slot.Index).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>A version-4-shaped UUID hashed from the slot's name and index, so it is the same on every run.</summary>
    private static string Uuid(SampleSlot slot)
    {
        var seed = (slot.Name ?? "id") + "#" + slot.Index.ToString(CultureInfo.InvariantCulture);
        var high = Fnv(seed);
        var low = Fnv(seed + "!");
        var hex = high.ToString("x16", CultureInfo.InvariantCulture) + low.ToString("x16", CultureInfo.InvariantCulture);
        return $"{hex[..8]}-{hex[8..12]}-4{hex[13..16]}-8{hex[17..20]}-{hex[20..32]}";
    }

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
