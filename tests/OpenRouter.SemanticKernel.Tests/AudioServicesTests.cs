using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.Services;
using Microsoft.SemanticKernel.TextToAudio;
using OpenRouter.Testing;
using TextContent = Microsoft.SemanticKernel.TextContent;

#pragma warning disable SKEXP0001 // Semantic Kernel's audio services and AudioContent are experimental.

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>
/// Text-to-audio and audio-to-text through a real kernel, against the emulator, whose WAV and MP3 carry the text they
/// speak and transcribe back to it.
/// </summary>
public sealed class AudioServicesTests : IAsyncLifetime
{
    private const string SpeechModel = "openai/gpt-4o-mini-tts";
    private const string TranscriptionModel = "openai/whisper-large-v3";

    private EmulatorRig _rig = null!;

    public async Task InitializeAsync() => _rig = await EmulatorRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private Kernel Kernel => Support.BuildKernel(b => b
        .AddOpenRouterTextToAudio(SpeechModel, _rig.ApiKey!, _rig.Endpoint)
        .AddOpenRouterAudioToText(TranscriptionModel, _rig.ApiKey!, _rig.Endpoint));

    [Theory]
    [InlineData("wav", "audio/wav")]
    [InlineData("mp3", "audio/mpeg")]
    public async Task Speech_from_the_kernel_transcribes_back_to_its_text(string format, string mediaType)
    {
        var kernel = Kernel;
        var speech = kernel.GetRequiredService<ITextToAudioService>();
        var transcriber = kernel.GetRequiredService<IAudioToTextService>();

        var audio = await speech.GetAudioContentAsync("The kernel speaks through OpenRouter.", new OpenRouterTextToAudioExecutionSettings { ResponseFormat = format, Voice = "alloy" });
        var transcript = await transcriber.GetTextContentAsync(audio);

        Assert.Equal(mediaType, audio.MimeType);
        Assert.True(audio.Data!.Value.Length > 1000);
        Assert.Equal(SpeechModel, audio.ModelId);
        Assert.Equal(_rig.Emulator.Requests[0].GenerationId, audio.Metadata![OpenRouterMetadataKeys.Id]);
        Assert.Equal("The kernel speaks through OpenRouter.", transcript.Text);
        Assert.Equal(TranscriptionModel, transcript.ModelId);
        Assert.IsType<TranscriptionResponse>(transcript.InnerContent);
        Assert.Equal(format, _rig.Emulator.BodyObject(1)["input_audio"]!["format"]!.GetValue<string>());
        Assert.Equal(Convert.ToBase64String(audio.Data.Value.Span), _rig.Emulator.BodyObject(1)["input_audio"]!["data"]!.GetValue<string>());
    }

    [Fact]
    public async Task Speech_settings_reach_the_body_and_the_audio_is_the_whole_answer()
    {
        var settings = new OpenRouterTextToAudioExecutionSettings
        {
            ModelId = "mistralai/voxtral-mini-tts-2603",
            Voice = "en_paul_neutral",
            ResponseFormat = "pcm",
            Speed = 1.25,
            Provider = new ProviderPassthroughOptions { Options = new Dictionary<string, System.Text.Json.JsonElement> { ["mistral"] = System.Text.Json.JsonDocument.Parse("""{"style":"calm"}""").RootElement } },
        };

        var audio = Assert.Single(await Kernel.GetRequiredService<ITextToAudioService>().GetAudioContentsAsync("Hello there", settings));

        JsonAssert.DeepEqual(
            """{"model":"mistralai/voxtral-mini-tts-2603","input":"Hello there","voice":"en_paul_neutral","response_format":"pcm","speed":1.25,"provider":{"options":{"mistral":{"style":"calm"}}}}""",
            _rig.Emulator.BodyObject(^1));
        Assert.Equal("audio/pcm", audio.MimeType);
        Assert.Equal(0, audio.Data!.Value.Length % 2);
        Assert.Equal("mistralai/voxtral-mini-tts-2603", audio.ModelId);
    }

    [Fact]
    public async Task A_verbose_transcript_carries_usage_cost_language_duration_and_segments()
    {
        var kernel = Kernel;
        var audio = await kernel.GetRequiredService<ITextToAudioService>().GetAudioContentAsync("First sentence here. Second one follows.", new OpenRouterTextToAudioExecutionSettings { ResponseFormat = "wav" });
        var settings = new OpenRouterAudioToTextExecutionSettings
        {
            Language = "en",
            ResponseFormat = "verbose_json",
            Temperature = 0,
            TimestampGranularities = ["segment", "word"],
        };

        var transcript = await kernel.GetRequiredService<IAudioToTextService>().GetTextContentAsync(audio, settings);

        Assert.Equal("First sentence here. Second one follows.", transcript.Text);
        var metadata = transcript.Metadata!;
        var usage = Assert.IsType<UsageDetails>(metadata[OpenRouterMetadataKeys.Usage]);
        Assert.True(usage.TotalTokenCount > 0);
        Assert.True(Assert.IsType<decimal>(metadata[OpenRouterMetadataKeys.Cost]) > 0);
        Assert.Equal(metadata[OpenRouterMetadataKeys.Cost], usage.GetOpenRouterCost());
        Assert.IsType<string>(metadata[OpenRouterMetadataKeys.Language]);
        Assert.True(Assert.IsType<double>(metadata[OpenRouterMetadataKeys.Duration]) > 0);
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyList<TranscriptionSegment>>(metadata[OpenRouterMetadataKeys.Segments]).Count);
        var body = _rig.Emulator.BodyObject(^1);
        Assert.Equal("en", (string?)body["language"]);
        Assert.Equal("verbose_json", (string?)body["response_format"]);
        Assert.Equal(0, (double)body["temperature"]!);
        JsonAssert.DeepEqual("""["segment","word"]""", body["timestamp_granularities"]);
    }

    [Fact]
    public async Task A_scripted_transcript_brings_its_cost_and_a_provider_OpenRouter_adds_is_kept()
    {
        var kernel = Kernel;
        var audio = await kernel.GetRequiredService<ITextToAudioService>().GetAudioContentAsync("Anything", new OpenRouterTextToAudioExecutionSettings { ResponseFormat = "wav" });
        _rig.Emulator.Enqueue("audio/transcriptions", EmulatorResponse.Chat("Scripted transcript.", cost: 0.01m));
        _rig.Emulator.Enqueue("audio/transcriptions", EmulatorResponse.Json(200, """{"text":"Served.","usage":{"seconds":1.5,"cost":0.002},"provider":"Groq"}"""));

        var scripted = await kernel.GetRequiredService<IAudioToTextService>().GetTextContentAsync(new AudioContent(audio.Data!.Value, "audio/x-wav"));
        var served = await kernel.GetRequiredService<IAudioToTextService>().GetTextContentAsync(audio);

        Assert.Equal("Scripted transcript.", scripted.Text);
        Assert.Equal(0.01m, scripted.Metadata![OpenRouterMetadataKeys.Cost]);
        Assert.Equal("wav", (string?)_rig.Emulator.BodyObject(1)["input_audio"]!["format"]);
        Assert.Equal("Served.", served.Text);
        Assert.Equal("Groq", served.Metadata![OpenRouterMetadataKeys.Provider]);
        Assert.Equal(0.002m, ((UsageDetails)served.Metadata[OpenRouterMetadataKeys.Usage]!).GetOpenRouterCost());
    }

    [Fact]
    public async Task The_audio_format_comes_from_the_setting_else_the_MIME_type_and_plain_extension_data_reaches_the_body()
    {
        var kernel = Kernel;
        var wav = await kernel.GetRequiredService<ITextToAudioService>().GetAudioContentAsync("Format check", new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["response_format"] = "wav" } });
        var unlabelled = new AudioContent(wav.Data!.Value, mimeType: null);
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["audio_format"] = "wav", ["language"] = "en", ["model"] = "openai/whisper-1" } };

        var transcript = await kernel.GetRequiredService<IAudioToTextService>().GetTextContentAsync(unlabelled, settings);

        Assert.Equal("Format check", transcript.Text);
        var body = _rig.Emulator.BodyObject(^1);
        Assert.Equal("wav", (string?)body["input_audio"]!["format"]);
        Assert.Equal("en", (string?)body["language"]);
        Assert.Equal("openai/whisper-1", (string?)body["model"]);
        Assert.False(body.ContainsKey("audio_format"));
        Assert.Equal("wav", (string?)_rig.Emulator.BodyObject(0)["response_format"]);
    }

    [Fact]
    public async Task Audio_the_service_cannot_send_is_refused_before_anything_is_sent()
    {
        var transcriber = Kernel.GetRequiredService<IAudioToTextService>();

        var unknown = await Assert.ThrowsAsync<ArgumentException>(() => transcriber.GetTextContentsAsync(new AudioContent(new byte[] { 1, 2, 3 }, mimeType: null)));
        var remote = await Assert.ThrowsAsync<ArgumentException>(() => transcriber.GetTextContentsAsync(new AudioContent(new Uri("https://example.com/a.wav"))));
        await Assert.ThrowsAsync<ArgumentException>(() => Kernel.GetRequiredService<ITextToAudioService>().GetAudioContentsAsync(""));

        Assert.Contains("AudioFormat", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("not fetched", remote.Message, StringComparison.Ordinal);
        Assert.Empty(_rig.Emulator.Requests);
    }

    [Fact]
    public async Task Errors_are_typed_OpenRouterExceptions()
    {
        var kernel = Kernel;
        _rig.Emulator.Enqueue("audio/speech", EmulatorResponse.Error(402, "Insufficient credits"));
        var speech = await Assert.ThrowsAnyAsync<OpenRouterException>(() => kernel.GetRequiredService<ITextToAudioService>().GetAudioContentsAsync("Hello"));

        var transcription = await Assert.ThrowsAnyAsync<OpenRouterException>(() =>
            kernel.GetRequiredService<IAudioToTextService>().GetTextContentsAsync(new AudioContent(Encoding.UTF8.GetBytes("RIFF"), "audio/wav"), new OpenRouterAudioToTextExecutionSettings { ResponseFormat = "srt" }));

        Assert.Equal(402, speech.StatusCode);
        Assert.Equal(400, transcription.StatusCode);
    }

    [Fact]
    public void Both_services_expose_their_model_and_endpoint()
    {
        var kernel = Kernel;

        Assert.Equal(SpeechModel, kernel.GetRequiredService<ITextToAudioService>().GetModelId());
        Assert.Equal(TranscriptionModel, kernel.GetRequiredService<IAudioToTextService>().GetModelId());
        Assert.Equal(_rig.Endpoint.ToString(), kernel.GetRequiredService<IAudioToTextService>().GetEndpoint());
    }
}
