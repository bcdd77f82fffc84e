using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenRouter.Testing;

/// <summary>
/// "Speaks" text as 24 kHz 16-bit mono samples: a soft tone per word (its pitch from the word's hash, its length from
/// the word's), short pauses between words, so the audio is deterministic and as long as the text.
/// </summary>
internal static class AudioSynth
{
    public const int SampleRate = 24000;

    public const int BytesPerSecond = SampleRate * 2;

    public static short[] Speak(string text, double speed)
    {
        var samples = new List<short>();
        AddSilence(samples, 0.05 / speed);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var frequency = 160 + (TextVectors.Hash(word.ToLowerInvariant()) % 360);
            AddTone(samples, frequency, 0.06 * (word.Length + 2) / speed);
            AddSilence(samples, 0.07 / speed);
        }

        return samples.ToArray();
    }

    /// <summary>Silence of <paramref name="seconds"/>.</summary>
    public static short[] Silence(double seconds) => new short[(int)Math.Ceiling(seconds * SampleRate)];

    /// <summary>The samples as little-endian 16-bit PCM.</summary>
    public static byte[] Pcm(IReadOnlyCollection<short> samples)
    {
        var bytes = new byte[samples.Count * 2];
        var i = 0;
        foreach (var sample in samples)
        {
            bytes[i++] = (byte)sample;
            bytes[i++] = (byte)(sample >> 8);
        }

        return bytes;
    }

    private static void AddSilence(List<short> samples, double seconds) => samples.AddRange(Silence(seconds));

    private static void AddTone(List<short> samples, double frequency, double seconds)
    {
        var count = (int)(seconds * SampleRate);
        var fade = Math.Min(count / 2, SampleRate / 200);
        samples.AddRange(Enumerable.Range(0, count).Select(i =>
        {
            var envelope = Math.Min(1.0, Math.Min(i, count - 1 - i) / (double)Math.Max(1, fade));
            return (short)Math.Round(0.2 * short.MaxValue * envelope * Math.Sin(2 * Math.PI * frequency * i / SampleRate));
        }));
    }
}
