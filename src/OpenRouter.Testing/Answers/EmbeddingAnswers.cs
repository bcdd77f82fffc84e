using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>
/// <c>POST embeddings</c>: one deterministic unit vector per input (<see cref="TextVectors"/>), as JSON floats or as
/// base64 of little-endian float32, with usage and cost at the catalogue's price.
/// </summary>
internal static class EmbeddingAnswers
{
    /// <summary>The vector length for a model the catalogue does not know.</summary>
    public const int DefaultDimensions = 1536;

    private const int MaxDimensions = 8192;

    public static RouteAnswer Answer(RouteRequest request)
    {
        var check = FieldCheck.Of(request.Record);
        var model = check.Model("embeddings", "embeddings");
        var inputs = EmbeddingInputs.Read(check);
        var format = check.Choice("encoding_format", "float", "base64") ?? "float";
        var known = ModelCatalogue.Find(model);
        var dimensions = Dimensions(check, model, known);
        check.String("input_type");
        check.String("user");
        CheckInputs(check, model, known, inputs);
        if (check.Problem is { } problem)
        {
            return RouteAnswer.Fail(400, problem);
        }

        var tokens = inputs.Sum(i => i.Tokens);
        var generation = request.Generation("embeddings", model, tokens, 0, Usage.Cost(model, tokens, 0));
        return RouteAnswer.Json(Body(generation, inputs, dimensions, format == "base64"), generation);
    }

    /// <summary>The vector length: <c>dimensions</c> when given and allowed, else the model's own.</summary>
    private static int Dimensions(FieldCheck check, string model, CatalogueModel? known)
    {
        var own = known?.EmbeddingDimensions ?? DefaultDimensions;
        var flexible = known is null || known.FlexibleDimensions;
        var requested = check.Integer("dimensions", 1, flexible ? (known is null ? MaxDimensions : own) : int.MaxValue);
        if (requested is { } value && !flexible && value != own)
        {
            check.Fail(string.Create(CultureInfo.InvariantCulture, $"Invalid request: {model} does not support \"dimensions\"; its vectors have {own}."));
        }

        return requested ?? own;
    }

    /// <summary>Each input must fit the model's context and use only the modalities it accepts.</summary>
    private static void CheckInputs(FieldCheck check, string model, CatalogueModel? known, List<EmbeddingInput> inputs)
    {
        if (known is null)
        {
            return;
        }

        foreach (var input in inputs)
        {
            if (input.TokensByModality.Keys.FirstOrDefault(m => !known.InputModalities.Contains(m, StringComparer.Ordinal)) is { } modality)
            {
                check.Fail($"Invalid request: {model} does not accept {modality} input.");
            }

            if (input.Tokens > known.ContextLength)
            {
                check.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"This model's maximum context length is {known.ContextLength} tokens; an input has {input.Tokens}."));
            }
        }
    }

    private static string Body(ResolvedAnswer generation, List<EmbeddingInput> inputs, int dimensions, bool base64) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", generation.Id);
        w.WriteString("object", "list");
        w.WriteStartArray("data");
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = TextVectors.Vector(inputs[i].Features, dimensions, inputs[i].Fallback);
            w.WriteStartObject();
            w.WriteString("object", "embedding");
            WriteVector(w, vector, base64);
            w.WriteNumber("index", i);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("model", generation.Model);
        WriteUsage(w, generation, inputs);
        w.WriteEndObject();
    });

    private static void WriteVector(Utf8JsonWriter w, float[] vector, bool base64)
    {
        if (base64)
        {
            var bytes = new byte[vector.Length * sizeof(float)];
            for (var i = 0; i < vector.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
            }

            w.WriteBase64String("embedding", bytes);
            return;
        }

        w.WriteStartArray("embedding");
        foreach (var value in vector)
        {
            w.WriteNumberValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary><c>usage</c>: tokens, cost, and (for inputs of two modalities or more) tokens per modality.</summary>
    private static void WriteUsage(Utf8JsonWriter w, ResolvedAnswer generation, List<EmbeddingInput> inputs)
    {
        w.WriteStartObject("usage");
        w.WriteNumber("prompt_tokens", generation.PromptTokens);
        w.WriteNumber("total_tokens", generation.PromptTokens);
        w.WriteNumber("cost", generation.Cost);
        w.WriteBoolean("is_byok", false);
        var byModality = inputs.SelectMany(i => i.TokensByModality)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);
        if (byModality.Count >= 2)
        {
            w.WriteStartObject("prompt_tokens_details");
            foreach (var (modality, tokens) in byModality.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteNumber(modality + "_tokens", tokens);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
