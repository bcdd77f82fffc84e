using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace OpenRouter.Testing;

/// <summary>Encodes a <see cref="Picture"/> as PNG: signature, <c>IHDR</c>, one zlib <c>IDAT</c> of unfiltered scanlines, <c>IEND</c>, each chunk with its CRC.</summary>
internal static class PngWriter
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Write(Picture picture)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, picture.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), picture.Height);
        header[8] = 8; // bits per channel
        header[9] = picture.HasTransparency ? (byte)6 : (byte)2; // RGBA or RGB
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Compress(Scanlines(picture)));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Each row as filter type 0 (none) followed by its RGB or RGBA pixels.</summary>
    private static byte[] Scanlines(Picture picture)
    {
        var channels = picture.HasTransparency ? 4 : 3;
        var stride = 1 + (picture.Width * channels);
        var raw = new byte[picture.Height * stride];
        for (var y = 0; y < picture.Height; y++)
        {
            for (var x = 0; x < picture.Width; x++)
            {
                var (r, g, b, a) = picture.Pixel(x, y);
                var at = (y * stride) + 1 + (x * channels);
                raw[at] = r;
                raw[at + 1] = g;
                raw[at + 2] = b;
                if (channels == 4)
                {
                    raw[at + 3] = a;
                }
            }
        }

        return raw;
    }

    private static byte[] Compress(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return output.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typed));
        png.Write(number);
    }
}
