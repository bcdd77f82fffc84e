using System;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace OpenRouter.Extensions.AI.Redis;

/// <summary>Settings of an <see cref="OpenRouterRedisSpendStore"/>: how to reach Redis, the key prefix and an optional spending window.</summary>
public sealed class OpenRouterRedisSpendStoreOptions
{
    /// <summary>The default <see cref="KeyPrefix"/>: <c>openrouter:budget:</c>.</summary>
    public const string DefaultKeyPrefix = "openrouter:budget:";

    /// <summary>Gets or sets the StackExchange.Redis configuration string, e.g. <c>localhost:6379</c> or <c>redis0:6379,password=...</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Gets or sets the StackExchange.Redis configuration as an object; used instead of <see cref="Configuration"/> when set.</summary>
    public ConfigurationOptions? ConfigurationOptions { get; set; }

    /// <summary>
    /// Gets or sets a factory of the connection to use instead of one made from <see cref="Configuration"/>, for an app
    /// that shares its <see cref="IConnectionMultiplexer"/>. The store does not dispose a connection it did not make.
    /// </summary>
    public Func<Task<IConnectionMultiplexer>>? ConnectionMultiplexerFactory { get; set; }

    /// <summary>Gets or sets what every key starts with, followed by the scope: <c>openrouter:budget:</c> by default.</summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>
    /// Gets or sets the length of a spending window, e.g. one day: the spend starts again from zero at each window's start
    /// (windows are aligned to midnight UTC, 1970-01-01), and each window's key expires one window after the window ends.
    /// Null (the default) keeps one key per scope forever.
    /// </summary>
    public TimeSpan? Window { get; set; }

    /// <summary>Gets or sets the clock that places calls in windows; <see cref="TimeProvider.System"/> by default.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
