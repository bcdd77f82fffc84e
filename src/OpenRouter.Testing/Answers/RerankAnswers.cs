using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>
/// <c>POST rerank</c>: each document scored against the query (mostly the share of the query's content words it
/// contains, partly the cosine of their hashed vectors), best first, with usage in search units and cost.
/// </summary>
internal static class RerankAnswers
{
    /// <summary>The documents one search unit covers (Cohere's billing).</summary>
    public const int DocumentsPerSearchUnit = 100;

    private const int VectorDimensions = 1024;

    public static RouteAnswer Answer(RouteRequest request)
    {
        var check = FieldCheck.Of(request.Record);
        var model = check.Model("rerank", "rerank");
        var query = check.String("query", required: true, nonEmpty: true) ?? string.Empty;
        var documents = Documents(check);
        var topN = check.Integer("top_n", 1, int.MaxValue);
        if (check.Problem is { } problem)
        {
            return RouteAnswer.Fail(400, problem);
        }

        var ranked = documents
            .Select((document, index) => (Document: document, Index: index, Score: Score(query, document.Text ?? string.Empty)))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Index)
            .Take(topN ?? documents.Count)
            .ToList();
        var units = (documents.Count + DocumentsPerSearchUnit - 1) / DocumentsPerSearchUnit;
        var tokens = (Usage.Tokens(query) * documents.Count) + documents.Sum(d => Usage.Tokens(d.Text ?? string.Empty));
        var known = ModelCatalogue.Find(model);
        var cost = known is null ? 0.002m * units : Usage.Price(known.RequestPrice) * units;
        var generation = request.Generation("rerank", model, tokens, 0, cost);
        return RouteAnswer.Json(JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", generation.Id);
            w.WriteString("model", generation.Model);
            w.WriteString("provider", generation.Provider);
            w.WriteStartArray("results");
            foreach (var (document, index, score) in ranked)
            {
                WriteResult(w, document, index, score);
            }

            w.WriteEndArray();
            w.WriteStartObject("usage");
            w.WriteNumber("search_units", units);
            w.WriteNumber("total_tokens", tokens);
            w.WriteNumber("cost", generation.Cost);
            w.WriteEndObject();
            w.WriteEndObject();
        }), generation);
    }

    /// <summary>
    /// The relevance of <paramref name="document"/> to <paramref name="query"/>, from 0 to 1: 0.8 × the share of the
    /// query's (stemmed) content words the document contains, plus 0.2 × the cosine of their vectors when positive.
    /// </summary>
    public static double Score(string query, string document)
    {
        var wanted = TextVectors.Words(query).Where(TextVectors.IsContentWord).Select(TextVectors.Stem).ToHashSet(StringComparer.Ordinal);
        var present = TextVectors.Words(document).Select(TextVectors.Stem).ToHashSet(StringComparer.Ordinal);
        var overlap = wanted.Count == 0 ? 0 : (double)wanted.Count(present.Contains) / wanted.Count;
        var cosine = TextVectors.Cosine(
            TextVectors.Vector(TextVectors.TextFeatures(query), VectorDimensions, query),
            TextVectors.Vector(TextVectors.TextFeatures(document), VectorDimensions, document));
        return Math.Round((0.8 * overlap) + (0.2 * Math.Max(0, cosine)), 6);
    }

    private static void WriteResult(Utf8JsonWriter w, RerankDocument document, int index, double score)
    {
        w.WriteStartObject();
        w.WriteNumber("index", index);
        w.WriteNumber("relevance_score", score);
        w.WriteStartObject("document");
        if (document.Text is not null)
        {
            w.WriteString("text", document.Text);
        }

        if (document.Image is not null)
        {
            w.WriteString("image", document.Image);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The documents: strings, or objects with <c>text</c> and/or <c>image</c>; at least one.</summary>
    private static List<RerankDocument> Documents(FieldCheck check)
    {
        var raw = check.Raw("documents");
        if (check.Problem is not null)
        {
            return [];
        }

        var documents = raw is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Select(Document).ToList() : [];
        if (documents.Count == 0 || documents.Any(d => d is null))
        {
            check.Fail("Invalid request: \"documents\" must be a non-empty array of strings or {\"text\", \"image\"} objects (at least one of the two).");
            return [];
        }

        return documents.Select(d => d!).ToList();
    }

    private static RerankDocument? Document(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return new RerankDocument(item.GetString(), null);
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var text = item.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var image = item.TryGetProperty("image", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        return text is null && image is null ? null : new RerankDocument(text, image);
    }

    private sealed record RerankDocument(string? Text, string? Image);
}
