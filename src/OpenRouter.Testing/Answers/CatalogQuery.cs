using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace OpenRouter.Testing;

/// <summary>The query of the catalog routes: modality and parameter filters, <c>offset</c>/<c>limit</c> paging, the models list body.</summary>
internal static class CatalogQuery
{
    /// <summary>The <c>{data, links, total_count}</c> body of <paramref name="filtered"/>, paged as the query asks; a 400 for a malformed page.</summary>
    public static RouteAnswer ModelList(RecordedRequest record, List<CatalogueModel> filtered, string linkPath)
    {
        var query = QueryHelpers.ParseQuery(record.QueryString);
        if (PagingProblem(query, out var offset, out var limit) is { } problem)
        {
            return RouteAnswer.Fail(400, problem);
        }

        var (page, next) = Page(filtered, query, offset, limit, linkPath);
        return RouteAnswer.Json(JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var model in page)
            {
                ModelCatalogue.WriteModel(w, model);
            }

            w.WriteEndArray();
            w.WriteStartObject("links");
            w.WriteStringOrNull("next", next);
            w.WriteEndObject();
            w.WriteNumber("total_count", filtered.Count);
            w.WriteEndObject();
        }));
    }

    /// <summary>The catalogue models that match the <c>output_modalities</c> (text by default), <c>input_modalities</c> and <c>supported_parameters</c> filters.</summary>
    public static List<CatalogueModel> FilterModels(Dictionary<string, StringValues> query)
    {
        IEnumerable<CatalogueModel> models = ModelCatalogue.Models;
        var outputs = SplitList(query, "output_modalities") ?? ["text"];
        if (!outputs.Contains("all", StringComparer.OrdinalIgnoreCase))
        {
            models = models.Where(m => m.OutputModalities.Any(o => outputs.Contains(o, StringComparer.OrdinalIgnoreCase)));
        }

        if (SplitList(query, "input_modalities") is { } inputs)
        {
            models = models.Where(m => inputs.All(i => m.InputModalities.Contains(i, StringComparer.OrdinalIgnoreCase)));
        }

        if (SplitList(query, "supported_parameters") is { } required)
        {
            models = models.Where(m => required.All(p => m.SupportedParameters.Contains(p, StringComparer.OrdinalIgnoreCase)));
        }

        return models.ToList();
    }

    /// <summary>Reads the <c>offset</c> and <c>limit</c> of the query; returns the 400 message when one is malformed, otherwise null.</summary>
    public static string? PagingProblem(Dictionary<string, StringValues> query, out int? offset, out int? limit)
    {
        offset = null;
        limit = null;
        if (query.TryGetValue("offset", out var offsetText))
        {
            if (!int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return "Invalid query: \"offset\" must be an integer >= 0.";
            }

            offset = value;
        }

        if (query.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 1000)
            {
                return "Invalid query: \"limit\" must be an integer from 1 to 1000.";
            }

            limit = value;
        }

        return null;
    }

    /// <summary>One page of <paramref name="filtered"/> (all of it when the query asks for no page) and the link to the next page, if any.</summary>
    public static (List<T> Page, string? Next) Page<T>(List<T> filtered, Dictionary<string, StringValues> query, int? offset, int? limit, string linkPath)
    {
        if (offset is null && limit is null)
        {
            return (filtered, null);
        }

        var skip = offset ?? 0;
        var take = limit ?? 500;
        var page = filtered.Skip(skip).Take(take).ToList();
        if (skip + take >= filtered.Count)
        {
            return (page, null);
        }

        var nextQuery = query
            .Where(p => p.Key is not ("offset" or "limit"))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
            .Append(new("offset", (skip + take).ToString(CultureInfo.InvariantCulture)))
            .Append(new("limit", take.ToString(CultureInfo.InvariantCulture)));
        return (page, QueryHelpers.AddQueryString(linkPath, nextQuery));
    }

    public static string[]? SplitList(Dictionary<string, StringValues> query, string name) =>
        query.TryGetValue(name, out var values)
            ? values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray()
            : null;
}
