#pragma warning disable MEAI001 // ITextToSpeechClient is experimental in Microsoft.Extensions.AI 10.11.

using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary>
/// <c>AsITextToSpeechClient</c> against the emulator: options on the wire, the audio as <see cref="DataContent"/>, and
/// the streaming call handing each piece on as it arrives.
/// </summary>
public sealed class TextToSpeechClientTests
{
    [Fact]
    public async Task Every_option_reaches_the_wire_and_the_audio_comes_back_with_its_media_type()
    {
        await using var rig = new RouteRig();
        using var tts = rig.Client.AsITextToSpeechClient("mistralai/voxtral-mini-tts-2603");
        var options = new TextToSpeechOptions
        {
            ModelId = RouteRig.SpeechModel,
            VoiceId = "coral",
            AudioFormat = "audio/mpeg",
            Speed = 1.25f,
            Language = "en-US",   // no OpenRouter field: the voice decides
            Pitch = 1.1f,         // likewise
            Volume = 0.5f,        // likewise
        };

        var response = await tts.GetAudioAsync("Hello there.", options);

        JsonAssert.DeepEqual("""{"model":"openai/gpt-4o-mini-tts","input":"Hello there.","voice":"coral","response_format":"mp3","speed":1.25}""", rig.LastJson);
        var audio = Assert.IsType<DataContent>(Assert.Single(response.Contents));
        Assert.Equal("audio/mpeg", audio.MediaType);
        Assert.Equal("ID3"u8.ToArray(), audio.Data.Span[..3].ToArray());
        Assert.Equal(RouteRig.SpeechModel, response.ModelId);
        Assert.Equal(rig.Emulator.Requests[^1].GenerationId, response.ResponseId);
        Assert.Equal(response.ResponseId, response.AdditionalProperties![OpenRouterPropertyNames.GenerationId]);
        Assert.Null(response.Usage);   // OpenRouter reports the cost of speech through GET generation
        var generation = await rig.Client.GetGenerationAsync(response.ResponseId!);
        Assert.True(generation.TotalCost > 0);
    }

    [Fact]
    public async Task OpenRouter_settings_go_on_the_wire_by_wire_name_and_pcm_is_the_default()
    {
        await using var rig = new RouteRig();
        using var tts = rig.Client.AsITextToSpeechClient(RouteRig.SpeechModel);
        var options = new TextToSpeechOptions
        {
            AdditionalProperties = new()
            {
                ["provider"] = new Dictionary<string, object?> { ["options"] = new Dictionary<string, object?> { ["openai"] = new Dictionary<string, object?> { ["instructions"] = "Cheerful." } } },
                ["input_references"] = new[] { SpeechInputReference.CreateTranscript("A sample.") },
            },
        };

        var response = await tts.GetAudioAsync("Hi.", options);

        JsonAssert.DeepEqual(
            """{"model":"openai/gpt-4o-mini-tts","input":"Hi.","input_references":[{"type":"text","text":"A sample."}],"provider":{"options":{"openai":{"instructions":"Cheerful."}}}}""",
            rig.LastJson);
        Assert.Equal("audio/pcm", Assert.IsType<DataContent>(Assert.Single(response.Contents)).MediaType);
        await Assert.ThrowsAsync<ArgumentException>(() => tts.GetAudioAsync("Hi.", new TextToSpeechOptions { AdditionalProperties = new() { ["input"] = "other" } }));
    }

    [Fact]
    public async Task Streaming_yields_the_audio_in_pieces_that_add_up_to_the_whole()
    {
        await using var rig = new RouteRig();
        using var tts = rig.Client.AsITextToSpeechClient(RouteRig.SpeechModel);
        const string Text = "A longer sentence, so that the audio comes in several pieces over the connection.";
        var whole = Assert.IsType<DataContent>(Assert.Single((await tts.GetAudioAsync(Text, new TextToSpeechOptions { AudioFormat = "wav" })).Contents)).Data.ToArray();

        var updates = await tts.GetStreamingAudioAsync(Text, new TextToSpeechOptions { AudioFormat = "wav" }).ToListAsync();

        var pieces = updates.Where(u => u.Kind == TextToSpeechResponseUpdateKind.AudioUpdating).SelectMany(u => u.Contents).Cast<DataContent>().ToList();
        Assert.True(pieces.Count > 1, $"{pieces.Count} piece(s)");
        Assert.All(pieces, p => Assert.Equal("audio/wav", p.MediaType));
        Assert.Equal(whole, pieces.SelectMany(p => p.Data.ToArray()).ToArray());
        var last = updates[^1];
        Assert.Equal(TextToSpeechResponseUpdateKind.AudioUpdated, last.Kind);
        Assert.Empty(last.Contents);
        Assert.Equal(rig.Emulator.Requests[^1].GenerationId, last.ResponseId);

        var combined = updates.ToTextToSpeechResponse();
        Assert.Equal(whole, combined.Contents.Cast<DataContent>().SelectMany(p => p.Data.ToArray()).ToArray());
        Assert.Equal(RouteRig.SpeechModel, combined.ModelId);
    }

    [Fact]
    public async Task Streaming_hands_on_the_first_pieces_while_the_rest_has_not_arrived()
    {
        await using var rig = new RouteRig();
        rig.Emulator.Enqueue("audio/speech", EmulatorResponse.Stall(eventsBeforeStall: 2));   // two pieces, then silence
        using var tts = rig.Client.AsITextToSpeechClient(RouteRig.SpeechModel);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var received = 0;
        await using var updates = tts.GetStreamingAudioAsync("A sentence long enough for more than two pieces of audio, surely.", cancellationToken: cts.Token).GetAsyncEnumerator();
        while (received == 0 && await updates.MoveNextAsync())
        {
            received += updates.Current.Contents.OfType<DataContent>().Sum(c => c.Data.Length);
        }

        // The body never ends (the server went silent after two pieces): a buffering client would still be waiting.
        Assert.True(received > 0);
        Assert.Equal(TextToSpeechResponseUpdateKind.AudioUpdating, updates.Current.Kind);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await updates.MoveNextAsync());
    }

    [Fact]
    public async Task Bad_input_fails_at_the_call_and_errors_are_typed()
    {
        await using var rig = new RouteRig();
        using var tts = rig.Client.AsITextToSpeechClient(RouteRig.SpeechModel);

        Assert.Throws<ArgumentNullException>(() => tts.GetStreamingAudioAsync(null!));
        Assert.Throws<InvalidOperationException>(() => rig.Client.AsITextToSpeechClient().GetStreamingAudioAsync("x"));
        var noModel = await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Client.AsITextToSpeechClient().GetAudioAsync("x"));
        Assert.Contains("OpenRouter:DefaultTextToSpeechModel", noModel.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Emulator.Requests);

        var badVoice = await Assert.ThrowsAnyAsync<OpenRouterException>(() => tts.GetAudioAsync("x", new TextToSpeechOptions { VoiceId = "nobody" }));
        Assert.Equal(400, badVoice.StatusCode);
    }

    [Fact]
    public async Task Metadata_and_services()
    {
        await using var rig = new RouteRig();
        using var tts = rig.Client.AsITextToSpeechClient(RouteRig.SpeechModel);

        var metadata = tts.GetService<TextToSpeechClientMetadata>()!;

        Assert.Equal("openrouter", metadata.ProviderName);
        Assert.Equal(rig.Client.Endpoint, metadata.ProviderUri);
        Assert.Equal(RouteRig.SpeechModel, metadata.DefaultModelId);
        Assert.Same(rig.Client, tts.GetService<OpenRouterClient>());
        Assert.Same(tts, tts.GetService<ITextToSpeechClient>());
    }
}
