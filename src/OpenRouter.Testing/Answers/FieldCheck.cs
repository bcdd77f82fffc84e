using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>
/// Reads the fields of a JSON request body the way OpenRouter checks them, keeping the first problem found: after one,
/// every read returns <see langword="null"/> and <see cref="Problem"/> says what is wrong (the 400 message).
/// </summary>
internal sealed class FieldCheck
{
    private readonly JsonElement _body;

    private FieldCheck(JsonElement body, string? problem)
    {
        _body = body;
        Problem = problem;
    }

    /// <summary>Gets the first problem, or <see langword="null"/> while the body is fine.</summary>
    public string? Problem { get; private set; }

    /// <summary>A check of the request's JSON body; a body that is not a JSON object is the first problem.</summary>
    public static FieldCheck Of(RecordedRequest record) => record.Json switch
    {
        { ValueKind: JsonValueKind.Object } json => new FieldCheck(json, null),
        null => new FieldCheck(default, "Invalid request: the body is not valid JSON."),
        _ => new FieldCheck(default, "Invalid request: the body must be a JSON object."),
    };

    /// <summary>A check of fields gathered into a JSON object (e.g. the plain fields of a form).</summary>
    public static FieldCheck Of(JsonElement fields) => new(fields, null);

    /// <summary>The raw value of <paramref name="name"/>, or <see langword="null"/> when it is absent, null or after a problem.</summary>
    public JsonElement? Raw(string name) =>
        Problem is null && _body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The required <c>model</c>; a known model must serve <paramref name="modality"/> (its output modality).</summary>
    public string Model(string modality, string route)
    {
        if (Raw("model") is not { ValueKind: JsonValueKind.String } value || value.GetString() is not { Length: > 0 } model)
        {
            Fail("No model specified: set \"model\" (the emulator has no account default model).");
            return string.Empty;
        }

        if (ModelCatalogue.Find(model) is { } known && !known.OutputModalities.Contains(modality, StringComparer.Ordinal))
        {
            Fail($"Model {model} cannot serve {route}: its outputs are {string.Join(", ", known.OutputModalities)}.");
        }

        return model;
    }

    /// <summary>A string field; <paramref name="required"/> makes absence a problem; an empty string is one when <paramref name="nonEmpty"/>.</summary>
    public string? String(string name, bool required = false, bool nonEmpty = false)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return required ? Fail<string>($"Input required: \"{name}\" is missing.") : null;
        }

        if (raw.Value.ValueKind != JsonValueKind.String)
        {
            return Fail<string>($"Invalid request: \"{name}\" must be a string.");
        }

        var text = raw.Value.GetString()!;
        return nonEmpty && text.Length == 0 ? Fail<string>($"Invalid request: \"{name}\" must not be empty.") : text;
    }

    /// <summary>A string field that must be one of <paramref name="allowed"/> when present.</summary>
    public string? Choice(string name, params string[] allowed)
    {
        var text = String(name);
        return text is null || allowed.Contains(text, StringComparer.Ordinal)
            ? text
            : Fail<string>($"Invalid request: \"{name}\" must be one of {string.Join(", ", allowed.Select(a => "\"" + a + "\""))}; got \"{text}\".");
    }

    /// <summary>An integer field from <paramref name="min"/> to <paramref name="max"/> when present.</summary>
    public int? Integer(string name, int min, int max)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return null;
        }

        if (raw.Value.ValueKind != JsonValueKind.Number || !raw.Value.TryGetInt64(out var value))
        {
            Fail($"Invalid request: \"{name}\" must be an integer.");
            return null;
        }

        if (value < min || value > max)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"Invalid request: \"{name}\" must be from {min} to {max}; got {value}."));
            return null;
        }

        return (int)value;
    }

    /// <summary>A number field above <paramref name="above"/> and at most <paramref name="max"/> when present.</summary>
    public double? Number(string name, double above, double max)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return null;
        }

        if (raw.Value.ValueKind != JsonValueKind.Number || !raw.Value.TryGetDouble(out var value) || value <= above || value > max)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"Invalid request: \"{name}\" must be a number above {above} and at most {max}."));
            return null;
        }

        return value;
    }

    /// <summary>An array field whose items are strings from <paramref name="allowed"/>; empty when absent.</summary>
    public IReadOnlyList<string> Choices(string name, params string[] allowed)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return [];
        }

        if (raw.Value.ValueKind != JsonValueKind.Array
            || raw.Value.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String || !allowed.Contains(i.GetString(), StringComparer.Ordinal)))
        {
            return Fail<IReadOnlyList<string>>($"Invalid request: \"{name}\" must be an array of {string.Join(", ", allowed.Select(a => "\"" + a + "\""))}.") ?? [];
        }

        return raw.Value.EnumerateArray().Select(i => i.GetString()!).ToList();
    }

    /// <summary>Records <paramref name="problem"/> unless an earlier one was found.</summary>
    public void Fail(string problem) => Problem ??= problem;

    private T? Fail<T>(string problem)
        where T : class
    {
        Fail(problem);
        return null;
    }
}
