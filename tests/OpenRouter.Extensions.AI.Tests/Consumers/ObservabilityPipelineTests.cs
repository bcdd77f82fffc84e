using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenRouter.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OpenRouter.Extensions.AI.Tests.Consumers;

/// <summary>
/// Our IChatClient under <c>UseLogging</c> (Trace level, sensitive data on) and <c>UseOpenTelemetry</c> with in-memory
/// exporters: the gen_ai span attributes and metrics are recorded, and the API key shows up nowhere, not even when
/// calls fail.
/// </summary>
public sealed class ObservabilityPipelineTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Spans_and_metrics_carry_model_provider_and_usage(bool streamed)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Chat("Bonjour.", promptTokens: 17, completionTokens: 5, model: "anthropic/claude-sonnet-4-20250514", provider: "Anthropic"));
        using var telemetry = new Telemetry();
        using var client = telemetry.Wrap(harness.ChatClient);

        var response = streamed
            ? (await client.GetStreamingResponseAsync("Say hello in French.").ToListAsync()).ToChatResponse()
            : await client.GetResponseAsync("Say hello in French.");
        telemetry.Flush();

        Assert.Equal("Bonjour.", response.Text);
        var span = Assert.Single(telemetry.Activities, a => a.Source.Name == telemetry.SourceName);
        Assert.Equal(EmulatorHarness.Model, span.GetTagItem("gen_ai.request.model"));
        Assert.Equal("anthropic/claude-sonnet-4-20250514", span.GetTagItem("gen_ai.response.model"));
        Assert.Equal("openrouter", span.GetTagItem("gen_ai.provider.name"));
        Assert.Equal("chat", span.GetTagItem("gen_ai.operation.name"));
        Assert.Equal(17, Convert.ToInt64(span.GetTagItem("gen_ai.usage.input_tokens"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5, Convert.ToInt64(span.GetTagItem("gen_ai.usage.output_tokens"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(response.ResponseId, span.GetTagItem("gen_ai.response.id"));
        Assert.Equal(new Uri(harness.Emulator.Endpoint.GetLeftPart(UriPartial.Authority)).Host, span.GetTagItem("server.address"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);

        var tokens = Assert.Single(telemetry.Metrics, m => m.Name == "gen_ai.client.token.usage");
        var byType = new Dictionary<string, double>();
        foreach (var point in tokens.MetricPoints)
        {
            string? type = null;
            foreach (var tag in point.Tags)
            {
                if (tag.Key == "gen_ai.token.type")
                {
                    type = tag.Value as string;
                }
            }

            byType[type ?? "?"] = point.GetHistogramSum();
        }

        Assert.Equal(17, byType["input"]);
        Assert.Equal(5, byType["output"]);
        var duration = Assert.Single(telemetry.Metrics, m => m.Name == "gen_ai.client.operation.duration");
        Assert.Equal(1, Assert.Single(duration.MetricPoints).GetHistogramCount());

        telemetry.AssertNowhere(harness.ApiKey);
    }

    [Fact]
    public async Task Trace_logging_records_the_exchange_without_the_key()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Enqueue(EmulatorResponse.Chat("Logged answer.", reasoning: "Thinking out loud.", cost: 0.002m, provider: "Anthropic"));
        harness.Emulator.Enqueue(EmulatorResponse.Chat("Logged stream."));
        using var telemetry = new Telemetry();
        using var client = telemetry.Wrap(harness.ChatClient);
        var options = new ChatOptions { Temperature = 0.1f, AdditionalProperties = new() { ["provider"] = new Dictionary<string, object?> { ["sort"] = "price" } } };

        await client.GetResponseAsync("Log this.", options);
        await client.GetStreamingResponseAsync("Log that.", options).ToListAsync();
        telemetry.Flush();

        var records = telemetry.Logs.GetSnapshot();
        var text = string.Join("\n", records.Select(r => r.Message));
        Assert.Contains("Log this.", text, StringComparison.Ordinal);
        Assert.Contains("Logged answer.", text, StringComparison.Ordinal);
        Assert.Contains(records, r => r.Message.StartsWith("GetStreamingResponseAsync received update", StringComparison.Ordinal) && r.Message.Contains("stream", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.StartsWith("GetStreamingResponseAsync completed", StringComparison.Ordinal));
        Assert.Contains("Thinking out loud.", text, StringComparison.Ordinal);
        Assert.Contains(records, r => r.Level == LogLevel.Trace);
        Assert.DoesNotContain(records, r => r.Level >= LogLevel.Warning);
        telemetry.AssertNowhere(harness.ApiKey);
    }

    [Theory]
    [InlineData(false, 401)]
    [InlineData(true, 401)]
    [InlineData(false, 500)]
    [InlineData(true, 500)]
    public async Task Failed_calls_leak_the_key_nowhere(bool streamed, int status)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        // A hostile upstream that echoes the caller's key in its error text and metadata.
        var message = status == 401 ? "No auth credentials found" : $"Upstream failed for Bearer {harness.ApiKey}";
        harness.Emulator.Enqueue(EmulatorResponse.Error(status, message, metadataJson: $$"""{"provider_name":"Anthropic","raw":"authorization: Bearer {{harness.ApiKey}}"}"""));
        using var telemetry = new Telemetry();
        using var client = telemetry.Wrap(harness.ChatClient);

        var exception = await Assert.ThrowsAnyAsync<OpenRouterException>(async () =>
        {
            if (streamed)
            {
                await client.GetStreamingResponseAsync("Fail, please.").ToListAsync();
            }
            else
            {
                await client.GetResponseAsync("Fail, please.");
            }
        });
        telemetry.Flush();

        Assert.Equal(status, exception.StatusCode);
        Assert.DoesNotContain(harness.ApiKey, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(harness.ApiKey, exception.Message, StringComparison.Ordinal);

        // The pipeline saw the failure: an error log with the exception, and a span marked as an error.
        Assert.Contains(telemetry.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Exception is not null);
        var span = Assert.Single(telemetry.Activities, a => a.Source.Name == telemetry.SourceName);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.NotNull(span.GetTagItem("error.type"));
        telemetry.AssertNowhere(harness.ApiKey);
    }

    /// <summary>Logging, tracing and metrics for one test, each under its own names so parallel tests never mix.</summary>
    private sealed class Telemetry : IDisposable
    {
        private readonly ILoggerFactory _loggerFactory;
        private readonly TracerProvider _tracer;
        private readonly MeterProvider _meter;

        public Telemetry()
        {
            SourceName = "openrouter-tests-" + Guid.NewGuid().ToString("N");
            _loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Logs)));
            _tracer = Sdk.CreateTracerProviderBuilder().AddSource(SourceName).AddSource("System.Net.Http").AddInMemoryExporter(Activities).Build();
            _meter = Sdk.CreateMeterProviderBuilder().AddMeter(SourceName).AddInMemoryExporter(Metrics).Build();
        }

        public string SourceName { get; }

        public FakeLogCollector Logs { get; } = new();

        public List<Activity> Activities { get; } = [];

        public List<MetricSnapshot> Metrics { get; } = [];

        public IChatClient Wrap(IChatClient inner) =>
            inner.AsBuilder()
                .UseLogging(_loggerFactory)
                .UseOpenTelemetry(_loggerFactory, SourceName, c => c.EnableSensitiveData = true)
                .Build();

        public void Flush()
        {
            _tracer.ForceFlush();
            _meter.ForceFlush();
        }

        /// <summary>Fails if <paramref name="secret"/> is in any log record, span or metric.</summary>
        public void AssertNowhere(string secret)
        {
            Assert.NotEmpty(Logs.GetSnapshot());
            Assert.NotEmpty(Activities);
            foreach (var record in Logs.GetSnapshot())
            {
                var all = new StringBuilder().Append(record.Message).Append('\n').Append(record.State).Append('\n').Append(record.Exception?.ToString());
                foreach (var pair in record.StructuredState ?? [])
                {
                    all.Append('\n').Append(pair.Key).Append('=').Append(pair.Value);
                }

                Assert.DoesNotContain(secret, all.ToString(), StringComparison.Ordinal);
            }

            foreach (var activity in Activities.ToArray())
            {
                Assert.DoesNotContain(secret, SentinelScan.ActivityText(activity), StringComparison.Ordinal);
            }

            foreach (var metric in Metrics)
            {
                foreach (var point in metric.MetricPoints)
                {
                    foreach (var tag in point.Tags)
                    {
                        Assert.DoesNotContain(secret, $"{tag.Key}={tag.Value}", StringComparison.Ordinal);
                    }
                }
            }
        }

        public void Dispose()
        {
            _meter.Dispose();
            _tracer.Dispose();
            _loggerFactory.Dispose();
        }
    }
}
