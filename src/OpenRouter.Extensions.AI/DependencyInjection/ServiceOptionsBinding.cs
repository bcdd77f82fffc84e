using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace OpenRouter.Extensions.AI.DependencyInjection;

/// <summary>Binds a configuration section into <see cref="OpenRouterServiceOptions"/>, flat: each client setting by its own name, and the default models.</summary>
/// <remarks>
/// The configuration binding generator reports (SYSLIB1100, SYSLIB1101) the one client setting configuration cannot
/// hold, <see cref="OpenRouterClientOptions.TimeProvider"/>, which comes from the container instead, and binds all the
/// others (the project file silences those two diagnostics; a registration test checks that every other setting binds).
/// </remarks>
internal static class ServiceOptionsBinding
{
    public static void Bind(OpenRouterServiceOptions options, IConfigurationSection section)
    {
        section.Bind(options.Client);
        options.DefaultModel = section[nameof(OpenRouterServiceOptions.DefaultModel)] ?? options.DefaultModel;
        options.DefaultEmbeddingModel = section[nameof(OpenRouterServiceOptions.DefaultEmbeddingModel)] ?? options.DefaultEmbeddingModel;
        options.DefaultImageModel = section[nameof(OpenRouterServiceOptions.DefaultImageModel)] ?? options.DefaultImageModel;
        options.DefaultSpeechToTextModel = section[nameof(OpenRouterServiceOptions.DefaultSpeechToTextModel)] ?? options.DefaultSpeechToTextModel;
        options.DefaultTextToSpeechModel = section[nameof(OpenRouterServiceOptions.DefaultTextToSpeechModel)] ?? options.DefaultTextToSpeechModel;
        if (section[nameof(OpenRouterServiceOptions.DefaultEmbeddingDimensions)] is { Length: > 0 } dimensions)
        {
            options.DefaultEmbeddingDimensions = int.TryParse(dimensions, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new InvalidOperationException($"The configuration value '{section.Path}:{nameof(OpenRouterServiceOptions.DefaultEmbeddingDimensions)}' is '{dimensions}', not a whole number of dimensions.");
        }
    }
}
