using System.Diagnostics;
using System.Net;
using System.Text;
using OpenRouter.Tests.Support;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Simmy.Latency;
using Polly.Simmy.Outcomes;
using Xunit.Abstractions;

namespace OpenRouter.Tests.Reliability;

/// <summary>
/// R17: 10,000 calls through Polly's chaos strategies (5 % I/O faults, then 20 % injected 503s, then 10 % added
/// latency) around an in-memory handler, on a clock where every wait ends at once. A call fails only when all three
/// attempts fail, so the success rate must be 1 - p³ with p = 0.05 + 0.95 × 0.2 = 0.24. Runs alone so that the
/// unobserved-task check sees only its own tasks.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ChaosSoakTests(ITestOutputHelper output)
{
    private const int Calls = 10_000;

    [Fact]
    public async Task R17_chaos_soak_success_rate_matches_the_analytic_value_without_leaks()
    {
        var unobserved = 0;
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => Interlocked.Increment(ref unobserved);
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            var time = new InstantTime();
            var random = new Random(20261127);
            var responses = new ResponseCounter();
            var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
                .AddChaosFault(new ChaosFaultStrategyOptions
                {
                    InjectionRate = 0.05,
                    Randomizer = random.NextDouble,
                    FaultGenerator = args => new ValueTask<Exception?>(new IOException("injected: connection reset")),
                })
                .AddChaosOutcome(new ChaosOutcomeStrategyOptions<HttpResponseMessage>
                {
                    InjectionRate = 0.20,
                    Randomizer = random.NextDouble,
                    OutcomeGenerator = args => new ValueTask<Outcome<HttpResponseMessage>?>(Outcome.FromResult(responses.Create(HttpStatusCode.ServiceUnavailable, """{"error":{"code":503,"message":"injected"}}"""))),
                })
                .AddChaosLatency(new ChaosLatencyStrategyOptions
                {
                    InjectionRate = 0.10,
                    Randomizer = random.NextDouble,
                    Latency = TimeSpan.FromSeconds(2),
                })
                .Build();
            using var http = new HttpClient(new ChaosHandler(pipeline, new OkHandler(responses)));
            using var client = new OpenRouterClient(
                new OpenRouterClientOptions { ApiKey = "sk-or-v1-soak", MaxRetries = 2, TimeProvider = time, JitterSource = random.NextDouble },
                http);
            var request = new ChatCompletionRequest { Model = "m", Messages = [ChatCompletionMessage.User("x")] };

            var clock = Stopwatch.StartNew();
            var succeeded = 0;
            var failedTyped = 0;
            for (var i = 0; i < Calls; i++)
            {
                try
                {
                    await client.CreateChatCompletionAsync(request);
                    succeeded++;
                }
                catch (OpenRouterException ex) when (ex.Attempts == 3)
                {
                    failedTyped++;
                }
            }

            clock.Stop();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            var p = 0.05 + (0.95 * 0.20);
            var expected = 1 - (p * p * p);
            var rate = succeeded / (double)Calls;
            output.WriteLine($"R17: {Calls} calls in {clock.Elapsed.TotalSeconds:F2} s real ({time.Elapsed.TotalHours:F1} h of fake time); success {rate:P2}, expected {expected:P2}; {responses.Created} responses, {responses.Open} undisposed; {unobserved} unobserved task exceptions");
            Assert.Equal(Calls, succeeded + failedTyped);
            Assert.InRange(rate, expected - 0.01, expected + 0.01);
            Assert.Equal(0, responses.Open);
            Assert.Equal(0, Volatile.Read(ref unobserved));
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"the soak took {clock.Elapsed}");
            Assert.True(time.Elapsed > TimeSpan.FromMinutes(30), "backoff waits should have run on the fake clock");
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }
    }

    /// <summary>A clock on which every timer fires at once, moving the time forward by its due time.</summary>
    private sealed class InstantTime : TimeProvider
    {
        private static readonly DateTimeOffset Origin = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
        private long _ticks;

        public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

        public override DateTimeOffset GetUtcNow() => Origin + Elapsed;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new InstantTimer(this, callback, state);
            timer.Change(dueTime, period);
            return timer;
        }

        private sealed class InstantTimer(InstantTime owner, TimerCallback callback, object? state) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    Interlocked.Add(ref owner._ticks, dueTime.Ticks);
                    ThreadPool.UnsafeQueueUserWorkItem(_ => callback(state), null);
                }

                return true;
            }

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    /// <summary>Counts responses made and responses whose content was disposed.</summary>
    private sealed class ResponseCounter
    {
        private int _created;
        private int _disposed;

        public int Created => Volatile.Read(ref _created);

        public int Open => Created - Volatile.Read(ref _disposed);

        public HttpResponseMessage Create(HttpStatusCode status, string json)
        {
            Interlocked.Increment(ref _created);
            return new HttpResponseMessage(status) { Content = new CountedContent(json, this) };
        }

        private sealed class CountedContent(string json, ResponseCounter owner) : ByteArrayContent(Encoding.UTF8.GetBytes(json))
        {
            private int _disposed;

            protected override void Dispose(bool disposing)
            {
                if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    Interlocked.Increment(ref owner._disposed);
                }

                base.Dispose(disposing);
            }
        }
    }

    private sealed class OkHandler(ResponseCounter responses) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = responses.Create(HttpStatusCode.OK, OpenRouter.Tests.Client.RetryTests.Ok);
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(response);
        }
    }

    private sealed class ChaosHandler(ResiliencePipeline<HttpResponseMessage> pipeline, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            await pipeline.ExecuteAsync(async ct => await base.SendAsync(request, ct), cancellationToken);
    }
}
