using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenRouter.Testing;

/// <summary>
/// The catalog routes beside <c>GET models</c>: embedding and image models, providers, the model count and the
/// zero-data-retention endpoints, all drawn from <see cref="ModelCatalogue"/> so that they agree with it.
/// </summary>
internal static class CatalogAnswers
{
    /// <summary><c>GET embeddings/models</c>: the embedding models in the models-list shape, with <c>offset</c>/<c>limit</c>.</summary>
    public static RouteAnswer EmbeddingModels(RouteRequest request) =>
        CatalogQuery.ModelList(request.Record, ModelCatalogue.Models.Where(m => m.OutputModalities.Contains("embeddings")).ToList(), "/api/v1/embeddings/models");

    /// <summary><c>GET models/count</c>: how many models <c>GET models</c> lists for the same <c>output_modalities</c>.</summary>
    public static RouteAnswer ModelCount(RouteRequest request)
    {
        var count = CatalogQuery.FilterModels(QueryHelpers.ParseQuery(request.Record.QueryString)).Count;
        return RouteAnswer.Json(JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteNumber("count", count);
            w.WriteEndObject();
            w.WriteEndObject();
        }));
    }

    /// <summary><c>GET providers</c>: every provider of a catalogue endpoint with its policies and places.</summary>
    public static RouteAnswer Providers(RouteRequest request) => RouteAnswer.Json(JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("data");
        foreach (var (name, slug) in ProviderCatalogue.Providers())
        {
            var (headquarters, datacenters) = ProviderCatalogue.Place(name);
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("slug", slug);
            w.WriteString("privacy_policy_url", $"https://example.com/{slug}/privacy");
            w.WriteString("terms_of_service_url", $"https://example.com/{slug}/terms");
            w.WriteNull("status_page_url");
            w.WriteStringOrNull("headquarters", headquarters);
            if (datacenters is null)
            {
                w.WriteNull("datacenters");
            }
            else
            {
                w.WriteStringArray("datacenters", datacenters);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }));

    /// <summary><c>GET endpoints/zdr</c>: the catalogue endpoints of providers that keep no data, in the public endpoint shape.</summary>
    public static RouteAnswer ZdrEndpoints(RouteRequest request) => RouteAnswer.Json(JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("data");
        foreach (var model in ModelCatalogue.Models)
        {
            foreach (var endpoint in model.Endpoints.Where(e => ProviderCatalogue.KeepsNoData(e.ProviderName)))
            {
                ModelCatalogue.WriteEndpoint(w, model, endpoint, authenticated: true);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }));

    /// <summary><c>GET images/models</c>: the image generation models with their parameters and a link to their endpoints.</summary>
    public static RouteAnswer ImageModels(RouteRequest request) => RouteAnswer.Json(JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("data");
        foreach (var model in ModelCatalogue.Models.Where(m => m.ImageOutputPrice is not null))
        {
            w.WriteStartObject();
            w.WriteString("id", model.Id);
            w.WriteString("name", model.Name);
            w.WriteString("description", model.Description);
            w.WriteNumber("created", model.Created);
            w.WriteStartObject("architecture");
            w.WriteStringArray("input_modalities", model.InputModalities);
            w.WriteStringArray("output_modalities", model.OutputModalities);
            w.WriteEndObject();
            WriteCapabilities(w, model);
            w.WriteBoolean("supports_streaming", model.SupportsStreaming);
            w.WriteString("endpoints", $"/api/v1/images/models/{model.Id}/endpoints");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }));

    /// <summary><c>GET images/models/{author}/{slug}/endpoints</c>: per provider, the parameters, streaming and prices; 404 for other models.</summary>
    public static RouteAnswer ImageModelEndpoints(RouteRequest request)
    {
        var segments = request.Record.Path.Split('/');
        var id = segments[2] + "/" + segments[3];
        if (ModelCatalogue.Find(id) is not { ImageOutputPrice: not null } model)
        {
            return RouteAnswer.Fail(404, $"No image model {id}.");
        }

        return RouteAnswer.Json(JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", model.Id);
            w.WriteStartArray("endpoints");
            foreach (var endpoint in model.Endpoints)
            {
                WriteImageEndpoint(w, model, endpoint);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    private static void WriteImageEndpoint(Utf8JsonWriter w, CatalogueModel model, CatalogueEndpoint endpoint)
    {
        w.WriteStartObject();
        w.WriteString("provider_name", endpoint.ProviderName);
        w.WriteString("provider_slug", endpoint.Tag.Split('/')[0]);
        w.WriteString("provider_tag", endpoint.Tag);
        WriteCapabilities(w, model);
        w.WriteStartArray("allowed_passthrough_parameters");
        w.WriteEndArray();
        w.WriteBoolean("supports_streaming", model.SupportsStreaming);
        w.WriteStartArray("pricing");
        WritePrice(w, "output_image", "image", model.ImageOutputPrice);
        WritePrice(w, "input_image", "image", model.ImagePrice);
        WritePrice(w, "input_text", "token", model.Prompt);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePrice(Utf8JsonWriter w, string billable, string unit, string? price)
    {
        var usd = Usage.Price(price);
        if (usd == 0)
        {
            return;
        }

        w.WriteStartObject();
        w.WriteString("billable", billable);
        w.WriteString("unit", unit);
        w.WriteNumber("cost_usd", usd);
        w.WriteEndObject();
    }

    /// <summary><c>supported_parameters</c> as capability descriptors: <c>{type: enum, values}</c>, <c>{type: range, min, max}</c>, <c>{type: boolean}</c>.</summary>
    private static void WriteCapabilities(Utf8JsonWriter w, CatalogueModel model)
    {
        w.WriteStartObject("supported_parameters");
        foreach (var capability in model.ImageCapabilities)
        {
            w.WriteStartObject(capability.Name);
            w.WriteString("type", capability.Type);
            if (capability.Values is { } values)
            {
                w.WriteStringArray("values", values);
            }
            else if (capability.Type == "range")
            {
                w.WriteNumber("min", capability.Min);
                w.WriteNumber("max", capability.Max);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
