using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace OpenRouter.Testing.Tests;

/// <summary>Independent readers for the bytes the emulator makes (PNG, JPEG, WebP, WAV, MP3), checking them as a decoder would.</summary>
internal static class MediaChecks
{
    /// <summary>A PNG: signature, chunks with valid CRCs in order, IHDR, IDAT that inflates to every scanline (filter 0), IEND.</summary>
    public static (int Width, int Height, int ColourType, byte[] Pixels) Png(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = new List<(string Type, byte[] Data)>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typed = png.AsSpan(at + 4, 4 + length);
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)), Crc32(typed));
            chunks.Add((Encoding.ASCII.GetString(typed[..4]), typed[4..].ToArray()));
            at += 12 + length;
        }

        Assert.Equal(new[] { "IHDR", "IDAT", "IEND" }, chunks.Select(c => c.Type).ToArray());
        var header = chunks[0].Data;
        var (width, height, depth, colourType) = (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)), header[8], header[9]);
        Assert.Equal(8, depth);
        Assert.Contains(colourType, new byte[] { 2, 6 });
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var stride = 1 + (width * (colourType == 6 ? 4 : 3));
        var raw = inflated.ToArray();
        Assert.Equal(height * stride, raw.Length);
        Assert.All(Enumerable.Range(0, height), y => Assert.Equal(0, raw[y * stride]));
        return (width, height, colourType, raw);
    }

    /// <summary>A baseline JPEG: SOI, well-formed segments up to SOS with a baseline SOF0, entropy data with stuffed 0xFF, EOI.</summary>
    public static (int Width, int Height) Jpeg(byte[] jpeg)
    {
        Assert.Equal(new byte[] { 0xFF, 0xD8 }, jpeg[..2]);
        Assert.Equal(new byte[] { 0xFF, 0xD9 }, jpeg[^2..]);
        var (width, height, at) = (0, 0, 2);
        var markers = new List<byte>();
        while (jpeg[at] == 0xFF && jpeg[at + 1] != 0xDA)
        {
            markers.Add(jpeg[at + 1]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            if (jpeg[at + 1] == 0xC0)
            {
                (height, width) = (BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 5)), BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 7)));
                Assert.Equal(3, jpeg[at + 9]);
            }

            at += 2 + length;
        }

        Assert.Equal(new byte[] { 0xE0, 0xDB, 0xC0, 0xC4 }, markers.ToArray());
        at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
        for (; at < jpeg.Length - 2; at++)
        {
            Assert.False(jpeg[at] == 0xFF && jpeg[at + 1] != 0x00, $"an unstuffed 0xFF inside the scan at {at}");
            at += jpeg[at] == 0xFF ? 1 : 0;
        }

        return (width, height);
    }

    /// <summary>A lossless WebP: RIFF sizes, the VP8L chunk, its signature and the size and alpha bits of its header.</summary>
    public static (int Width, int Height, bool Alpha) Webp(byte[] webp)
    {
        Assert.Equal("RIFF", Encoding.ASCII.GetString(webp, 0, 4));
        Assert.Equal(webp.Length - 8, BinaryPrimitives.ReadInt32LittleEndian(webp.AsSpan(4)));
        Assert.Equal("WEBPVP8L", Encoding.ASCII.GetString(webp, 8, 8));
        var size = BinaryPrimitives.ReadInt32LittleEndian(webp.AsSpan(16));
        Assert.Equal(webp.Length - 20, size + (size & 1));
        Assert.Equal(0x2F, webp[20]);
        var bits = BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(21));
        Assert.Equal(0u, bits >> 29); // version
        return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1, ((bits >> 28) & 1) == 1);
    }

    /// <summary>A PCM WAV: RIFF size, <c>fmt </c>, the <c>LIST/INFO</c> strings, and a <c>data</c> chunk that holds the rest.</summary>
    public static (int SampleRate, int Channels, int Bits, Dictionary<string, string> Info, byte[] Samples) Wav(byte[] wav)
    {
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(wav.Length - 8, BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(4)));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(wav, 8, 4));
        var info = new Dictionary<string, string>();
        (int Rate, int Channels, int Bits)? format = null;
        byte[]? samples = null;
        for (var at = 12; at < wav.Length;)
        {
            var id = Encoding.ASCII.GetString(wav, at, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(at + 4));
            var body = wav.AsSpan(at + 8, size);
            if (id == "fmt ")
            {
                Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(body)); // PCM
                format = (BinaryPrimitives.ReadInt32LittleEndian(body[4..]), BinaryPrimitives.ReadInt16LittleEndian(body[2..]), BinaryPrimitives.ReadInt16LittleEndian(body[14..]));
                Assert.Equal(format.Value.Rate * format.Value.Channels * format.Value.Bits / 8, BinaryPrimitives.ReadInt32LittleEndian(body[8..]));
            }
            else if (id == "LIST" && Encoding.ASCII.GetString(body[..4]) == "INFO")
            {
                for (var i = 4; i < size;)
                {
                    var length = BinaryPrimitives.ReadInt32LittleEndian(body[(i + 4)..]);
                    info[Encoding.ASCII.GetString(body.Slice(i, 4))] = Encoding.UTF8.GetString(body.Slice(i + 8, length)).TrimEnd('\0');
                    i += 8 + length + (length & 1);
                }
            }
            else if (id == "data")
            {
                Assert.Equal(wav.Length - at - 8, size);
                samples = body.ToArray();
            }

            at += 8 + size + (size & 1);
        }

        Assert.NotNull(format);
        Assert.NotNull(samples);
        return (format.Value.Rate, format.Value.Channels, format.Value.Bits, info, samples);
    }

    /// <summary>An MP3: an ID3v2 tag (its text frames read), then nothing but whole MPEG-1 Layer III frames to the end.</summary>
    public static (Dictionary<string, string> Tags, int Frames, int SampleRate) Mp3(byte[] mp3)
    {
        Assert.Equal("ID3", Encoding.ASCII.GetString(mp3, 0, 3));
        var tagSize = (mp3[6] << 21) | (mp3[7] << 14) | (mp3[8] << 7) | mp3[9];
        var tags = new Dictionary<string, string>();
        for (var at = 10; at < 10 + tagSize;)
        {
            var size = (mp3[at + 4] << 21) | (mp3[at + 5] << 14) | (mp3[at + 6] << 7) | mp3[at + 7];
            tags[Encoding.ASCII.GetString(mp3, at, 4)] = Encoding.UTF8.GetString(mp3, at + 11, size - 1);
            at += 10 + size;
        }

        int[] bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
        int[] rates = [44100, 48000, 32000];
        var (frames, rate) = (0, 0);
        for (var at = 10 + tagSize; at < mp3.Length; frames++)
        {
            Assert.True(mp3[at] == 0xFF && (mp3[at + 1] & 0xFE) == 0xFA, $"no MPEG-1 Layer III frame header at {at}");
            rate = rates[(mp3[at + 2] >> 2) & 3];
            var length = (144 * bitrates[mp3[at + 2] >> 4] * 1000 / rate) + ((mp3[at + 2] >> 1) & 1);
            Assert.True(at + length <= mp3.Length, "the last frame is cut");
            at += length;
        }

        return (tags, frames, rate);
    }

    public static double Cosine(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Count; i++)
        {
            (dot, na, nb) = (dot + (a[i] * b[i]), na + (a[i] * a[i]), nb + (b[i] * b[i]));
        }

        return dot / Math.Sqrt(na * nb);
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
