using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenRouter.Testing;

/// <summary>Plausible sample values for a slot, chosen from the words of its property name (<c>firstName</c>, <c>city</c>, <c>price</c>...).</summary>
/// <remarks>Items of an array get the value at their index (Paris, Lisbon, Oslo...), so items differ; everything is deterministic.</remarks>
internal static partial class PlausibleValues
{
    private static readonly string[] People = ["Ada Lovelace", "Alan Turing", "Grace Hopper"];

    private static readonly (string[] Keys, string[] Values)[] Strings =
    [
        (["email", "mail"], ["ada.lovelace@example.com", "alan.turing@example.com", "grace.hopper@example.com"]),
        (["phone", "mobile", "telephone", "fax"], ["+1-555-0100", "+1-555-0101", "+1-555-0102"]),
        (["first name", "given name", "firstname"], ["Ada", "Alan", "Grace"]),
        (["last name", "family name", "surname", "lastname"], ["Lovelace", "Turing", "Hopper"]),
        (["username", "user name", "handle", "login", "nickname"], ["ada", "alan", "grace"]),
        (["city", "town"], ["Paris", "Lisbon", "Oslo"]),
        (["country"], ["France", "Portugal", "Norway"]),
        (["street", "address"], ["12 Rue de Rivoli", "3 Rua Augusta", "7 Karl Johans gate"]),
        (["zip", "postal", "postcode"], ["75001", "1100-048", "0154"]),
        (["language", "locale", "lang"], ["English", "French", "Norwegian"]),
        (["currency"], ["EUR", "USD", "NOK"]),
        (["color", "colour"], ["blue", "green", "red"]),
        (["company", "organization", "organisation", "employer", "brand", "manufacturer", "publisher", "vendor"], ["Contoso", "Fabrikam", "Northwind"]),
        (["author", "owner", "person", "customer", "contact", "full name", "display name", "user"], People),
        (["title", "headline"], ["Notes on the Analytical Engine", "On Computable Numbers", "The Education of a Computer"]),
        (["status"], ["active", "pending", "done"]),
        (["type", "kind", "category", "genre"], ["general", "special", "other"]),
        (["date", "birthday", "dob"], ["2024-05-17", "2024-05-18", "2024-05-19"]),
    ];

    private static readonly HashSet<string> AnswerWords = new(StringComparer.Ordinal)
    {
        "answer", "reply", "response", "message", "text", "content", "output", "result", "summary", "explanation",
        "description", "details", "notes", "comment", "reason", "reasoning", "body", "bio",
    };

    private static readonly HashSet<string> PromptWords = new(StringComparer.Ordinal) { "question", "prompt", "query", "input", "request" };

    private static readonly HashSet<string> SubjectWords = new(StringComparer.Ordinal) { "name", "title", "subject", "topic" };

    /// <summary>
    /// A string for the slot: the prompt's subject for a top-level <c>name</c> or <c>title</c>, else from a table of
    /// common names, the answer or the prompt, else the name itself with the item's ordinal ("Ingredient 2").
    /// </summary>
    public static string Text(SampleSlot slot, SampleContext context)
    {
        var tokens = Tokens(slot.Name);
        if (slot.Depth == 1 && context.Subject is { } subject && tokens is [var only] && SubjectWords.Contains(only))
        {
            return subject;
        }

        if (tokens.Any(t => t is "url" or "uri" or "link" or "website" or "homepage" or "href"))
        {
            return Url(tokens, slot.Index);
        }

        var head = tokens.Count > 0 ? tokens[^1] : string.Empty;
        if ((tokens is ["name"] ? People : Lookup(tokens, head)) is { } values)
        {
            return values[slot.Index % values.Length];
        }

        if (AnswerWords.Contains(head))
        {
            return context.Answer;
        }

        if (PromptWords.Contains(head) && context.Prompt.Length > 0)
        {
            return context.Prompt;
        }

        if (Lookup(tokens, null) is { } anyWord)
        {
            return anyWord[slot.Index % anyWord.Length];
        }

        return Named(tokens, slot.Index);
    }

    /// <summary>The key of a map's <paramref name="ordinal"/>th sample entry: <c>count1</c> in <c>counts</c>.</summary>
    public static string Key(SampleSlot slot, int ordinal) =>
        (Tokens(Singular(slot.Name)) is { Count: > 0 } tokens ? string.Concat(tokens) : "key") + ordinal.ToString(CultureInfo.InvariantCulture);

    /// <summary>The singular of a property name, for the items of an array: <c>ingredients</c> gives <c>ingredient</c>.</summary>
    public static string? Singular(string? name) => name switch
    {
        null => null,
        _ when name.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && name.Length > 4 => name[..^3] + "y",
        _ when name.EndsWith("children", StringComparison.OrdinalIgnoreCase) => name[..^3],
        _ when EsPlural().IsMatch(name) => name[..^2],
        _ when name.EndsWith('s') && !name.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && name.Length > 3 => name[..^1],
        _ => name,
    };

    /// <summary>Strings to try against a <c>pattern</c>: the plausible one, then common shapes (time spans, codes, digits, words).</summary>
    public static IEnumerable<string> PatternCandidates(string text, SampleSlot slot)
    {
        var n = (slot.Index + 1).ToString(CultureInfo.InvariantCulture);
        return [text, "00:30:00", "01:00:00", n, "ABC" + n, "abc" + n, "abc", "ABC", "A", "a", text.ToUpperInvariant(), text.ToLowerInvariant(), string.Empty];
    }

    /// <summary>The lowercase words of a property name: <c>firstName</c>, <c>first_name</c> and <c>first-name</c> give first, name.</summary>
    internal static List<string> Tokens(string? name) =>
        name is null ? [] : WordPattern().Matches(name).Select(m => m.Value.ToLowerInvariant()).ToList();

    /// <summary>The table's values for the name's last word (<paramref name="head"/>), or with a null head for any of its words.</summary>
    private static string[]? Lookup(List<string> tokens, string? head)
    {
        foreach (var (keys, values) in Strings)
        {
            if (keys.Any(key => head is null ? key.Split(' ').All(tokens.Contains) : key == head))
            {
                return values;
            }
        }

        return null;
    }

    private static string Url(List<string> tokens, int index)
    {
        var path = string.Join("-", tokens.Where(t => t is not ("url" or "uri" or "link" or "href")));
        return "https://example.com/" + (path.Length == 0 ? "page" : path) + (index > 0 ? "/" + (index + 1).ToString(CultureInfo.InvariantCulture) : string.Empty);
    }

    /// <summary>The name in words with a number: <c>ingredient</c> gives "Ingredient 1"; <c>productName</c> gives "Product 1".</summary>
    private static string Named(List<string> tokens, int index)
    {
        var words = tokens.Count > 1 && SubjectWords.Contains(tokens[^1]) ? tokens.Take(tokens.Count - 1) : tokens;
        var text = string.Join(" ", words);
        text = text.Length == 0 ? "example" : char.ToUpperInvariant(text[0]) + text[1..];
        return text + " " + (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("(ss|x|ch|sh)es$", RegexOptions.IgnoreCase)]
    private static partial Regex EsPlural();
}
