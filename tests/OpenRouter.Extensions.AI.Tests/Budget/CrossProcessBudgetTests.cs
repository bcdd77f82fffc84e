using System.Diagnostics;
using System.Globalization;
using OpenRouter.Extensions.AI.Redis;
using OpenRouter.Extensions.AI.Tests.Consumers;
using Xunit.Abstractions;

namespace OpenRouter.Extensions.AI.Tests.Budget;

/// <summary>
/// One budget across app instances: separate processes (this test assembly re-run as <see cref="BudgetWorker"/>), each
/// with its own emulator, spend against one Redis store at the same time until refused. The total recorded spend must
/// equal what they were billed, reach the limit, and pass it by at most one call's cost per process.
/// </summary>
public sealed class CrossProcessBudgetTests(RedisServer redis, ITestOutputHelper output) : IClassFixture<RedisServer>
{
    private const int Processes = 3;
    private const decimal LimitUsd = 0.3m;

    [RedisFact]
    public async Task Separate_processes_on_one_Redis_overspend_by_at_most_one_call_each()
    {
        var configuration = await redis.GetConfigurationAsync();
        var prefix = "openrouter-test:" + Guid.NewGuid().ToString("N") + ":";
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(1, Processes).Select(seed => WorkerProcess.Start(configuration, prefix, LimitUsd, seed, maxCalls: 400)).ToList();
        try
        {
            await Task.WhenAll(workers.Select(w => w.WaitForLineAsync("READY")));
            var started = clock.Elapsed;
            workers.ForEach(w => w.Go());
            var results = (await Task.WhenAll(workers.Select(w => w.WaitForLineAsync("RESULT")))).Select(Parse).ToList();

            using var store = new OpenRouterRedisSpendStore(new OpenRouterRedisSpendStoreOptions { Configuration = configuration, KeyPrefix = prefix });
            var total = await store.GetAsync(OpenRouterBudgetOptions.GlobalScope);
            var limit = OpenRouterSpendUnits.ToNanoUsd(LimitUsd);
            var bound = Processes * OpenRouterSpendUnits.ToNanoUsd(BudgetWorker.MaxCost);
            output.WriteLine($"{Processes} processes ready after {started.TotalSeconds:0.0} s, done after {clock.Elapsed.TotalSeconds:0.0} s; successful calls per process: {string.Join(", ", results.Select(r => r.Calls))}");
            output.WriteLine($"recorded ${OpenRouterSpendUnits.ToUsd(total)} of a ${LimitUsd} limit: over by ${OpenRouterSpendUnits.ToUsd(total - limit)}, allowed ${OpenRouterSpendUnits.ToUsd(bound)} ({Processes} x ${BudgetWorker.MaxCost})");

            Assert.All(results, r => Assert.True(r.Refused, "every process must end refused by the budget"));
            Assert.Equal(results.Sum(r => r.Billed), total);
            Assert.InRange(total, limit, limit + bound);
            Assert.All(results, r => Assert.True(r.Largest <= OpenRouterSpendUnits.ToNanoUsd(BudgetWorker.MaxCost)));
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }
    }

    private static (int Calls, long Billed, bool Refused, long Largest) Parse(string line)
    {
        var parts = line.Split(' ');
        return (int.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture), bool.Parse(parts[3]), long.Parse(parts[4], CultureInfo.InvariantCulture));
    }

    /// <summary>One worker: <c>dotnet &lt;this test assembly&gt; budget-worker ...</c> with its standard streams redirected.</summary>
    private sealed class WorkerProcess : IDisposable
    {
        private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
        private readonly Process _process;
        private readonly List<string> _lines = [];
        private readonly System.Text.StringBuilder _errors = new();

        private WorkerProcess(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { lock (_lines) { _lines.Add(line); } } };
            _process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { lock (_errors) { _errors.AppendLine(line); } } };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public static WorkerProcess Start(string redis, string prefix, decimal limit, int seed, int maxCalls)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { typeof(BudgetWorker).Assembly.Location, BudgetWorker.Command, redis, prefix, limit.ToString(CultureInfo.InvariantCulture), seed.ToString(CultureInfo.InvariantCulture), maxCalls.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            return new WorkerProcess(Process.Start(start)!);
        }

        public void Go()
        {
            _process.StandardInput.WriteLine("go");
            _process.StandardInput.Flush();
        }

        public async Task<string> WaitForLineAsync(string prefix)
        {
            var deadline = DateTime.UtcNow + s_timeout;
            while (DateTime.UtcNow < deadline)
            {
                var exited = _process.HasExited;
                if (exited)
                {
                    _process.WaitForExit();   // drains the redirected output
                }

                lock (_lines)
                {
                    if (_lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
                    {
                        return line;
                    }
                }

                if (exited)
                {
                    break;
                }

                await Task.Delay(50);
            }

            lock (_errors)
            {
                throw new InvalidOperationException($"worker {_process.Id} printed no {prefix} line (exited: {_process.HasExited}). stdout: {string.Join(" | ", _lines)} stderr: {_errors}");
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }

            _process.Dispose();
        }
    }
}
