using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>Builds a route request from typed options, OpenRouter-only settings and a raw request, and makes sure it names a model.</summary>
internal static class RouteModel
{
    /// <summary>
    /// <paramref name="typed"/> with <paramref name="properties"/> and <paramref name="raw"/> put over it (see
    /// <see cref="RouteRequestMerge"/>); when they blank the model, the client's default model; when there is none, an
    /// <see cref="System.InvalidOperationException"/> saying where to set one.
    /// </summary>
    public static T Build<T>(T typed, AdditionalPropertiesDictionary? properties, T? raw, string? defaultModelId, JsonTypeInfo<T> typeInfo, RouteOptionsShape shape, System.Func<T, string?> model)
        where T : class
    {
        var request = RouteRequestMerge.Merge(typed, properties, raw, typeInfo, shape);
        if (!string.IsNullOrWhiteSpace(model(request)))
        {
            return request;
        }

        if (string.IsNullOrWhiteSpace(defaultModelId))
        {
            throw shape.NoModel();
        }

        return RouteRequestMerge.Merge(request, new AdditionalPropertiesDictionary { ["model"] = defaultModelId }, null, typeInfo, shape);
    }

    /// <summary>The model the typed options name, else the default one (blank counts as none).</summary>
    public static string? Choose(string? modelId, string? defaultModelId) =>
        string.IsNullOrWhiteSpace(modelId) ? defaultModelId : modelId;
}
