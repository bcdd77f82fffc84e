#pragma warning disable MEAI001 // The image and speech abstractions are experimental in Microsoft.Extensions.AI 10.11.

using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary>
/// The builders the registrations return stack M.E.AI's real middleware: a distributed cache on embeddings (a repeat
/// sends nothing), logging, and OpenTelemetry spans and metrics naming OpenRouter, seen by an
/// <see cref="ActivityListener"/> and a <see cref="MeterListener"/>.
/// </summary>
public sealed class RoutePipelineTests
{
    private const string Key = "sk-or-v1-route-pipeline-0123456789abcdef";

    private static ServiceCollection Services(OpenRouterEmulator emulator, FakeLogCollector logs)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenRouter:ApiKey"] = Key,
            ["OpenRouter:Endpoint"] = emulator.Endpoint.AbsoluteUri,
            ["OpenRouter:DefaultEmbeddingModel"] = RouteRig.EmbeddingModel,
            ["OpenRouter:DefaultImageModel"] = RouteRig.ImageModel,
            ["OpenRouter:DefaultSpeechToTextModel"] = RouteRig.TranscriptionModel,
            ["OpenRouter:DefaultTextToSpeechModel"] = RouteRig.SpeechModel,
        }).Build());
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        services.AddSingleton<IDistributedCache>(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        return services;
    }

    [Fact]
    public async Task A_cached_embedding_is_not_requested_again_and_only_new_texts_are_sent()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = Key });
        var services = Services(emulator, new FakeLogCollector());
        services.AddOpenRouterEmbeddingGenerator().UseDistributedCache();
        await using var provider = services.BuildServiceProvider();
        var generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var first = await generator.GenerateAsync(["The cat sat on the mat."]);
        var second = await generator.GenerateAsync(["The cat sat on the mat."]);
        Assert.Single(emulator.Requests);
        Assert.Equal(first[0].Vector.ToArray(), second[0].Vector.ToArray());
        Assert.Equal(first[0].ModelId, second[0].ModelId);

        var mixed = await generator.GenerateAsync(["The cat sat on the mat.", "A dog ran in the park."]);
        Assert.Equal(2, emulator.Requests.Count);
        Assert.Equal("""["A dog ran in the park."]""", emulator.BodyObject(^1)["input"]!.ToJsonString());
        Assert.Equal(first[0].Vector.ToArray(), mixed[0].Vector.ToArray());
        Assert.NotNull(generator.GetService<DistributedCachingEmbeddingGenerator<string, Embedding<float>>>());
        Assert.NotNull(generator.GetService<OpenRouterClient>());
    }

    [Fact]
    public async Task Logging_and_OpenTelemetry_record_each_kind_with_openrouter_as_the_provider()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = Key });
        var logs = new FakeLogCollector();
        var services = Services(emulator, logs);
        var source = "openrouter-route-tests-" + Guid.NewGuid().ToString("N");
        services.AddOpenRouterEmbeddingGenerator().UseLogging().UseOpenTelemetry(sourceName: source);
        services.AddOpenRouterImageGenerator().UseLogging().UseOpenTelemetry(sourceName: source);
        services.AddOpenRouterSpeechToTextClient().UseLogging().UseOpenTelemetry(sourceName: source);
        services.AddOpenRouterTextToSpeechClient().UseLogging().UseOpenTelemetry(sourceName: source);
        await using var provider = services.BuildServiceProvider();
        using var telemetry = new TelemetryRecorder(source);

        await provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["traced"]);
        await provider.GetRequiredService<IImageGenerator>().GenerateImagesAsync("A traced picture.");
        var speech = await provider.GetRequiredService<ITextToSpeechClient>().GetAudioAsync("Traced speech.", new TextToSpeechOptions { AudioFormat = "wav" });
        await provider.GetRequiredService<ISpeechToTextClient>().GetTextAsync(Assert.IsType<DataContent>(Assert.Single(speech.Contents)));

        var spans = telemetry.Activities;
        Assert.Equal(4, spans.Count);
        Assert.All(spans, span => Assert.Equal("openrouter", span.GetTagItem("gen_ai.provider.name")));
        var embeddings = Assert.Single(spans, s => (string?)s.GetTagItem("gen_ai.operation.name") == "embeddings");
        Assert.Equal(RouteRig.EmbeddingModel, embeddings.GetTagItem("gen_ai.request.model"));
        Assert.True(Convert.ToInt64(embeddings.GetTagItem("gen_ai.usage.input_tokens"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(new Uri(emulator.Endpoint.GetLeftPart(UriPartial.Authority)).Host, embeddings.GetTagItem("server.address"));
        Assert.Contains(telemetry.Measurements, m => m.Instrument == "gen_ai.client.operation.duration");
        Assert.Contains(telemetry.Measurements, m => m.Instrument == "gen_ai.client.token.usage" && m.Tags.Contains(new KeyValuePair<string, object?>("gen_ai.provider.name", "openrouter")));

        var records = logs.GetSnapshot();
        Assert.Contains(records, r => r.Category != null && r.Category.StartsWith("Microsoft.Extensions.AI.LoggingEmbeddingGenerator", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Category == typeof(LoggingImageGenerator).FullName);
        Assert.Contains(records, r => r.Category == typeof(LoggingSpeechToTextClient).FullName);
        Assert.Contains(records, r => r.Category == typeof(LoggingTextToSpeechClient).FullName);
        Assert.All(records, r => Assert.DoesNotContain(Key, r.Message, StringComparison.Ordinal));
    }

    /// <summary>Collects the spans of one activity source and the measurements of the meter of the same name.</summary>
    private sealed class TelemetryRecorder : IDisposable
    {
        private readonly ActivityListener _activities;
        private readonly MeterListener _meters;

        public TelemetryRecorder(string source)
        {
            _activities = new ActivityListener
            {
                ShouldListenTo = s => s.Name == source,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    lock (Activities)
                    {
                        Activities.Add(a);
                    }
                },
            };
            ActivitySource.AddActivityListener(_activities);
            _meters = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter.Name == source) { l.EnableMeasurementEvents(i); } } };
            _meters.SetMeasurementEventCallback<double>(Record);
            _meters.SetMeasurementEventCallback<long>((i, v, t, s) => Record(i, v, t, s));
            _meters.SetMeasurementEventCallback<int>((i, v, t, s) => Record(i, v, t, s));
            _meters.Start();
        }

        public List<Activity> Activities { get; } = [];

        public List<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> Measurements { get; } = [];

        public void Dispose()
        {
            _activities.Dispose();
            _meters.Dispose();
        }

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            lock (Measurements)
            {
                Measurements.Add((instrument.Name, value, tags.ToArray()));
            }
        }
    }
}
