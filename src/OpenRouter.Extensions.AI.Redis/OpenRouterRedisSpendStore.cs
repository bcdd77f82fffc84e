using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace OpenRouter.Extensions.AI.Redis;

/// <summary>
/// An <see cref="IOpenRouterSpendStore"/> in Redis, so that one OpenRouter budget holds across every instance of an app:
/// each scope's spend is an integer key (nano-dollars) changed with the atomic <c>INCRBY</c>.
/// </summary>
/// <remarks>
/// A connection made from the configuration connects in the background and fails fast while Redis is unreachable
/// (<c>AbortOnConnectFail=false</c>, <see cref="BacklogPolicy.FailFast"/>), so an outage surfaces at once as a
/// <see cref="RedisConnectionException"/> and the budget fails closed or open as configured, instead of waiting.
/// </remarks>
public sealed class OpenRouterRedisSpendStore : IOpenRouterSpendStore, IDisposable
{
    // INCRBY, then give the window's key an expiry once (PTTL -1: the key has none yet); atomic as one script.
    private const string WindowedAddScript =
        "local total = redis.call('INCRBY', KEYS[1], ARGV[1]) " +
        "if redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end " +
        "return total";

    private static readonly DateTimeOffset s_unixEpoch = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly OpenRouterRedisSpendStoreOptions _options;
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private readonly bool _ownsConnection;
    private IConnectionMultiplexer? _connection;

    /// <summary>Creates a store that connects to Redis on first use, from <paramref name="options"/>.</summary>
    /// <param name="options">Where Redis is, the key prefix and the window.</param>
    public OpenRouterRedisSpendStore(OpenRouterRedisSpendStoreOptions options)
    {
        _options = Validate(options);
        if (options.Configuration is null && options.ConfigurationOptions is null && options.ConnectionMultiplexerFactory is null)
        {
            throw new ArgumentException("Say where Redis is: set Configuration (e.g. \"localhost:6379\"), ConfigurationOptions or ConnectionMultiplexerFactory.", nameof(options));
        }

        _ownsConnection = options.ConnectionMultiplexerFactory is null;
    }

    /// <summary>Creates a store on an existing connection, which it does not dispose.</summary>
    /// <param name="connection">The connection to Redis.</param>
    /// <param name="options">The key prefix and the window; defaults when null.</param>
    public OpenRouterRedisSpendStore(IConnectionMultiplexer connection, OpenRouterRedisSpendStoreOptions? options = null)
    {
        _connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _options = Validate(options ?? new OpenRouterRedisSpendStoreOptions());
    }

    /// <inheritdoc />
    public async ValueTask<long> GetAsync(string scope, CancellationToken cancellationToken = default)
    {
        var key = GetKey(scope);
        var database = await GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var value = await database.StringGetAsync(key).ConfigureAwait(false);
        return value.IsNull ? 0L : (long)value;
    }

    /// <inheritdoc />
    public async ValueTask<long> AddAsync(string scope, long nanoUsd, CancellationToken cancellationToken = default)
    {
        var key = GetKey(scope);
        var database = await GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        if (_options.Window is not { } window)
        {
            return await database.StringIncrementAsync(key, nanoUsd).ConfigureAwait(false);
        }

        var expiry = (long)Math.Ceiling((WindowStart(window) + window + window - _options.TimeProvider.GetUtcNow()).TotalMilliseconds);
        var total = await database.ScriptEvaluateAsync(WindowedAddScript, [key], [nanoUsd, expiry]).ConfigureAwait(false);
        return (long)total;
    }

    /// <summary>The Redis key that holds <paramref name="scope"/>'s spend now: the prefix and the scope, then <c>:</c> and the window's start (UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>) when there is a window.</summary>
    /// <param name="scope">The budget scope.</param>
    /// <returns>The key.</returns>
    public string GetKey(string scope)
    {
        if (scope is null)
        {
            throw new ArgumentNullException(nameof(scope));
        }

        return _options.Window is { } window
            ? _options.KeyPrefix + scope + ":" + WindowStart(window).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : _options.KeyPrefix + scope;
    }

    /// <summary>Closes the connection the store made (not one it was given).</summary>
    public void Dispose()
    {
        if (_ownsConnection)
        {
            _connection?.Dispose();
        }

        _connectLock.Dispose();
    }

    private DateTimeOffset WindowStart(TimeSpan window)
    {
        var now = _options.TimeProvider.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks - s_unixEpoch.UtcTicks) % window.Ticks, TimeSpan.Zero);
    }

    private async Task<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _connection) is { } connection)
        {
            return connection.GetDatabase();
        }

        await _connectLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _connection ??= await ConnectAsync().ConfigureAwait(false);
            return _connection.GetDatabase();
        }
        finally
        {
            _connectLock.Release();
        }
    }

    private async Task<IConnectionMultiplexer> ConnectAsync()
    {
        if (_options.ConnectionMultiplexerFactory is { } factory)
        {
            return await factory().ConfigureAwait(false);
        }

        var configuration = _options.ConfigurationOptions?.Clone() ?? ConfigurationOptions.Parse(_options.Configuration!);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
    }

    private static OpenRouterRedisSpendStoreOptions Validate(OpenRouterRedisSpendStoreOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (options.KeyPrefix is null || options.TimeProvider is null)
        {
            throw new ArgumentException("KeyPrefix and TimeProvider must not be null.", nameof(options));
        }

        if (options.Window is { } window && window < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), window, "The spending window must be at least one second long (for example TimeSpan.FromDays(1)).");
        }

        return options;
    }
}
