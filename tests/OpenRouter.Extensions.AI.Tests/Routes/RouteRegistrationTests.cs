#pragma warning disable MEAI001 // The image and speech abstractions are experimental in Microsoft.Extensions.AI 10.11.

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary>
/// <c>AddOpenRouterEmbeddingGenerator</c> and friends: bound from the <c>OpenRouter</c> section like the chat client, a
/// default model per kind checked at host start, keyed variants, one shared <see cref="OpenRouterClient"/>.
/// </summary>
public sealed class RouteRegistrationTests
{
    private const string Key = "sk-or-v1-route-registration-0123456789abcdef";

    private static ServiceCollection Services(params (string Key, string? Value)[] values)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build());
        return services;
    }

    private static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    private static Task<OpenRouterEmulator> StartEmulatorAsync() =>
        OpenRouterEmulator.StartAsync(new OpenRouterEmulatorOptions { RequiredApiKey = Key });

    [Fact]
    public async Task The_embedding_generator_takes_its_model_and_dimensions_from_configuration()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(
            ("OpenRouter:ApiKey", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultEmbeddingModel", RouteRig.EmbeddingModel),
            ("OpenRouter:DefaultEmbeddingDimensions", "256"));
        services.AddOpenRouterEmbeddingGenerator();
        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();
        var generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        var result = await generator.GenerateAsync(["configured"]);

        Assert.Equal(256, result[0].Vector.Length);
        var body = emulator.BodyObject(^1);
        Assert.Equal(RouteRig.EmbeddingModel, body["model"]!.GetValue<string>());
        Assert.Equal(256, body["dimensions"]!.GetValue<int>());
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>()!;
        Assert.Equal("openrouter", metadata.ProviderName);
        Assert.Equal(256, metadata.DefaultModelDimensions);
        Assert.Same(provider.GetRequiredService<OpenRouterClient>(), generator.GetService<OpenRouterClient>());
    }

    public static TheoryData<string, string> Kinds() => new()
    {
        { "embeddings", "DefaultEmbeddingModel" },
        { "images", "DefaultImageModel" },
        { "speech-to-text", "DefaultSpeechToTextModel" },
        { "text-to-speech", "DefaultTextToSpeechModel" },
    };

    private static void Register(IServiceCollection services, string kind, object? key = null)
    {
        switch ((kind, key))
        {
            case ("embeddings", null): services.AddOpenRouterEmbeddingGenerator(); break;
            case ("images", null): services.AddOpenRouterImageGenerator(); break;
            case ("speech-to-text", null): services.AddOpenRouterSpeechToTextClient(); break;
            case ("text-to-speech", null): services.AddOpenRouterTextToSpeechClient(); break;
            case ("embeddings", _): services.AddKeyedOpenRouterEmbeddingGenerator(key); break;
            case ("images", _): services.AddKeyedOpenRouterImageGenerator(key); break;
            case ("speech-to-text", _): services.AddKeyedOpenRouterSpeechToTextClient(key); break;
            default: services.AddKeyedOpenRouterTextToSpeechClient(key!); break;
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_needs_its_own_default_model_at_start_and_no_chat_model(string kind, string setting)
    {
        var services = Services(("OpenRouter:ApiKey", Key));
        Register(services, kind);
        using var provider = Build(services);

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var message = Assert.Single(failure.Failures);
        Assert.Contains($"'OpenRouter:{setting}'", message, StringComparison.Ordinal);
        Assert.Contains($"OpenRouterServiceOptions.{setting}", message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, failure.Message, StringComparison.Ordinal);

        var configured = Services(("OpenRouter:ApiKey", Key), ($"OpenRouter:{setting}", "some/model"));
        Register(configured, kind);
        using var ready = Build(configured);
        ready.GetRequiredService<IStartupValidator>().Validate();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Keyed_registrations_read_the_keys_section_over_the_shared_one(string kind, string setting)
    {
        var services = Services(("OpenRouter:ApiKey", Key), ($"OpenRouter:{setting}", "shared/model"), ($"OpenRouter:team:{setting}", "team/model"));
        Register(services, kind, "team");
        Register(services, kind);
        using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var (shared, team) = kind switch
        {
            "embeddings" => (provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId,
                             provider.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>("team").GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId),
            "images" => (provider.GetRequiredService<IImageGenerator>().GetService<ImageGeneratorMetadata>()!.DefaultModelId,
                         provider.GetRequiredKeyedService<IImageGenerator>("team").GetService<ImageGeneratorMetadata>()!.DefaultModelId),
            "speech-to-text" => (provider.GetRequiredService<ISpeechToTextClient>().GetService<SpeechToTextClientMetadata>()!.DefaultModelId,
                                 provider.GetRequiredKeyedService<ISpeechToTextClient>("team").GetService<SpeechToTextClientMetadata>()!.DefaultModelId),
            _ => (provider.GetRequiredService<ITextToSpeechClient>().GetService<TextToSpeechClientMetadata>()!.DefaultModelId,
                  provider.GetRequiredKeyedService<ITextToSpeechClient>("team").GetService<TextToSpeechClientMetadata>()!.DefaultModelId),
        };

        Assert.Equal("shared/model", shared);
        Assert.Equal("team/model", team);
    }

    [Theory]
    [InlineData("0", "at least 1")]
    [InlineData("lots", "not a whole number")]
    public void Bad_default_dimensions_fail_clearly(string value, string expected)
    {
        var services = Services(("OpenRouter:ApiKey", Key), ("OpenRouter:DefaultEmbeddingModel", RouteRig.EmbeddingModel), ("OpenRouter:DefaultEmbeddingDimensions", value));
        services.AddOpenRouterEmbeddingGenerator();
        using var provider = Build(services);

        var failure = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_kind_beside_the_chat_client_shares_one_OpenRouter_client_and_works()
    {
        await using var emulator = await StartEmulatorAsync();
        var services = Services(
            ("OpenRouter:ApiKey", Key),
            ("OpenRouter:Endpoint", emulator.Endpoint.AbsoluteUri),
            ("OpenRouter:DefaultModel", "openai/gpt-4o-mini"),
            ("OpenRouter:DefaultEmbeddingModel", RouteRig.EmbeddingModel),
            ("OpenRouter:DefaultImageModel", RouteRig.ImageModel),
            ("OpenRouter:DefaultSpeechToTextModel", RouteRig.TranscriptionModel),
            ("OpenRouter:DefaultTextToSpeechModel", RouteRig.SpeechModel));
        services.AddOpenRouterChatClient();
        services.AddOpenRouterEmbeddingGenerator();
        services.AddOpenRouterImageGenerator();
        services.AddOpenRouterSpeechToTextClient();
        services.AddOpenRouterTextToSpeechClient();
        await using var provider = Build(services);
        provider.GetRequiredService<IStartupValidator>().Validate();
        var client = provider.GetRequiredService<OpenRouterClient>();

        var speech = await provider.GetRequiredService<ITextToSpeechClient>().GetAudioAsync("Registered and working.", new TextToSpeechOptions { AudioFormat = "wav" });
        var wav = Assert.IsType<DataContent>(Assert.Single(speech.Contents));
        var text = await provider.GetRequiredService<ISpeechToTextClient>().GetTextAsync(wav);
        var image = await provider.GetRequiredService<IImageGenerator>().GenerateImagesAsync("A registered picture.");
        var vectors = await provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["registered"]);

        Assert.Equal("Registered and working.", text.Text);
        Assert.IsType<DataContent>(Assert.Single(image.Contents));
        Assert.Single(vectors);
        Assert.Equal(["audio/speech", "audio/transcriptions", "images", "embeddings"], emulator.Requests.Select(r => r.Path));
        Assert.Same(client, provider.GetRequiredService<IChatClient>().GetService<OpenRouterClient>());
        Assert.Same(client, provider.GetRequiredService<IImageGenerator>().GetService<OpenRouterClient>());
        Assert.Same(client, provider.GetRequiredService<ISpeechToTextClient>().GetService<OpenRouterClient>());
        Assert.Same(client, provider.GetRequiredService<ITextToSpeechClient>().GetService<OpenRouterClient>());
    }
}
