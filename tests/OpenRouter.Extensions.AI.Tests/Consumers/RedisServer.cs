using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

/// <summary>
/// Where the Redis tests find their server. <c>OPENROUTER_TEST_REDIS</c> (host:port, set by <c>.ci/run</c>) wins and
/// must answer, or the tests fail. Without it, a <c>redis-server</c> on PATH is started on a free loopback port for
/// the test class and killed afterwards. Without either, the tests are skipped (see <see cref="RedisFactAttribute"/>).
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    public const string Variable = "OPENROUTER_TEST_REDIS";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Process? _process;
    private string? _configuration;

    /// <summary>The <c>host:port</c> of a Redis that answered PING.</summary>
    public async Task<string> GetConfigurationAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _configuration ??= await ResolveAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static string? ConfiguredEndpoint =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value.Trim() : null;

    internal static string? FindServerBinary()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, OperatingSystem.IsWindows() ? "redis-server.exe" : "redis-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
            finally
            {
                process.Dispose();
            }
        }

        _gate.Dispose();
    }

    private async Task<string> ResolveAsync()
    {
        if (ConfiguredEndpoint is { } configured)
        {
            var failure = await PingAsync(configured);
            if (failure is not null)
            {
                throw new InvalidOperationException($"{Variable}={configured} is set, but Redis there did not answer PING: {failure}");
            }

            return configured;
        }

        var binary = FindServerBinary()
            ?? throw new InvalidOperationException($"{Variable} is not set and there is no redis-server on PATH; run 'bash .ci/run', which installs and starts one.");
        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreeLoopbackPort();
            var start = new ProcessStartInfo(binary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--daemonize", "no" })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var endpoint = $"127.0.0.1:{port}";
            var deadline = DateTime.UtcNow.AddSeconds(10);
            string? failure = "not started";
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                failure = await PingAsync(endpoint);
                if (failure is null)
                {
                    _process = process;
                    return endpoint;
                }

                await Task.Delay(100);
            }

            last = new InvalidOperationException($"redis-server on port {port} did not come up: {failure}");
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }

        throw last!;
    }

    private static async Task<string?> PingAsync(string endpoint)
    {
        try
        {
            var options = ConfigurationOptions.Parse(endpoint);
            options.AbortOnConnectFail = true;
            options.ConnectTimeout = 2000;
            options.ConnectRetry = 1;
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
            await connection.GetDatabase().PingAsync();
            return null;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or SocketException or ArgumentException)
        {
            return exception.Message;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// A fact that needs Redis: skipped only when <c>OPENROUTER_TEST_REDIS</c> is unset AND no <c>redis-server</c> is on
/// PATH. When the variable is set the test always runs (and fails if that Redis does not answer).
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.ConfiguredEndpoint is null && RedisServer.FindServerBinary() is null)
        {
            Skip = $"No Redis: {RedisServer.Variable} is unset and redis-server is not on PATH. Run 'bash .ci/run' (it installs redis-server and sets {RedisServer.Variable}), or install redis-server.";
        }
    }
}
