using OpenRouter.Extensions.AI.Mapping;
using MeaiProperties = Microsoft.Extensions.AI.AdditionalPropertiesDictionary;

namespace OpenRouter.SemanticKernel;

/// <summary>The <c>Metadata</c> of a transcript: usage, cost and the serving provider, and the language, duration and segments of a <c>verbose_json</c> answer.</summary>
internal static class TranscriptionMetadata
{
    public static MeaiProperties From(TranscriptionResponse response)
    {
        var metadata = new MeaiProperties();
        if (response.Usage is { } usage)
        {
            metadata[OpenRouterMetadataKeys.Usage] = RouteResponseFacts.Usage(usage.InputTokens, usage.OutputTokens, usage.TotalTokens, usage.Cost, null, null);
            Set(metadata, OpenRouterMetadataKeys.Cost, usage.Cost);
        }

        Set(metadata, OpenRouterMetadataKeys.Provider, RouteResponseFacts.Text(response.AdditionalProperties, "provider"));
        Set(metadata, OpenRouterMetadataKeys.Language, response.Language);
        Set(metadata, OpenRouterMetadataKeys.Duration, response.Duration);
        Set(metadata, OpenRouterMetadataKeys.Segments, response.Segments);
        return metadata;
    }

    private static void Set(MeaiProperties metadata, string key, object? value)
    {
        if (value is not null)
        {
            metadata[key] = value;
        }
    }
}
