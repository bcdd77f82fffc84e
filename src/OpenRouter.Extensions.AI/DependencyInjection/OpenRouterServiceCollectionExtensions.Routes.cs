using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using OpenRouter;
using OpenRouter.Extensions.AI;
using OpenRouter.Extensions.AI.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The registrations of OpenRouter's other inference routes as their Microsoft.Extensions.AI abstractions.</summary>
/// <remarks>
/// Each mirrors the chat client's: the same <see cref="OpenRouterClient"/> (keyed or not), the same configuration section,
/// a default model of its own kind checked at host start, and M.E.AI's builder returned for middleware.
/// </remarks>
public static partial class OpenRouterServiceCollectionExtensions
{
    /// <summary>
    /// Registers an OpenRouter embedding generator of texts (and the <see cref="OpenRouterClient"/> it wraps) that uses
    /// <see cref="OpenRouterServiceOptions.DefaultEmbeddingModel"/> when a request names no model.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The configuration section to bind, <c>OpenRouter</c> by default.</param>
    /// <param name="lifetime">The generator's lifetime; singleton by default. The OpenRouter client is always a singleton.</param>
    /// <returns>The builder of the registered pipeline: chain middleware such as <c>.UseDistributedCache().UseLogging()</c>.</returns>
    /// <remarks>A missing default model fails at host start; <see cref="OpenRouterServiceOptions.DefaultEmbeddingDimensions"/> sets the vector length.</remarks>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddOpenRouterEmbeddingGenerator(
        this IServiceCollection services,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        var name = AddRouteClient(services, serviceKey: null, configure, configSectionPath, DefaultModelSetting.Embedding);
        return services.AddEmbeddingGenerator(sp => EmbeddingGenerator(sp, serviceKey: null, name), lifetime);
    }

    /// <summary>Registers a keyed OpenRouter embedding generator and the keyed <see cref="OpenRouterClient"/> it wraps (options named and bound as for <see cref="AddKeyedOpenRouterClient"/>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The service key; its string form must not be empty.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The shared configuration section, <c>OpenRouter</c> by default; the key's own section is <c>{configSectionPath}:{key}</c>.</param>
    /// <param name="lifetime">The generator's lifetime; singleton by default.</param>
    /// <returns>The builder of the registered pipeline, for chaining middleware.</returns>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> AddKeyedOpenRouterEmbeddingGenerator(
        this IServiceCollection services,
        object serviceKey,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        var name = AddRouteClient(services, serviceKey, configure, configSectionPath, DefaultModelSetting.Embedding);
        return services.AddKeyedEmbeddingGenerator(serviceKey, sp => EmbeddingGenerator(sp, serviceKey, name), lifetime);
    }

    /// <summary>
    /// Registers an OpenRouter <see cref="IImageGenerator"/> (and the <see cref="OpenRouterClient"/> it wraps) that uses
    /// <see cref="OpenRouterServiceOptions.DefaultImageModel"/> when a request names no model.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The configuration section to bind, <c>OpenRouter</c> by default.</param>
    /// <param name="lifetime">The generator's lifetime; singleton by default.</param>
    /// <returns>The builder of the registered pipeline: chain middleware such as <c>.UseLogging().UseOpenTelemetry()</c>.</returns>
    [Experimental("MEAI001")]
    public static ImageGeneratorBuilder AddOpenRouterImageGenerator(
        this IServiceCollection services,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        var name = AddRouteClient(services, serviceKey: null, configure, configSectionPath, DefaultModelSetting.Image);
        return services.AddImageGenerator(sp => ClientFor(sp, serviceKey: null).AsIImageGenerator(GetOptions(sp, name).DefaultImageModel), lifetime);
    }

    /// <summary>Registers a keyed OpenRouter <see cref="IImageGenerator"/> and the keyed <see cref="OpenRouterClient"/> it wraps.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The service key; its string form must not be empty.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The shared configuration section, <c>OpenRouter</c> by default; the key's own section is <c>{configSectionPath}:{key}</c>.</param>
    /// <param name="lifetime">The generator's lifetime; singleton by default.</param>
    /// <returns>The builder of the registered pipeline, for chaining middleware.</returns>
    [Experimental("MEAI001")]
    public static ImageGeneratorBuilder AddKeyedOpenRouterImageGenerator(
        this IServiceCollection services,
        object serviceKey,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        var name = AddRouteClient(services, serviceKey, configure, configSectionPath, DefaultModelSetting.Image);
        return services.AddKeyedImageGenerator(serviceKey, sp => ClientFor(sp, serviceKey).AsIImageGenerator(GetOptions(sp, name).DefaultImageModel), lifetime);
    }

    /// <summary>
    /// Registers an OpenRouter <see cref="ISpeechToTextClient"/> (and the <see cref="OpenRouterClient"/> it wraps) that uses
    /// <see cref="OpenRouterServiceOptions.DefaultSpeechToTextModel"/> when a request names no model.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The configuration section to bind, <c>OpenRouter</c> by default.</param>
    /// <param name="lifetime">The client's lifetime; singleton by default.</param>
    /// <returns>The builder of the registered pipeline: chain middleware such as <c>.UseLogging().UseOpenTelemetry()</c>.</returns>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder AddOpenRouterSpeechToTextClient(
        this IServiceCollection services,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        var name = AddRouteClient(services, serviceKey: null, configure, configSectionPath, DefaultModelSetting.SpeechToText);
        return services.AddSpeechToTextClient(sp => ClientFor(sp, serviceKey: null).AsISpeechToTextClient(GetOptions(sp, name).DefaultSpeechToTextModel), lifetime);
    }

    /// <summary>Registers a keyed OpenRouter <see cref="ISpeechToTextClient"/> and the keyed <see cref="OpenRouterClient"/> it wraps.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The service key; its string form must not be empty.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The shared configuration section, <c>OpenRouter</c> by default; the key's own section is <c>{configSectionPath}:{key}</c>.</param>
    /// <param name="lifetime">The client's lifetime; singleton by default.</param>
    /// <returns>The builder of the registered pipeline, for chaining middleware.</returns>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder AddKeyedOpenRouterSpeechToTextClient(
        this IServiceCollection services,
        object serviceKey,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        var name = AddRouteClient(services, serviceKey, configure, configSectionPath, DefaultModelSetting.SpeechToText);
        return services.AddKeyedSpeechToTextClient(serviceKey, sp => ClientFor(sp, serviceKey).AsISpeechToTextClient(GetOptions(sp, name).DefaultSpeechToTextModel), lifetime);
    }

    /// <summary>
    /// Registers an OpenRouter <see cref="ITextToSpeechClient"/> (and the <see cref="OpenRouterClient"/> it wraps) that uses
    /// <see cref="OpenRouterServiceOptions.DefaultTextToSpeechModel"/> when a request names no model.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The configuration section to bind, <c>OpenRouter</c> by default.</param>
    /// <param name="lifetime">The client's lifetime; singleton by default.</param>
    /// <returns>The builder of the registered pipeline: chain middleware such as <c>.UseLogging().UseOpenTelemetry()</c>.</returns>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder AddOpenRouterTextToSpeechClient(
        this IServiceCollection services,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        var name = AddRouteClient(services, serviceKey: null, configure, configSectionPath, DefaultModelSetting.TextToSpeech);
        return services.AddTextToSpeechClient(sp => ClientFor(sp, serviceKey: null).AsITextToSpeechClient(GetOptions(sp, name).DefaultTextToSpeechModel), lifetime);
    }

    /// <summary>Registers a keyed OpenRouter <see cref="ITextToSpeechClient"/> and the keyed <see cref="OpenRouterClient"/> it wraps.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The service key; its string form must not be empty.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The shared configuration section, <c>OpenRouter</c> by default; the key's own section is <c>{configSectionPath}:{key}</c>.</param>
    /// <param name="lifetime">The client's lifetime; singleton by default.</param>
    /// <returns>The builder of the registered pipeline, for chaining middleware.</returns>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder AddKeyedOpenRouterTextToSpeechClient(
        this IServiceCollection services,
        object serviceKey,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        var name = AddRouteClient(services, serviceKey, configure, configSectionPath, DefaultModelSetting.TextToSpeech);
        return services.AddKeyedTextToSpeechClient(serviceKey, sp => ClientFor(sp, serviceKey).AsITextToSpeechClient(GetOptions(sp, name).DefaultTextToSpeechModel), lifetime);
    }

    /// <summary>Registers the (keyed) client and the check of <paramref name="model"/> for one kind of client; returns the options name.</summary>
    private static string AddRouteClient(IServiceCollection services, object? serviceKey, Action<OpenRouterServiceOptions>? configure, string configSectionPath, DefaultModelSetting model)
    {
        if (serviceKey is null)
        {
            services.AddOpenRouterClient(configure, configSectionPath);
            AddModelValidator(services, Options.Options.DefaultName, configSectionPath, sharedSectionPath: null, model);
            return Options.Options.DefaultName;
        }

        services.AddKeyedOpenRouterClient(serviceKey, configure, configSectionPath);
        var name = OptionsNameOf(serviceKey);
        AddModelValidator(services, name, configSectionPath + ":" + name, configSectionPath, model);
        return name;
    }

    private static OpenRouterClient ClientFor(IServiceProvider services, object? serviceKey) =>
        serviceKey is null ? services.GetRequiredService<OpenRouterClient>() : services.GetRequiredKeyedService<OpenRouterClient>(serviceKey);

    private static IEmbeddingGenerator<string, Embedding<float>> EmbeddingGenerator(IServiceProvider services, object? serviceKey, string name)
    {
        var options = GetOptions(services, name);
        return ClientFor(services, serviceKey).AsIEmbeddingGenerator(options.DefaultEmbeddingModel, options.DefaultEmbeddingDimensions);
    }
}
