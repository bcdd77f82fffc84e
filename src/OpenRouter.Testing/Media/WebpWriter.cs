using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Text;

namespace OpenRouter.Testing;

/// <summary>
/// Encodes a two-colour <see cref="Picture"/> as lossless WebP (VP8L): no transforms, and per channel a "simple" prefix
/// code of one or two symbols, so each pixel costs at most one bit per channel.
/// </summary>
internal static class WebpWriter
{
    public static byte[] Write(Picture picture)
    {
        var pixels = Enumerable.Range(0, picture.Height)
            .SelectMany(y => Enumerable.Range(0, picture.Width).Select(x => picture.Pixel(x, y)))
            .ToList();
        byte[][] channels = // the order of the prefix codes: green, red, blue, alpha
        [
            pixels.Select(p => p.G).Distinct().Order().ToArray(),
            pixels.Select(p => p.R).Distinct().Order().ToArray(),
            pixels.Select(p => p.B).Distinct().Order().ToArray(),
            pixels.Select(p => p.A).Distinct().Order().ToArray(),
        ];
        if (channels.Any(c => c.Length > 2))
        {
            throw new InvalidOperationException("A VP8L image with simple prefix codes has at most two values per channel.");
        }

        var bits = new BitWriter();
        bits.Write(0x2F, 8);
        bits.Write(picture.Width - 1, 14);
        bits.Write(picture.Height - 1, 14);
        bits.Write(picture.HasTransparency ? 1 : 0, 1);
        bits.Write(0, 3); // version
        bits.Write(0, 1); // no transform
        bits.Write(0, 1); // no colour cache
        bits.Write(0, 1); // no meta prefix codes
        foreach (var symbols in channels)
        {
            WriteSimpleCode(bits, symbols);
        }

        WriteSimpleCode(bits, [0]); // distance: never used
        foreach (var (r, g, b, a) in pixels)
        {
            WriteSymbol(bits, channels[0], g);
            WriteSymbol(bits, channels[1], r);
            WriteSymbol(bits, channels[2], b);
            WriteSymbol(bits, channels[3], a);
        }

        return Riff(bits.Finish());
    }

    private static void WriteSimpleCode(BitWriter bits, byte[] symbols)
    {
        bits.Write(1, 1); // simple code
        bits.Write(symbols.Length - 1, 1);
        var wide = symbols[0] > 1;
        bits.Write(wide ? 1 : 0, 1);
        bits.Write(symbols[0], wide ? 8 : 1);
        if (symbols.Length == 2)
        {
            bits.Write(symbols[1], 8);
        }
    }

    /// <summary>With two symbols both codes are one bit long and the smaller symbol is <c>0</c> (canonical order); with one, nothing is written.</summary>
    private static void WriteSymbol(BitWriter bits, byte[] symbols, byte value)
    {
        if (symbols.Length == 2)
        {
            bits.Write(value == symbols[0] ? 0 : 1, 1);
        }
    }

    private static byte[] Riff(byte[] vp8l)
    {
        using var file = new MemoryStream();
        var padded = vp8l.Length + (vp8l.Length & 1);
        Span<byte> number = stackalloc byte[4];
        file.Write(Encoding.ASCII.GetBytes("RIFF"));
        BinaryPrimitives.WriteInt32LittleEndian(number, 4 + 8 + padded);
        file.Write(number);
        file.Write(Encoding.ASCII.GetBytes("WEBPVP8L"));
        BinaryPrimitives.WriteInt32LittleEndian(number, vp8l.Length);
        file.Write(number);
        file.Write(vp8l);
        if ((vp8l.Length & 1) != 0)
        {
            file.WriteByte(0);
        }

        return file.ToArray();
    }

    /// <summary>Packs bits least significant first, as VP8L reads them.</summary>
    private sealed class BitWriter
    {
        private readonly MemoryStream _bytes = new();
        private int _buffer;
        private int _count;

        public void Write(int value, int length)
        {
            for (var i = 0; i < length; i++)
            {
                _buffer |= ((value >> i) & 1) << _count;
                if (++_count == 8)
                {
                    _bytes.WriteByte((byte)_buffer);
                    _buffer = 0;
                    _count = 0;
                }
            }
        }

        public byte[] Finish()
        {
            if (_count > 0)
            {
                _bytes.WriteByte((byte)_buffer);
            }

            return _bytes.ToArray();
        }
    }
}
