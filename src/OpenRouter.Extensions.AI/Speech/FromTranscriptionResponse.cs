using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Mapping;

namespace OpenRouter.Extensions.AI.Speech;

/// <summary>Maps an OpenRouter <see cref="TranscriptionResponse"/> to Microsoft.Extensions.AI's <see cref="SpeechToTextResponse"/>.</summary>
[Experimental("MEAI001")]
internal static class FromTranscriptionResponse
{
    /// <summary>The text; usage with the cost; start and end times from <c>verbose_json</c> segments (or words); language and duration as properties.</summary>
    public static SpeechToTextResponse ToResponse(TranscriptionResponse response, string? model)
    {
        var usage = response.Usage;
        var properties = RouteResponseFacts.Properties(null, RouteResponseFacts.Text(response.AdditionalProperties, "provider"), usage?.Cost, null, null);
        if (!string.IsNullOrEmpty(response.Language))
        {
            (properties ??= [])[OpenRouterPropertyNames.Language] = response.Language;
        }

        if (response.Duration is { } duration)
        {
            (properties ??= [])[OpenRouterPropertyNames.Duration] = duration;
        }

        return new SpeechToTextResponse([new TextContent(response.Text ?? string.Empty) { RawRepresentation = response }])
        {
            ModelId = model,
            StartTime = Seconds(response.Segments is { Count: > 0 } segments ? segments[0].Start : response.Words is { Count: > 0 } words ? words[0].Start : null),
            EndTime = Seconds(response.Segments is { Count: > 0 } last ? last[last.Count - 1].End : response.Words is { Count: > 0 } lastWords ? lastWords[lastWords.Count - 1].End : null),
            Usage = usage is null ? null : RouteResponseFacts.Usage(usage.InputTokens, usage.OutputTokens, usage.TotalTokens, usage.Cost, null, null),
            RawRepresentation = response,
            AdditionalProperties = properties,
        };
    }

    private static TimeSpan? Seconds(double? seconds) => seconds is { } value ? TimeSpan.FromSeconds(value) : null;
}
