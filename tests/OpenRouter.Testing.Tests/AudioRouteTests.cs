using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using static OpenRouter.Testing.Tests.RouteCalls;

namespace OpenRouter.Testing.Tests;

public sealed class AudioRouteTests
{
    private const string Sentence = "Hello world, this is the emulator speaking. It reads text aloud.";

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Wav_speech_is_a_valid_pcm_file_that_carries_the_text(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var response = await h.PostAsync("audio/speech", ToJson(new { model = SpeechModel, input = Sentence, response_format = "wav", voice = "coral" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("X-Generation-Id"));

        var wav = MediaChecks.Wav(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((24000, 1, 16), (wav.SampleRate, wav.Channels, wav.Bits));
        Assert.Equal(Sentence, wav.Info["ICMT"]);
        Assert.Equal("OpenRouter emulator", wav.Info["ISFT"]);
        Assert.Contains(wav.Samples, b => b != 0);
    }

    [Fact]
    public async Task Longer_text_gives_longer_audio_and_pcm_is_the_wav_samples()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var shortWav = MediaChecks.Wav(await h.SpeakAsync("Hi there."));
        var longWav = MediaChecks.Wav(await h.SpeakAsync(string.Join(' ', Enumerable.Repeat("Hi there.", 6))));
        Assert.InRange(longWav.Samples.Length / (double)shortWav.Samples.Length, 4, 7);

        using var pcm = await h.PostAsync("audio/speech", ToJson(new { model = SpeechModel, input = "Hi there." })); // pcm is the default
        Assert.Equal("audio/pcm", pcm.Content.Headers.ContentType?.MediaType);
        Assert.Equal(shortWav.Samples, await pcm.Content.ReadAsByteArrayAsync());
        Assert.Equal(shortWav.Samples, await h.SpeakAsync("Hi there.", "pcm"));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Mp3_speech_is_an_id3_tag_then_whole_mpeg1_layer3_frames_as_long_as_the_speech(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var response = await h.PostAsync("audio/speech", ToJson(new { model = "mistralai/voxtral-mini-tts-2603", input = Sentence, response_format = "mp3", voice = "en_paul_neutral" }));
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType?.MediaType);
        var (tags, frames, rate) = MediaChecks.Mp3(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(48000, rate);
        Assert.Equal("OpenRouter emulator", tags["TSSE"]);
        Assert.EndsWith(Sentence, tags["USLT"], StringComparison.Ordinal);

        var seconds = MediaChecks.Wav(await h.SpeakAsync(Sentence)).Samples.Length / 48000.0;
        Assert.InRange(frames * 1152 / 48000.0 - seconds, 0, 0.024);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task Speech_streams_in_several_flushed_pieces(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, new OpenRouterEmulatorOptions { ChunkDelay = TimeSpan.FromMilliseconds(40) });
        using var request = new HttpRequestMessage(HttpMethod.Post, "audio/speech") { Content = new StringContent(ToJson(new { model = SpeechModel, input = Sentence, response_format = "wav" })) };
        var watch = Stopwatch.StartNew();
        using var response = await h.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Null(response.Content.Headers.ContentLength);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var arrivals = new List<(long At, int Bytes)>();
        var buffer = new byte[1 << 20];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            arrivals.Add((watch.ElapsedMilliseconds, read));
        }

        var total = arrivals.Sum(a => a.Bytes);
        Assert.True(arrivals.Count >= 5, $"{arrivals.Count} reads");
        Assert.True(arrivals[0].Bytes < total / 4, "the first piece came alone");
        Assert.True(arrivals[^1].At - arrivals[0].At >= 150, "the pieces were spread in time");
    }

    [Theory]
    [InlineData("{\"input\":\"x\"}", "model")]
    [InlineData("{\"model\":\"openai/gpt-4o-mini-tts\"}", "input")]
    [InlineData("{\"model\":\"openai/gpt-4o-mini-tts\",\"input\":\"\"}", "input")]
    [InlineData("{\"model\":\"openai/gpt-4o-mini-tts\",\"input\":\"x\",\"response_format\":\"flac\"}", "response_format")]
    [InlineData("{\"model\":\"openai/gpt-4o-mini-tts\",\"input\":\"x\",\"voice\":\"en_paul_neutral\"}", "voice")]
    [InlineData("{\"model\":\"openai/gpt-4o-mini-tts\",\"input\":\"x\",\"voice\":\"\"}", "voice")]
    [InlineData("{\"model\":\"openai/gpt-4o-mini-tts\",\"input\":\"x\",\"speed\":0}", "speed")]
    [InlineData("{\"model\":\"openai/gpt-4o-mini-tts\",\"input\":\"x\",\"input_references\":[{\"type\":\"image\"}]}", "input_references")]
    [InlineData("{\"model\":\"openai/whisper-large-v3\",\"input\":\"x\"}", "cannot serve audio/speech")]
    public async Task Malformed_speech_requests_get_a_400_that_names_the_field(string body, string mentioned)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        Assert.Contains(mentioned, await h.PostRefusedAsync("audio/speech", body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speech_cost_is_reported_by_the_generation_and_billed()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        using var response = await h.PostAsync("audio/speech", ToJson(new { model = SpeechModel, input = Sentence, speed = 2.0 }));
        var id = Assert.Single(response.Headers.GetValues("X-Generation-Id"));
        var generation = (await h.GetOkAsync("generation?id=" + id)).GetProperty("data");
        Assert.Equal("tts", generation.GetProperty("api_type").GetString());
        Assert.True(generation.GetProperty("streamed").GetBoolean());
        var (prompt, audio) = (generation.GetProperty("tokens_prompt").GetInt32(), generation.GetProperty("tokens_completion").GetInt32());
        Assert.Equal((prompt * 0.0000006m) + (audio * 0.000012m), generation.GetProperty("total_cost").GetDecimal());
        Assert.Equal(generation.GetProperty("total_cost").GetDecimal(), (await h.GetOkAsync("key")).GetProperty("data").GetProperty("usage").GetDecimal());
    }

    [Theory]
    [InlineData(EmulatorRig.Loopback, "wav")]
    [InlineData(EmulatorRig.InProcess, "wav")]
    [InlineData(EmulatorRig.InProcess, "mp3")]
    public async Task Transcribing_the_emulators_speech_as_base64_json_gives_the_text_back(string mode, string format)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        var audio = await h.SpeakAsync(Sentence, format);
        var body = await h.PostOkAsync("audio/transcriptions", new { model = TranscriptionModel, input_audio = new { data = Convert.ToBase64String(audio), format }, language = "en" });

        SpecShape.AssertMatches(body, SpecShape.Response("/audio/transcriptions", "post"));
        Assert.Equal(Sentence, body.GetProperty("text").GetString());
        var usage = body.GetProperty("usage");
        var seconds = usage.GetProperty("seconds").GetDouble();
        Assert.InRange(seconds, 4, 6);
        Assert.Equal((int)Math.Ceiling(seconds * 9), usage.GetProperty("input_tokens").GetInt32());
        var (input, output) = (usage.GetProperty("input_tokens").GetInt32(), usage.GetProperty("output_tokens").GetInt32());
        Assert.Equal(input + output, usage.GetProperty("total_tokens").GetInt32());
        Assert.Equal((input * 0.000006m) + (output * 0.00000033m), usage.GetProperty("cost").GetDecimal());
        Assert.False(body.TryGetProperty("segments", out _));
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_multipart_upload_round_trips_with_verbose_json_segments_and_words(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        var audio = await h.SpeakAsync(Sentence);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(audio) { Headers = { ContentType = new MediaTypeHeaderValue("audio/wav") } }, "file", "speech.wav" },
            { new StringContent(TranscriptionModel), "model" },
            { new StringContent("verbose_json"), "response_format" },
            { new StringContent("de"), "language" },
            { new StringContent("0.2"), "temperature" },
            { new StringContent("word"), "timestamp_granularities[]" },
            { new StringContent("segment"), "timestamp_granularities[]" },
        };
        using var response = await h.Http.PostAsync("audio/transcriptions", form);
        var body = await OkJsonAsync(response);

        SpecShape.AssertMatches(body, SpecShape.Response("/audio/transcriptions", "post"));
        Assert.Equal((Sentence, "transcribe", "de"), (body.GetProperty("text").GetString(), body.GetProperty("task").GetString(), body.GetProperty("language").GetString()));
        var duration = body.GetProperty("duration").GetDouble();
        Assert.Equal(duration, body.GetProperty("usage").GetProperty("seconds").GetDouble());
        var segments = body.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal([" Hello world, this is the emulator speaking.", " It reads text aloud."], segments.Select(s => s.GetProperty("text").GetString()));
        Assert.Equal(duration, segments[^1].GetProperty("end").GetDouble(), 3);
        var words = body.GetProperty("words").EnumerateArray().ToList();
        Assert.Equal(["Hello", "world", "this", "is", "the", "emulator", "speaking", "It", "reads", "text", "aloud"], words.Select(w => w.GetProperty("word").GetString()));
        Assert.All(words.Zip(words.Skip(1)), pair => Assert.Equal(pair.First.GetProperty("end").GetDouble(), pair.Second.GetProperty("start").GetDouble()));

        var recorded = h.Emulator.Requests[^1];
        Assert.StartsWith("multipart/form-data", recorded.Headers["Content-Type"], StringComparison.Ordinal);
        var file = Assert.Single(recorded.Form!, p => p.Name == "file");
        Assert.Equal(("speech.wav", "audio/wav"), (file.FileName, file.ContentType));
        Assert.Equal(audio, file.Data.ToArray());
        Assert.Equal(["word", "segment"], recorded.Form!.Where(p => p.Name == "timestamp_granularities[]").Select(p => p.Text));
        Assert.Null(recorded.Json);
    }

    [Theory]
    [InlineData("ogg", 32000, "Emulated transcript of 32000 bytes of ogg audio, 2.0 seconds long.")]
    [InlineData("pcm", 48000, "Emulated transcript of 48000 bytes of pcm audio, 1.0 seconds long.")]
    public async Task Other_audio_gets_a_fixed_transcript_naming_its_size_and_length(string format, int bytes, string expected)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var body = await h.PostOkAsync("audio/transcriptions", new { model = TranscriptionModel, input_audio = new { data = "data:audio/x;base64," + Convert.ToBase64String(new byte[bytes]), format } });
        Assert.Equal(expected, body.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{\"input_audio\":{\"data\":\"AAAA\",\"format\":\"wav\"}}", "model")]
    [InlineData("{\"model\":\"openai/whisper-large-v3\"}", "input_audio")]
    [InlineData("{\"model\":\"openai/whisper-large-v3\",\"input_audio\":{\"data\":\"AAAA\"}}", "input_audio")]
    [InlineData("{\"model\":\"openai/whisper-large-v3\",\"input_audio\":{\"data\":\"not base64!\",\"format\":\"wav\"}}", "base64")]
    [InlineData("{\"model\":\"openai/whisper-large-v3\",\"input_audio\":{\"data\":\"AAAA\",\"format\":\"midi\"}}", "midi")]
    [InlineData("{\"model\":\"openai/whisper-large-v3\",\"input_audio\":{\"data\":\"AAAA\",\"format\":\"wav\"}}", "decoded as wav")]
    [InlineData("{\"model\":\"openai/whisper-large-v3\",\"input_audio\":{\"data\":\"AAAA\",\"format\":\"ogg\"},\"response_format\":\"srt\"}", "response_format")]
    [InlineData("{\"model\":\"openai/whisper-large-v3\",\"input_audio\":{\"data\":\"AAAA\",\"format\":\"ogg\"},\"timestamp_granularities\":[\"char\"]}", "timestamp_granularities")]
    [InlineData("{\"model\":\"cohere/rerank-v3.5\",\"input_audio\":{\"data\":\"AAAA\",\"format\":\"ogg\"}}", "cannot serve audio/transcriptions")]
    public async Task Malformed_transcription_requests_get_a_400_that_names_the_field(string body, string mentioned)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        Assert.Contains(mentioned, await h.PostRefusedAsync("audio/transcriptions", body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_without_its_file_or_model_is_refused()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        using var noFile = new MultipartFormDataContent { { new StringContent(TranscriptionModel), "model" } };
        using var refusedFile = await h.Http.PostAsync("audio/transcriptions", noFile);
        Assert.Contains("\\\"file\\\"", await ValidationTests.AssertErrorAsync(refusedFile, 400), StringComparison.Ordinal);

        using var noModel = new MultipartFormDataContent { { new ByteArrayContent(new byte[16]), "file", "a.pcm" } };
        using var refusedModel = await h.Http.PostAsync("audio/transcriptions", noModel);
        Assert.Contains("model", await ValidationTests.AssertErrorAsync(refusedModel, 400), StringComparison.Ordinal);
    }
}
