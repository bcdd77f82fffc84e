using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>
/// Reads the <c>input</c> of an embeddings request in every shape the spec allows: a string, strings, token ids, arrays
/// of token ids, or <c>{content: [parts]}</c> objects with text, image, audio, video and file parts.
/// </summary>
internal static class EmbeddingInputs
{
    public const int MaxInputs = 2048;

    private const string Shapes = "a string, an array of strings, an array of token ids, an array of token-id arrays, or an array of {\"content\": [...]} objects";

    public static List<EmbeddingInput> Read(FieldCheck check)
    {
        var raw = check.Raw("input");
        if (check.Problem is not null)
        {
            return [];
        }

        switch (raw)
        {
            case null:
                check.Fail("Input required: \"input\" must be " + Shapes + ".");
                return [];
            case { ValueKind: JsonValueKind.String } text when text.GetString() is { Length: > 0 } value:
                return [EmbeddingInput.Text(value)];
            case { ValueKind: JsonValueKind.Array } array:
                return ReadArray(check, array.EnumerateArray().ToList());
            default:
                check.Fail("Invalid request: \"input\" must be " + Shapes + " (strings must not be empty).");
                return [];
        }
    }

    private static List<EmbeddingInput> ReadArray(FieldCheck check, List<JsonElement> items)
    {
        if (items.Count == 0 || items.Count > MaxInputs)
        {
            check.Fail(string.Create(CultureInfo.InvariantCulture, $"Invalid request: \"input\" must have from 1 to {MaxInputs} items; got {items.Count}."));
            return [];
        }

        var kind = items[0].ValueKind;
        if (items.Any(i => i.ValueKind != kind))
        {
            check.Fail("Invalid request: \"input\" must be " + Shapes + "; its items are of different kinds.");
            return [];
        }

        List<EmbeddingInput?> inputs = kind switch
        {
            JsonValueKind.String => items.Select(i => i.GetString() is { Length: > 0 } text ? EmbeddingInput.Text(text) : null).ToList(),
            JsonValueKind.Number => [TokenIds(items)],
            JsonValueKind.Array => items.Select(i => TokenIds(i.EnumerateArray().ToList())).ToList(),
            JsonValueKind.Object => items.Select(i => Multimodal(check, i)).ToList(),
            _ => [null],
        };
        if (inputs.Any(i => i is null))
        {
            check.Fail("Invalid request: \"input\" must be " + Shapes + " (strings and arrays must not be empty, token ids are integers >= 0).");
            return [];
        }

        return inputs.Select(i => i!).ToList();
    }

    /// <summary>Token ids as an input (each id a word, and each pair of neighbours), or <see langword="null"/> when they are not ids.</summary>
    private static EmbeddingInput? TokenIds(List<JsonElement> ids)
    {
        if (ids.Count == 0 || ids.Any(i => i.ValueKind != JsonValueKind.Number || !i.TryGetInt64(out var id) || id < 0))
        {
            return null;
        }

        var values = ids.Select(i => i.GetInt64().ToString(CultureInfo.InvariantCulture)).ToList();
        var input = new EmbeddingInput { Fallback = string.Join(",", values) };
        input.Features.AddRange(values.Select(v => ("id:" + v, 1f)));
        input.Features.AddRange(values.Zip(values.Skip(1), (a, b) => ("ids:" + a + "," + b, 0.5f)));
        input.AddTokens("text", values.Count);
        return input;
    }

    /// <summary>A <c>{content: [parts]}</c> input, or <see langword="null"/> (after noting the problem) when a part is malformed.</summary>
    private static EmbeddingInput? Multimodal(FieldCheck check, JsonElement item)
    {
        if (!item.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array || content.GetArrayLength() == 0)
        {
            check.Fail("Invalid request: each input object needs a non-empty \"content\" array.");
            return null;
        }

        var input = new EmbeddingInput();
        foreach (var part in content.EnumerateArray())
        {
            if (Part(input, part) is { } problem)
            {
                check.Fail("Invalid request: " + problem);
                return null;
            }
        }

        return input;
    }

    /// <summary>Adds one content part to <paramref name="input"/>; returns what is wrong with it, or <see langword="null"/>.</summary>
    private static string? Part(EmbeddingInput input, JsonElement part)
    {
        var type = part.ValueKind == JsonValueKind.Object && part.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        switch (type)
        {
            case "text" when part.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } value:
                input.AddText(value);
                return null;
            case "image_url" when Nested(part, "image_url", "url") is { Length: > 0 } url:
                return AddMedia(input, "image", url, 258);
            case "input_audio" when Nested(part, "input_audio", "data") is { Length: > 0 } data:
                return AddMedia(input, "audio", data, Math.Max(1, data.Length / 1000));
            case "input_video" when Nested(part, "input_video", "data") is { Length: > 0 } data:
                return AddMedia(input, "video", data, Math.Max(1, data.Length / 500));
            case "input_file" when Nested(part, "input_file", "data") is { Length: > 0 } data:
                return AddMedia(input, "file", data, Math.Max(1, data.Length / 4));
            default:
                return "a content part must be {\"type\":\"text\",\"text\"}, {\"type\":\"image_url\",\"image_url\":{\"url\"}}, or input_audio, input_video, input_file with {\"data\"}.";
        }
    }

    private static string? AddMedia(EmbeddingInput input, string modality, string data, int tokens)
    {
        // The same media gives the same features, so an image embeds close to itself and its captioned variants.
        input.Features.Add((modality + ":" + TextVectors.Hash(data).ToString("x16", CultureInfo.InvariantCulture), 1f));
        input.AddTokens(modality, tokens);
        input.Fallback += modality;
        return null;
    }

    private static string? Nested(JsonElement part, string name, string field) =>
        part.TryGetProperty(name, out var media) && media.ValueKind == JsonValueKind.Object
        && media.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
