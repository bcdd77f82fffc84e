using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace OpenRouter.Testing;

/// <summary>
/// WAV files: a 24 kHz 16-bit mono <c>RIFF/WAVE</c> header with the spoken text in a <c>LIST/INFO</c> chunk
/// (<c>ICMT</c>, with <c>ISFT</c> naming the emulator), and reading such a file (or any PCM WAV) back.
/// </summary>
internal static class WavFile
{
    public const string Software = "OpenRouter emulator";

    /// <summary>Everything before the samples: <c>RIFF</c>, <c>fmt </c>, <c>LIST/INFO</c> and the <c>data</c> chunk header.</summary>
    public static byte[] Header(int dataBytes, string text)
    {
        var info = InfoChunk(text);
        using var header = new MemoryStream();
        Ascii(header, "RIFF");
        Int32(header, 4 + (8 + 16) + info.Length + 8 + dataBytes + (dataBytes & 1));
        Ascii(header, "WAVEfmt ");
        Int32(header, 16);
        Int16(header, 1); // PCM
        Int16(header, 1); // mono
        Int32(header, AudioSynth.SampleRate);
        Int32(header, AudioSynth.BytesPerSecond);
        Int16(header, 2); // block align
        Int16(header, 16); // bits per sample
        header.Write(info);
        Ascii(header, "data");
        Int32(header, dataBytes);
        return header.ToArray();
    }

    /// <summary>Reads a PCM WAV: its duration, and the text of an <c>ICMT</c> written by the emulator (else <see langword="null"/>).</summary>
    public static bool TryRead(ReadOnlySpan<byte> file, out double seconds, out string? text)
    {
        seconds = 0;
        text = null;
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            return false;
        }

        var byteRate = 0;
        var dataBytes = -1;
        for (var at = 12; at + 8 <= file.Length;)
        {
            var id = Encoding.ASCII.GetString(file.Slice(at, 4));
            var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(at + 4, 4)), (uint)(file.Length - at - 8));
            var body = file.Slice(at + 8, size);
            switch (id)
            {
                case "fmt " when size >= 16:
                    byteRate = BinaryPrimitives.ReadInt32LittleEndian(body[8..]);
                    break;
                case "LIST" when size >= 4 && body[..4].SequenceEqual("INFO"u8):
                    text = ReadInfo(body[4..]);
                    break;
                case "data":
                    dataBytes = size;
                    break;
            }

            at += 8 + size + (size & 1);
        }

        seconds = byteRate > 0 && dataBytes >= 0 ? (double)dataBytes / byteRate : 0;
        return byteRate > 0 && dataBytes >= 0;
    }

    /// <summary>The <c>ICMT</c> text when <c>ISFT</c> says the emulator wrote the file.</summary>
    private static string? ReadInfo(ReadOnlySpan<byte> info)
    {
        string? comment = null, software = null;
        for (var at = 0; at + 8 <= info.Length;)
        {
            var id = Encoding.ASCII.GetString(info.Slice(at, 4));
            var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(info.Slice(at + 4, 4)), (uint)(info.Length - at - 8));
            var value = Encoding.UTF8.GetString(info.Slice(at + 8, size)).TrimEnd('\0');
            comment = id == "ICMT" ? value : comment;
            software = id == "ISFT" ? value : software;
            at += 8 + size + (size & 1);
        }

        return software == Software ? comment : null;
    }

    private static byte[] InfoChunk(string text)
    {
        using var info = new MemoryStream();
        Ascii(info, "INFO");
        SubChunk(info, "ISFT", Software);
        SubChunk(info, "ICMT", text);
        var body = info.ToArray();
        using var list = new MemoryStream();
        Ascii(list, "LIST");
        Int32(list, body.Length);
        list.Write(body);
        return list.ToArray();
    }

    /// <summary>A zero-terminated string chunk, padded to an even size.</summary>
    private static void SubChunk(Stream stream, string id, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value + "\0");
        Ascii(stream, id);
        Int32(stream, bytes.Length);
        stream.Write(bytes);
        if ((bytes.Length & 1) != 0)
        {
            stream.WriteByte(0);
        }
    }

    private static void Ascii(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));

    private static void Int32(Stream stream, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void Int16(Stream stream, short value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteInt16LittleEndian(bytes, value);
        stream.Write(bytes);
    }
}
