#pragma warning disable MEAI001 // ISpeechToTextClient and ITextToSpeechClient are experimental in Microsoft.Extensions.AI 10.11.

using System.Text;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary>
/// <c>AsISpeechToTextClient</c> against the emulator: audio the emulator spoke comes back as its text; the upload is a
/// streamed multipart file (base64 JSON when OpenRouter requires it); options, usage, cost and timings are mapped.
/// </summary>
public sealed class SpeechToTextClientTests
{
    private const string Spoken = "The quick brown fox jumps over the lazy dog.";

    private static async Task<byte[]> SpeakAsync(RouteRig rig, string format = "wav")
    {
        using var tts = rig.Client.AsITextToSpeechClient(RouteRig.SpeechModel);
        var audio = await tts.GetAudioAsync(Spoken, new TextToSpeechOptions { AudioFormat = format });
        return Assert.IsType<DataContent>(Assert.Single(audio.Contents)).Data.ToArray();
    }

    [Fact]
    public async Task Audio_is_uploaded_as_a_multipart_file_named_after_its_sniffed_format_and_transcribed()
    {
        await using var rig = new RouteRig();
        var wav = await SpeakAsync(rig);
        using var stt = rig.Client.AsISpeechToTextClient(RouteRig.TranscriptionModel);
        using var audio = new MemoryStream(wav);

        var response = await stt.GetTextAsync(audio, new SpeechToTextOptions { SpeechLanguage = "en-US" });

        Assert.Equal(Spoken, response.Text);
        Assert.Equal(RouteRig.TranscriptionModel, response.ModelId);
        var request = rig.Emulator.Requests[^1];
        Assert.Equal("audio/transcriptions", request.Path);
        var file = Assert.Single(request.Form!, p => p.Name == "file");
        Assert.Equal("audio.wav", file.FileName);
        Assert.Equal("audio/wav", file.ContentType);
        Assert.Equal(wav, file.Data.ToArray());
        Assert.Equal(RouteRig.TranscriptionModel, Assert.Single(request.Form!, p => p.Name == "model").Text);
        Assert.Equal("en", Assert.Single(request.Form!, p => p.Name == "language").Text);
        Assert.True(audio.CanRead, "the caller's stream is not disposed");
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_sent_whole_after_its_format_was_read_from_its_first_bytes()
    {
        await using var rig = new RouteRig();
        var mp3 = await SpeakAsync(rig, "mp3");
        using var stt = rig.Client.AsISpeechToTextClient(RouteRig.TranscriptionModel);
        using var audio = new ForwardOnlyStream(mp3);

        var response = await stt.GetTextAsync(audio);

        Assert.Equal(Spoken, response.Text);
        var file = Assert.Single(rig.Emulator.Requests[^1].Form!, p => p.Name == "file");
        Assert.Equal("audio.mp3", file.FileName);
        Assert.Equal(mp3, file.Data.ToArray());
        Assert.False(audio.Disposed);
    }

    [Fact]
    public async Task A_provider_setting_sends_the_audio_as_base64_json_with_every_option()
    {
        await using var rig = new RouteRig();
        var wav = await SpeakAsync(rig);
        using var stt = rig.Client.AsISpeechToTextClient("openai/whisper-1");
        var options = new SpeechToTextOptions
        {
            ModelId = RouteRig.TranscriptionModel,
            SpeechLanguage = "de",
            AdditionalProperties = new()
            {
                ["provider"] = new Dictionary<string, object?> { ["options"] = new Dictionary<string, object?> { ["groq"] = new Dictionary<string, object?> { ["prompt"] = "fox" } } },
                ["temperature"] = 0.0,
                ["response_format"] = "verbose_json",
                ["timestamp_granularities"] = new[] { "segment", "word" },
            },
        };

        var response = await stt.GetTextAsync(new MemoryStream(wav), options);

        JsonAssert.DeepEqual(
            """
            {"model":"openai/whisper-large-v3","input_audio":{"data":"AUDIO","format":"wav"},"language":"de",
             "response_format":"verbose_json","temperature":0,"timestamp_granularities":["segment","word"],"provider":{"options":{"groq":{"prompt":"fox"}}}}
            """.Replace("AUDIO", Convert.ToBase64String(wav), StringComparison.Ordinal),
            rig.LastJson);
        Assert.Equal(Spoken, response.Text);
        Assert.NotNull(response.StartTime);
        Assert.True(response.EndTime > response.StartTime);
        Assert.Equal("de", response.AdditionalProperties![OpenRouterPropertyNames.Language]);
        Assert.IsType<double>(response.AdditionalProperties[OpenRouterPropertyNames.Duration]);
    }

    [Fact]
    public async Task Verbose_json_over_multipart_gives_start_and_end_times_from_the_segments()
    {
        await using var rig = new RouteRig();
        var wav = await SpeakAsync(rig);
        using var stt = rig.Client.AsISpeechToTextClient(RouteRig.TranscriptionModel);

        var response = await stt.GetTextAsync(new MemoryStream(wav), new SpeechToTextOptions
        {
            AdditionalProperties = new() { ["response_format"] = "verbose_json", ["timestamp_granularities"] = new[] { "segment" } },
        });

        var raw = Assert.IsType<TranscriptionResponse>(response.RawRepresentation);
        Assert.Equal(TimeSpan.FromSeconds(raw.Segments![0].Start), response.StartTime);
        Assert.Equal(TimeSpan.FromSeconds(raw.Segments[^1].End), response.EndTime);
        Assert.Equal(["segment"], rig.Emulator.Requests[^1].Form!.Where(p => p.Name == "timestamp_granularities[]").Select(p => p.Text));
    }

    [Fact]
    public async Task Usage_carries_tokens_and_the_billed_cost()
    {
        await using var rig = new RouteRig();
        var wav = await SpeakAsync(rig);
        using var stt = rig.Client.AsISpeechToTextClient(RouteRig.TranscriptionModel);

        var response = await stt.GetTextAsync(new MemoryStream(wav));

        var raw = Assert.IsType<TranscriptionResponse>(response.RawRepresentation);
        Assert.Equal(raw.Usage!.InputTokens, response.Usage!.InputTokenCount);
        Assert.Equal(raw.Usage.OutputTokens, response.Usage.OutputTokenCount);
        Assert.Equal(raw.Usage.TotalTokens, response.Usage.TotalTokenCount);
        Assert.Equal(raw.Usage.Cost, response.Usage.GetOpenRouterCost());
        Assert.True(response.Usage.GetOpenRouterCost() > 0);
        Assert.Equal(raw.Usage.Cost, response.AdditionalProperties![OpenRouterPropertyNames.Cost]);
    }

    [Fact]
    public async Task The_format_can_be_named_when_the_bytes_do_not_show_it()
    {
        await using var rig = new RouteRig();
        using var stt = rig.Client.AsISpeechToTextClient(RouteRig.TranscriptionModel);
        var unknown = Encoding.ASCII.GetBytes("not a known audio container, but some bytes");

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => stt.GetTextAsync(new MemoryStream(unknown)));
        var response = await stt.GetTextAsync(new MemoryStream(unknown), new SpeechToTextOptions { AdditionalProperties = new() { ["format"] = "audio/ogg" } });

        Assert.Contains("AdditionalProperties[\"format\"]", refused.Message, StringComparison.Ordinal);
        Assert.Equal("audio.ogg", Assert.Single(rig.Emulator.Requests[^1].Form!, p => p.Name == "file").FileName);
        Assert.Contains("ogg audio", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translation_empty_audio_and_a_missing_model_fail_before_sending()
    {
        await using var rig = new RouteRig();
        using var stt = rig.Client.AsISpeechToTextClient(RouteRig.TranscriptionModel);
        var wav = new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0, 0, 0, 0, (byte)'W', (byte)'A', (byte)'V', (byte)'E' };

        await Assert.ThrowsAsync<NotSupportedException>(() => stt.GetTextAsync(new MemoryStream(wav), new SpeechToTextOptions { SpeechLanguage = "fr-FR", TextLanguage = "en" }));
        await Assert.ThrowsAsync<ArgumentException>(() => stt.GetTextAsync(new MemoryStream()));
        await Assert.ThrowsAsync<ArgumentException>(() => stt.GetTextAsync(new MemoryStream(wav), new SpeechToTextOptions { AdditionalProperties = new() { ["input_audio"] = new Dictionary<string, object?> { ["format"] = "wav" } } }));
        var noModel = await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Client.AsISpeechToTextClient().GetTextAsync(new MemoryStream(wav)));
        Assert.Contains("OpenRouter:DefaultSpeechToTextModel", noModel.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Emulator.Requests);

        // The same language twice (or the text language alone) is a transcription.
        wav = await SpeakAsync(rig);
        await stt.GetTextAsync(new MemoryStream(wav), new SpeechToTextOptions { SpeechLanguage = "fr-FR", TextLanguage = "fr" });
        Assert.Equal("fr", Assert.Single(rig.Emulator.Requests[^1].Form!, p => p.Name == "language").Text);
        await stt.GetTextAsync(new MemoryStream(wav), new SpeechToTextOptions { TextLanguage = "ja" });
        Assert.Equal("ja", Assert.Single(rig.Emulator.Requests[^1].Form!, p => p.Name == "language").Text);
    }

    [Theory]
    [InlineData(false, 1024L, false)]
    [InlineData(false, null, false)]                 // a stream that cannot tell its length is uploaded
    [InlineData(false, 25L * 1024 * 1024, false)]    // the form's limit itself
    [InlineData(false, 25L * 1024 * 1024 + 1, true)] // past it, base64 JSON
    [InlineData(true, 1024L, true)]                  // provider options exist only in the JSON form
    public void Audio_goes_as_json_only_when_provider_options_or_its_size_need_it(bool provider, long? length, bool json)
    {
        var request = new TranscriptionRequest { Model = RouteRig.TranscriptionModel, Provider = provider ? new ProviderPassthroughOptions() : null };

        Assert.Equal(json, Speech.OpenRouterSpeechToTextClient.SendsJson(request, length));
    }

    [Fact]
    public async Task Streaming_yields_the_whole_transcript_as_one_update()
    {
        await using var rig = new RouteRig();
        var wav = await SpeakAsync(rig);
        using var stt = rig.Client.AsISpeechToTextClient(RouteRig.TranscriptionModel);

        var updates = await stt.GetStreamingTextAsync(new MemoryStream(wav)).ToListAsync();

        var update = Assert.Single(updates);
        Assert.Equal(Spoken, update.Text);
        Assert.Equal(SpeechToTextResponseUpdateKind.TextUpdated, update.Kind);
        Assert.Equal(RouteRig.TranscriptionModel, update.ModelId);
    }

    [Fact]
    public async Task Errors_metadata_and_services()
    {
        await using var rig = new RouteRig();
        rig.Emulator.Enqueue("audio/transcriptions", EmulatorResponse.Error(503, "Service temporarily unavailable"));
        using var stt = rig.Client.AsISpeechToTextClient(RouteRig.TranscriptionModel);
        var wav = await SpeakAsync(rig);

        var ex = await Assert.ThrowsAnyAsync<OpenRouterException>(() => stt.GetTextAsync(new MemoryStream(wav)));

        Assert.Equal(503, ex.StatusCode);
        var metadata = stt.GetService<SpeechToTextClientMetadata>()!;
        Assert.Equal("openrouter", metadata.ProviderName);
        Assert.Equal(rig.Client.Endpoint, metadata.ProviderUri);
        Assert.Equal(RouteRig.TranscriptionModel, metadata.DefaultModelId);
        Assert.Same(rig.Client, stt.GetService<OpenRouterClient>());
        Assert.Same(stt, stt.GetService<ISpeechToTextClient>());
        Assert.Null(stt.GetService<OpenRouterClient>("key"));
    }
}
