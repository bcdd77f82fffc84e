using System;

namespace OpenRouter.Testing;

/// <summary>
/// A small deterministic picture: 8 × 8 blocks of flat colour from a palette drawn from a seed (the prompt's hash),
/// darker towards the bottom; with a transparent background, the border blocks are clear.
/// </summary>
internal sealed class Picture
{
    public const int Block = 8;

    private readonly (byte R, byte G, byte B, byte A)[,] _blocks;

    private Picture(int width, int height, (byte R, byte G, byte B, byte A)[,] blocks)
    {
        Width = width;
        Height = height;
        _blocks = blocks;
    }

    public int Width { get; }

    public int Height { get; }

    public int BlocksWide => _blocks.GetLength(0);

    public int BlocksHigh => _blocks.GetLength(1);

    /// <summary>Gets a value indicating whether some pixels are not opaque.</summary>
    public bool HasTransparency { get; private init; }

    /// <summary>Draws a picture of <paramref name="width"/> × <paramref name="height"/> pixels from <paramref name="seed"/>; <paramref name="colours"/> limits it to that many palette colours.</summary>
    public static Picture Draw(ulong seed, int width, int height, bool transparent, int colours = 4)
    {
        var blocksWide = (width + Block - 1) / Block;
        var blocksHigh = (height + Block - 1) / Block;
        var palette = Palette(seed, colours);
        var blocks = new (byte, byte, byte, byte)[blocksWide, blocksHigh];
        for (var by = 0; by < blocksHigh; by++)
        {
            for (var bx = 0; bx < blocksWide; bx++)
            {
                var pick = TextVectors.Mix(seed ^ (ulong)((bx * 7919) + (by * 104729)));
                var (r, g, b) = palette[(int)(pick % (ulong)palette.Length)];
                var shade = colours > 2 ? 1.0 - (0.35 * by / Math.Max(1, blocksHigh - 1)) : 1.0;
                var clear = transparent && (bx == 0 || by == 0 || bx == blocksWide - 1 || by == blocksHigh - 1);
                blocks[bx, by] = ((byte)(r * shade), (byte)(g * shade), (byte)(b * shade), clear ? (byte)0 : (byte)255);
            }
        }

        return new Picture(width, height, blocks) { HasTransparency = transparent };
    }

    /// <summary>The colour of the pixel at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y) => _blocks[x / Block, y / Block];

    /// <summary>The colour of the block at column <paramref name="bx"/> and row <paramref name="by"/>.</summary>
    public (byte R, byte G, byte B, byte A) BlockColour(int bx, int by) => _blocks[bx, by];

    private static (byte R, byte G, byte B)[] Palette(ulong seed, int colours)
    {
        var hue = (double)(seed % 360);
        var palette = new (byte, byte, byte)[colours];
        for (var i = 0; i < colours; i++)
        {
            palette[i] = Hsv((hue + (i * 47)) % 360, 0.45 + (0.1 * i), 0.95 - (0.12 * i));
        }

        return palette;
    }

    private static (byte R, byte G, byte B) Hsv(double hue, double saturation, double value)
    {
        var c = value * saturation;
        var x = c * (1 - Math.Abs((hue / 60 % 2) - 1));
        var m = value - c;
        var (r, g, b) = (int)(hue / 60) switch
        {
            0 => (c, x, 0.0),
            1 => (x, c, 0.0),
            2 => (0.0, c, x),
            3 => (0.0, x, c),
            4 => (x, 0.0, c),
            _ => (c, 0.0, x),
        };
        return ((byte)Math.Round((r + m) * 255), (byte)Math.Round((g + m) * 255), (byte)Math.Round((b + m) * 255));
    }
}
