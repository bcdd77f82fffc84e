using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.TextToAudio;
using Microsoft.SemanticKernel.TextToImage;
using OpenRouter.Testing;
using TextContent = Microsoft.SemanticKernel.TextContent;

#pragma warning disable SKEXP0001 // Semantic Kernel's media service interfaces are experimental.

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>The media registrations: keyed by service id, their twins on <see cref="IServiceCollection"/>, their own clients, HTTP clients, argument checks.</summary>
public sealed class MediaRegistrationTests
{
    [Fact]
    public async Task Services_registered_under_service_ids_resolve_by_id_only_each_with_its_own_model_and_client()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var kernel = Support.BuildKernel(b => b
            .AddOpenRouterTextToImage("openai/gpt-image-1", Support.ApiKey, emulator.Endpoint, serviceId: "fast")
            .AddOpenRouterTextToImage("bytedance-seed/seedream-4.5", Support.ApiKey, emulator.Endpoint, serviceId: "fine")
            .AddOpenRouterTextToAudio("openai/gpt-4o-mini-tts", Support.ApiKey, emulator.Endpoint, serviceId: "voice")
            .AddOpenRouterAudioToText("openai/whisper-large-v3", Support.ApiKey, emulator.Endpoint, serviceId: "ears"));

        Assert.Null(kernel.Services.GetService<ITextToImageService>());
        var fast = Assert.IsType<OpenRouterTextToImageService>(kernel.GetRequiredService<ITextToImageService>("fast"));
        var fine = Assert.IsType<OpenRouterTextToImageService>(kernel.GetRequiredService<ITextToImageService>("fine"));
        Assert.NotSame(fast.Client, fine.Client);
        Assert.Same(fine.Client, kernel.Services.GetRequiredKeyedService<OpenRouterClient>("fine"));
        Assert.Same(
            ((OpenRouterTextToAudioService)kernel.GetRequiredService<ITextToAudioService>("voice")).Client,
            kernel.Services.GetRequiredKeyedService<OpenRouterClient>("voice"));

        await fine.GetImageContentsAsync(new TextContent("A fox"));
        var audio = await kernel.GetRequiredService<ITextToAudioService>("voice").GetAudioContentAsync("Keyed", new OpenRouterTextToAudioExecutionSettings { ResponseFormat = "wav" });
        var text = await kernel.GetRequiredService<IAudioToTextService>("ears").GetTextContentAsync(audio);

        Assert.Equal("bytedance-seed/seedream-4.5", emulator.Body(0).Text("model"));
        Assert.Equal("Keyed", text.Text);
    }

    [Fact]
    public void The_service_collection_twins_register_keyed_lazy_services()
    {
        var services = new ServiceCollection();
        services.AddOpenRouterTextToImage("openai/gpt-image-1", Support.ApiKey, serviceId: "a");
        services.AddOpenRouterTextToAudio("openai/gpt-4o-mini-tts", Support.ApiKey, serviceId: "a");
        services.AddOpenRouterAudioToText("openai/whisper-large-v3", Support.ApiKey);
        using var provider = services.BuildServiceProvider();

        Assert.Null(provider.GetService<ITextToImageService>());
        Assert.IsType<OpenRouterTextToImageService>(provider.GetRequiredKeyedService<ITextToImageService>("a"));
        Assert.IsType<OpenRouterTextToAudioService>(provider.GetRequiredKeyedService<ITextToAudioService>("a"));
        Assert.IsType<OpenRouterAudioToTextService>(provider.GetRequiredService<IAudioToTextService>());
        Assert.NotNull(provider.GetRequiredService<OpenRouterClient>());
    }

    [Fact]
    public async Task The_container_IHttpClientFactory_or_a_given_HttpClient_sends()
    {
        await using var emulator = await OpenRouterEmulator.StartAsync();
        var factoryHandler = new CountingHandler();
        var givenHandler = new CountingHandler();
        using var given = new HttpClient(givenHandler);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddHttpClient("OpenRouter").ConfigurePrimaryHttpMessageHandler(() => factoryHandler);
        builder.AddOpenRouterTextToImage("openai/gpt-image-1", Support.ApiKey, emulator.Endpoint);
        builder.AddOpenRouterTextToAudio("openai/gpt-4o-mini-tts", Support.ApiKey, emulator.Endpoint, httpClient: given);
        var kernel = builder.Build();

        await kernel.GetRequiredService<ITextToImageService>().GetImageContentsAsync(new TextContent("A cat"));
        await kernel.GetRequiredService<ITextToAudioService>().GetAudioContentsAsync("Hi");

        Assert.Equal((1, 1), (factoryHandler.Calls, givenHandler.Calls));
    }

    [Theory]
    [InlineData("", "sk-or-v1-x", "modelId")]
    [InlineData("openai/gpt-image-1", " ", "apiKey")]
    public void Empty_model_ids_and_keys_are_rejected_at_registration(string modelId, string apiKey, string parameter)
    {
        var builder = Kernel.CreateBuilder();

        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => builder.AddOpenRouterTextToImage(modelId, apiKey)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => builder.AddOpenRouterTextToAudio(modelId, apiKey)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => builder.AddOpenRouterAudioToText(modelId, apiKey)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => new OpenRouterTextToImageService(modelId, apiKey)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => new OpenRouterTextToAudioService(modelId, apiKey)).ParamName);
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => new OpenRouterAudioToTextService(modelId, apiKey)).ParamName);
    }

    [Fact]
    public async Task Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ((IKernelBuilder)null!).AddOpenRouterTextToImage("m/x", "k"));
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddOpenRouterAudioToText("m/x", "k"));
        Assert.Throws<ArgumentNullException>(() => new OpenRouterTextToAudioService((OpenRouterClient)null!, "m/x"));
        await Assert.ThrowsAsync<ArgumentNullException>(() => new OpenRouterTextToImageService("m/x", "k").GetImageContentsAsync(null!));
    }

    [Fact]
    public void Settings_convert_from_other_settings_clone_and_freeze()
    {
        var plain = new PromptExecutionSettings { ModelId = "m/x", ServiceId = "s", ExtensionData = new Dictionary<string, object> { ["voice"] = "nova", ["speed"] = "1.5", ["language"] = "fr", ["n"] = 3 } };

        var speech = OpenRouterTextToAudioExecutionSettings.FromExecutionSettings(plain);
        var transcription = OpenRouterAudioToTextExecutionSettings.FromExecutionSettings(plain);
        var image = OpenRouterTextToImageExecutionSettings.FromExecutionSettings(plain);

        Assert.Equal(("nova", 1.5, "m/x", "s"), (speech.Voice, speech.Speed, speech.ModelId, speech.ServiceId));
        Assert.Equal("fr", transcription.Language);
        Assert.Equal(3, image.Count);
        Assert.Same(image, OpenRouterTextToImageExecutionSettings.FromExecutionSettings(image));

        var granular = new OpenRouterAudioToTextExecutionSettings { TimestampGranularities = ["word"], Language = "en" };
        var clone = (OpenRouterAudioToTextExecutionSettings)granular.Clone();
        granular.Freeze();
        Assert.Equal(["word"], clone.TimestampGranularities!);
        Assert.Throws<InvalidOperationException>(() => granular.Language = "de");
        Assert.Throws<NotSupportedException>(() => granular.TimestampGranularities!.Add("segment"));
        clone.Language = "de";
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public CountingHandler() : base(new SocketsHttpHandler()) { }

        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
