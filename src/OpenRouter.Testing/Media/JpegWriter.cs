using System;
using System.IO;

namespace OpenRouter.Testing;

/// <summary>
/// Encodes a <see cref="Picture"/> as a baseline JFIF JPEG. Its 8 × 8 blocks are flat, so each block is its DC
/// coefficient alone (quantiser 1, so the colour decodes exactly) followed by end-of-block, with two tiny Huffman tables.
/// </summary>
internal static class JpegWriter
{
    public static byte[] Write(Picture picture)
    {
        using var jpeg = new MemoryStream();
        Marker(jpeg, 0xD8);
        Segment(jpeg, 0xE0, [(byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(jpeg, 0xDB, [0, .. Ones(64)]);
        Segment(jpeg, 0xC0, [8, (byte)(picture.Height >> 8), (byte)picture.Height, (byte)(picture.Width >> 8), (byte)picture.Width, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
        Segment(jpeg, 0xC4, HuffmanTables());
        Segment(jpeg, 0xDA, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]);
        jpeg.Write(ScanData(picture));
        Marker(jpeg, 0xD9);
        return jpeg.ToArray();
    }

    /// <summary>
    /// A DC table whose twelve categories all have 4-bit codes (the code is the category) and an AC table with one
    /// symbol, end-of-block, coded <c>0</c>.
    /// </summary>
    private static byte[] HuffmanTables()
    {
        var dcCounts = new byte[16];
        dcCounts[3] = 12;
        var acCounts = new byte[16];
        acCounts[0] = 1;
        return [0x00, .. dcCounts, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0x10, .. acCounts, 0x00];
    }

    /// <summary>The entropy-coded blocks in raster order, Y then Cb then Cr in each MCU, with 0xFF bytes stuffed.</summary>
    private static byte[] ScanData(Picture picture)
    {
        var bits = new BitWriter();
        var predictors = new int[3];
        for (var by = 0; by < picture.BlocksHigh; by++)
        {
            for (var bx = 0; bx < picture.BlocksWide; bx++)
            {
                var (r, g, b, _) = picture.BlockColour(bx, by);
                double[] components =
                [
                    (0.299 * r) + (0.587 * g) + (0.114 * b),
                    (-0.168736 * r) - (0.331264 * g) + (0.5 * b) + 128,
                    (0.5 * r) - (0.418688 * g) - (0.081312 * b) + 128,
                ];
                for (var c = 0; c < 3; c++)
                {
                    var dc = (int)Math.Round(8 * (Math.Clamp(components[c], 0, 255) - 128));
                    WriteDc(bits, dc - predictors[c]);
                    predictors[c] = dc;
                    bits.Write(0, 1); // end of block
                }
            }
        }

        return bits.Finish();
    }

    private static void WriteDc(BitWriter bits, int difference)
    {
        var magnitude = Math.Abs(difference);
        var category = 0;
        while (magnitude >> category != 0)
        {
            category++;
        }

        bits.Write(category, 4);
        if (category > 0)
        {
            bits.Write(difference >= 0 ? difference : difference + (1 << category) - 1, category);
        }
    }

    private static byte[] Ones(int count)
    {
        var ones = new byte[count];
        Array.Fill(ones, (byte)1);
        return ones;
    }

    private static void Marker(Stream jpeg, byte code)
    {
        jpeg.WriteByte(0xFF);
        jpeg.WriteByte(code);
    }

    private static void Segment(Stream jpeg, byte code, byte[] data)
    {
        Marker(jpeg, code);
        jpeg.WriteByte((byte)((data.Length + 2) >> 8));
        jpeg.WriteByte((byte)(data.Length + 2));
        jpeg.Write(data);
    }

    /// <summary>Packs bits most significant first, stuffing a zero byte after each 0xFF and padding the end with ones.</summary>
    private sealed class BitWriter
    {
        private readonly MemoryStream _bytes = new();
        private int _buffer;
        private int _count;

        public void Write(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                _buffer = (_buffer << 1) | ((value >> i) & 1);
                if (++_count == 8)
                {
                    Flush();
                }
            }
        }

        public byte[] Finish()
        {
            while (_count != 0)
            {
                Write(1, 1);
            }

            return _bytes.ToArray();
        }

        private void Flush()
        {
            _bytes.WriteByte((byte)_buffer);
            if (_buffer == 0xFF)
            {
                _bytes.WriteByte(0);
            }

            _buffer = 0;
            _count = 0;
        }
    }
}
