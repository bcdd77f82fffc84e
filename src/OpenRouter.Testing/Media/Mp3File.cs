using System;
using System.IO;
using System.Text;

namespace OpenRouter.Testing;

/// <summary>
/// MP3 files: an ID3v2.4 tag with the spoken text (<c>USLT</c>, and <c>TSSE</c> naming the emulator), then silent
/// MPEG-1 Layer III frames (48 kHz, 32 kbit/s, mono: 96 bytes and 24 ms each); and reading such a file back.
/// </summary>
internal static class Mp3File
{
    public const int FrameBytes = 96;

    public const double FrameSeconds = 1152.0 / 48000;

    private static readonly int[] Bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];

    private static readonly int[] SampleRates = [44100, 48000, 32000];

    /// <summary>One silent frame: the header (sync, MPEG-1, Layer III, no CRC, 32 kbit/s, 48 kHz, mono), then zeros (empty side information and main data).</summary>
    public static byte[] SilentFrame()
    {
        var frame = new byte[FrameBytes];
        frame[0] = 0xFF;
        frame[1] = 0xFB;
        frame[2] = 0x14;
        frame[3] = 0xC0;
        return frame;
    }

    /// <summary>The ID3v2.4 tag that carries <paramref name="text"/> as unsynchronised lyrics (<c>USLT</c>).</summary>
    public static byte[] Tag(string text)
    {
        using var frames = new MemoryStream();
        Frame(frames, "TSSE", [3, .. Encoding.UTF8.GetBytes(WavFile.Software)]);
        Frame(frames, "USLT", [3, (byte)'e', (byte)'n', (byte)'g', 0, .. Encoding.UTF8.GetBytes(text)]);
        using var tag = new MemoryStream();
        tag.Write("ID3"u8);
        tag.Write([4, 0, 0]);
        tag.Write(SyncSafe((int)frames.Length));
        frames.WriteTo(tag);
        return tag.ToArray();
    }

    /// <summary>Reads an MP3: its duration from the MPEG-1 Layer III frames, and the text of a <c>USLT</c> frame the emulator wrote.</summary>
    public static bool TryRead(ReadOnlySpan<byte> file, out double seconds, out string? text)
    {
        text = null;
        var at = 0;
        if (file.Length >= 10 && file[..3].SequenceEqual("ID3"u8))
        {
            var size = ReadSyncSafe(file.Slice(6, 4));
            text = ReadTag(file.Slice(10, Math.Min(size, file.Length - 10)));
            at = 10 + size;
        }

        var samples = 0.0;
        var frames = 0;
        while (at + 4 <= file.Length)
        {
            if (FrameLength(file.Slice(at, 4), out var length, out var rate))
            {
                frames++;
                samples += 1152.0 / rate;
                at += length;
            }
            else
            {
                at++;
            }
        }

        seconds = samples;
        return frames > 0;
    }

    /// <summary>The length and sample rate of an MPEG-1 Layer III frame starting with <paramref name="header"/>.</summary>
    private static bool FrameLength(ReadOnlySpan<byte> header, out int length, out int sampleRate)
    {
        length = 0;
        sampleRate = 0;
        if (header[0] != 0xFF || (header[1] & 0xFE) != 0xFA)
        {
            return false;
        }

        var bitrate = header[2] >> 4;
        var rate = (header[2] >> 2) & 3;
        if (bitrate is 0 or 15 || rate == 3)
        {
            return false;
        }

        sampleRate = SampleRates[rate];
        length = (144 * Bitrates[bitrate] * 1000 / sampleRate) + ((header[2] >> 1) & 1);
        return true;
    }

    private static string? ReadTag(ReadOnlySpan<byte> frames)
    {
        string? lyrics = null, software = null;
        for (var at = 0; at + 10 <= frames.Length && frames[at] != 0;)
        {
            var id = Encoding.ASCII.GetString(frames.Slice(at, 4));
            var size = Math.Min(ReadSyncSafe(frames.Slice(at + 4, 4)), frames.Length - at - 10);
            var body = frames.Slice(at + 10, size);
            if (id == "TSSE" && size > 0)
            {
                software = Encoding.UTF8.GetString(body[1..]).TrimEnd('\0');
            }
            else if (id == "USLT" && size > 4)
            {
                var descriptorEnd = body[4..].IndexOf((byte)0);
                lyrics = Encoding.UTF8.GetString(body[(4 + descriptorEnd + 1)..]);
            }

            at += 10 + size;
        }

        return software == WavFile.Software ? lyrics : null;
    }

    private static void Frame(Stream stream, string id, byte[] body)
    {
        stream.Write(Encoding.ASCII.GetBytes(id));
        stream.Write(SyncSafe(body.Length));
        stream.Write([0, 0]);
        stream.Write(body);
    }

    private static byte[] SyncSafe(int value) =>
        [(byte)((value >> 21) & 0x7F), (byte)((value >> 14) & 0x7F), (byte)((value >> 7) & 0x7F), (byte)(value & 0x7F)];

    private static int ReadSyncSafe(ReadOnlySpan<byte> bytes) =>
        ((bytes[0] & 0x7F) << 21) | ((bytes[1] & 0x7F) << 14) | ((bytes[2] & 0x7F) << 7) | (bytes[3] & 0x7F);
}
