using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenRouter;
using OpenRouter.Extensions.AI;
using OpenRouter.Extensions.AI.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="OpenRouterClient"/> and OpenRouter <see cref="IChatClient"/>s in a service collection,
/// configured from <see cref="IConfiguration"/> and a delegate.
/// </summary>
/// <remarks>
/// <para>
/// The options are bound from the section <c>OpenRouter</c> by default, then changed by the configure delegate, and
/// checked when the host starts. Requests go through the <see cref="IHttpClientFactory"/> client named
/// <see cref="HttpClientName"/>.
/// </para>
/// <para>
/// Keyed registrations use named options whose name is the key's invariant string form. They bind the shared section
/// (<c>OpenRouter</c>) first and then the key's own section (<c>OpenRouter:{key}</c>) over it, so an API key set once
/// in <c>OpenRouter:ApiKey</c> serves every client while <c>OpenRouter:{key}:DefaultModel</c> differs per client.
/// </para>
/// <para>
/// Calling a registration again for the same options name adds its configure delegate; the configuration section
/// of the first call is kept.
/// </para>
/// </remarks>
public static partial class OpenRouterServiceCollectionExtensions
{
    /// <summary>
    /// The name of the <see cref="HttpClient"/> every registered <see cref="OpenRouterClient"/> sends through. Add
    /// handlers with <c>services.AddHttpClient(OpenRouterServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(...)</c>.
    /// </summary>
    /// <remarks>
    /// Requests are logged (category <c>OpenRouter.Http</c>: method, URL, status, duration) without headers, in place of
    /// the factory's default loggers, which would hand the raw <c>Authorization</c> header to structured log providers.
    /// The client has no timeout (cancel calls instead: reasoning models can think for minutes). On .NET 8 and later
    /// its primary handler is a <c>SocketsHttpHandler</c> that recycles pooled connections every 5 minutes and does not
    /// drain cancelled responses, and the handler is not rotated, because the singleton client keeps its
    /// <see cref="HttpClient"/>. Configure the primary handler after the OpenRouter registration to replace it.
    /// </remarks>
    public const string HttpClientName = "OpenRouter";

    /// <summary>The configuration section read by default: <c>OpenRouter</c>.</summary>
    public const string DefaultConfigSectionPath = "OpenRouter";

    /// <summary>
    /// Registers a singleton <see cref="OpenRouterClient"/> configured from the <paramref name="configSectionPath"/>
    /// configuration section (when an <see cref="IConfiguration"/> is registered) and then <paramref name="configure"/>,
    /// with its options checked when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The configuration section to bind, <c>OpenRouter</c> by default.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOpenRouterClient(
        this IServiceCollection services,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath)
    {
        ThrowIfNull(services, nameof(services));
        ThrowIfEmpty(configSectionPath, nameof(configSectionPath));

        AddOptions(services, Options.Options.DefaultName, configSectionPath, sharedSectionPath: null, configure);
        services.TryAddSingleton(static sp => CreateClient(sp, Options.Options.DefaultName));
        return services;
    }

    /// <summary>Registers a keyed singleton <see cref="OpenRouterClient"/> with its own named options.</summary>
    /// <remarks>
    /// The key's invariant string form is the options name. Configuration is bound from
    /// <paramref name="configSectionPath"/> and then from <c>{configSectionPath}:{key}</c> over it, followed by
    /// <paramref name="configure"/>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The service key; its string form must not be empty.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The shared configuration section, <c>OpenRouter</c> by default.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddKeyedOpenRouterClient(
        this IServiceCollection services,
        object serviceKey,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath)
    {
        ThrowIfNull(services, nameof(services));
        ThrowIfEmpty(configSectionPath, nameof(configSectionPath));
        var name = OptionsNameOf(serviceKey);

        AddOptions(services, name, configSectionPath + ":" + name, configSectionPath, configure);
        services.TryAddKeyedSingleton(serviceKey, (sp, _) => CreateClient(sp, name));
        return services;
    }

    /// <summary>
    /// Registers an OpenRouter <see cref="IChatClient"/> (and the <see cref="OpenRouterClient"/> it wraps, see
    /// <see cref="AddOpenRouterClient"/>) that uses <see cref="OpenRouterServiceOptions.DefaultModel"/> when a request
    /// names no model. A missing default model fails at host start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The configuration section to bind, <c>OpenRouter</c> by default.</param>
    /// <param name="lifetime">The chat client's lifetime; singleton by default. The OpenRouter client is always a singleton.</param>
    /// <returns>The builder of the registered pipeline: chain middleware such as <c>.UseFunctionInvocation().UseLogging()</c>.</returns>
    public static ChatClientBuilder AddOpenRouterChatClient(
        this IServiceCollection services,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        services.AddOpenRouterClient(configure, configSectionPath);
        var name = Options.Options.DefaultName;
        AddModelValidator(services, name, configSectionPath, sharedSectionPath: null, DefaultModelSetting.Chat);

        return services.AddChatClient(
            static sp => sp.GetRequiredService<OpenRouterClient>().AsIChatClient(GetOptions(sp, Options.Options.DefaultName).DefaultModel),
            lifetime);
    }

    /// <summary>
    /// Registers a keyed OpenRouter <see cref="IChatClient"/> and the keyed <see cref="OpenRouterClient"/> it wraps (see
    /// <see cref="AddKeyedOpenRouterClient"/> for how options are named and bound), so differently configured
    /// OpenRouter chat clients, with other default models or keys, can live side by side.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The service key; its string form must not be empty.</param>
    /// <param name="configure">Changes the options after they were bound from configuration; may be null.</param>
    /// <param name="configSectionPath">The shared configuration section, <c>OpenRouter</c> by default; the key's own section is <c>{configSectionPath}:{key}</c>.</param>
    /// <param name="lifetime">The chat client's lifetime; singleton by default. The OpenRouter client is always a singleton.</param>
    /// <returns>The builder of the registered pipeline, for chaining middleware.</returns>
    public static ChatClientBuilder AddKeyedOpenRouterChatClient(
        this IServiceCollection services,
        object serviceKey,
        Action<OpenRouterServiceOptions>? configure = null,
        string configSectionPath = DefaultConfigSectionPath,
        ServiceLifetime lifetime = ServiceLifetime.Singleton)
    {
        services.AddKeyedOpenRouterClient(serviceKey, configure, configSectionPath);
        var name = OptionsNameOf(serviceKey);
        AddModelValidator(services, name, configSectionPath + ":" + name, configSectionPath, DefaultModelSetting.Chat);

        return services.AddKeyedChatClient(
            serviceKey,
            sp => sp.GetRequiredKeyedService<OpenRouterClient>(serviceKey).AsIChatClient(GetOptions(sp, name).DefaultModel),
            lifetime);
    }

    private static void AddOptions(IServiceCollection services, string name, string sectionPath, string? sharedSectionPath, Action<OpenRouterServiceOptions>? configure)
    {
        var builder = services.AddOptions<OpenRouterServiceOptions>(name);
        if (!HasValidator(services, name, model: null))
        {
            // First registration of this name: bind configuration, check at start, set up the HTTP client.
            builder.Configure<IServiceProvider>((options, sp) => BindConfiguration(options, sp, sectionPath, sharedSectionPath));
            builder.ValidateOnStart();
            if (!services.Any(static d => d.ImplementationInstance is OpenRouterServiceOptionsValidator))
            {
                AddHttpClient(services);
            }

            services.AddSingleton<IValidateOptions<OpenRouterServiceOptions>>(
                new OpenRouterServiceOptionsValidator(name, sectionPath, sharedSectionPath, model: null));
        }

        if (configure is not null)
        {
            builder.Configure(configure);
        }
    }

    private static void AddModelValidator(IServiceCollection services, string name, string sectionPath, string? sharedSectionPath, DefaultModelSetting model)
    {
        if (!HasValidator(services, name, model))
        {
            services.AddSingleton<IValidateOptions<OpenRouterServiceOptions>>(
                new OpenRouterServiceOptionsValidator(name, sectionPath, sharedSectionPath, model));
        }
    }

    private static bool HasValidator(IServiceCollection services, string name, DefaultModelSetting? model) =>
        services.Any(d => d.ServiceType == typeof(IValidateOptions<OpenRouterServiceOptions>)
            && !d.IsKeyedService
            && d.ImplementationInstance is OpenRouterServiceOptionsValidator v
            && v.Model == model
            && string.Equals(v.Name, name, StringComparison.Ordinal));

    private static void AddHttpClient(IServiceCollection services)
    {
        var builder = services.AddHttpClient(HttpClientName);
        ConfigureOpenRouterHttpClient(services);
#if NET
        // The singleton OpenRouterClient keeps its HttpClient (and so its handler) for the app's lifetime: recycle
        // pooled connections so DNS changes are seen, and close a cancelled stream's connection at once so the
        // provider stops generating.
        builder.UseSocketsHttpHandler(static (handler, _) =>
        {
            handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5);
            handler.MaxResponseDrainSize = 0;
        });
        builder.SetHandlerLifetime(Timeout.InfiniteTimeSpan);
#else
        _ = builder;
#endif
    }

    /// <summary>
    /// The part of the <see cref="HttpClientName"/> client's set-up every registration that may send through it needs
    /// (ours and the Semantic Kernel package's), once per service collection. It registers no
    /// <see cref="IHttpClientFactory"/>: it takes effect when the application has one.
    /// </summary>
    internal static void ConfigureOpenRouterHttpClient(IServiceCollection services)
    {
        if (services.Any(static d => d.ServiceType == typeof(HttpClientConfigured)))
        {
            return;
        }

        services.AddSingleton<HttpClientConfigured>();
        IHttpClientBuilder builder = new NamedHttpClient(services, HttpClientName);

        // Reasoning models can think for minutes before the first byte: no client-wide timeout. Cancel per call instead.
        builder.ConfigureHttpClient(static client => client.Timeout = Timeout.InfiniteTimeSpan);

        // The default loggers put the raw request headers (the API key included) into the state of their Trace
        // records, where structured log providers write them out: log requests without headers instead.
        builder.RemoveAllLoggers().AddLogger(static sp => new OpenRouterHttpClientLogger(sp.GetRequiredService<ILoggerFactory>()));
    }

    private static void BindConfiguration(OpenRouterServiceOptions options, IServiceProvider services, string sectionPath, string? sharedSectionPath)
    {
        if (services.GetService<TimeProvider>() is { } timeProvider)
        {
            options.Client.TimeProvider = timeProvider;
        }

        if (services.GetService<IConfiguration>() is not { } configuration)
        {
            return;
        }

        if (sharedSectionPath is not null)
        {
            ServiceOptionsBinding.Bind(options, configuration.GetSection(sharedSectionPath));
        }

        ServiceOptionsBinding.Bind(options, configuration.GetSection(sectionPath));

        if (string.IsNullOrWhiteSpace(options.Client.ApiKey) && configuration["OPENROUTER_API_KEY"] is { } fallback && !string.IsNullOrWhiteSpace(fallback))
        {
            options.Client.ApiKey = fallback;
        }
    }

    private static OpenRouterServiceOptions GetOptions(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<OpenRouterServiceOptions>>().Get(name);

    private static OpenRouterClient CreateClient(IServiceProvider services, string name) =>
        new(GetOptions(services, name).Client, services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName));

    private static string OptionsNameOf(object serviceKey)
    {
        ThrowIfNull(serviceKey, nameof(serviceKey));
        var name = Convert.ToString(serviceKey, CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The service key's string form names the OpenRouter options and their configuration section, so it must not be empty.", nameof(serviceKey));
        }

        return name!;
    }

    private static void ThrowIfNull(object? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }

    private static void ThrowIfEmpty(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The configuration section path must not be empty.", name);
        }
    }

    /// <summary>Marks a service collection whose OpenRouter HTTP client set-up is registered.</summary>
    private sealed class HttpClientConfigured;

    /// <summary>Configures the named client's options without registering the factory itself.</summary>
    private sealed class NamedHttpClient(IServiceCollection services, string name) : IHttpClientBuilder
    {
        public string Name { get; } = name;

        public IServiceCollection Services { get; } = services;
    }
}
