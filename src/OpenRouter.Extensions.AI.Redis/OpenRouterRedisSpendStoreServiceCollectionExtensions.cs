using System;
using OpenRouter.Extensions.AI;
using OpenRouter.Extensions.AI.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Redis spend store that <c>UseOpenRouterBudget</c> picks from the service provider.</summary>
public static class OpenRouterRedisSpendStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="OpenRouterRedisSpendStore"/> as the <see cref="IOpenRouterSpendStore"/>, so every
    /// budget in pipelines built with this provider (and every app instance using the same Redis) shares its spend.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string, e.g. <c>localhost:6379</c>.</param>
    /// <param name="configure">Sets the key prefix, the window and the rest; may be null.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOpenRouterRedisSpendStore(this IServiceCollection services, string configuration, Action<OpenRouterRedisSpendStoreOptions>? configure = null)
    {
        if (string.IsNullOrWhiteSpace(configuration))
        {
            throw new ArgumentException("Give the Redis configuration string, e.g. \"localhost:6379\".", nameof(configuration));
        }

        return services.AddOpenRouterRedisSpendStore(options =>
        {
            options.Configuration = configuration;
            configure?.Invoke(options);
        });
    }

    /// <summary>Registers a singleton <see cref="OpenRouterRedisSpendStore"/> as the <see cref="IOpenRouterSpendStore"/>, configured by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Says where Redis is (configuration or connection factory) and sets the key prefix and window.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOpenRouterRedisSpendStore(this IServiceCollection services, Action<OpenRouterRedisSpendStoreOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var options = new OpenRouterRedisSpendStoreOptions();
        configure(options);
        services.AddSingleton(_ => new OpenRouterRedisSpendStore(options));
        services.AddSingleton<IOpenRouterSpendStore>(static sp => sp.GetRequiredService<OpenRouterRedisSpendStore>());
        return services;
    }
}
