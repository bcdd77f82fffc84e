using System.Globalization;
using System.Text;

namespace OpenRouter.Testing;

/// <summary>Draws a <see cref="Picture"/> as SVG markup: one <c>rect</c> per opaque block.</summary>
internal static class SvgWriter
{
    public static byte[] Write(Picture picture)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{picture.Width}\" height=\"{picture.Height}\" viewBox=\"0 0 {picture.Width} {picture.Height}\">");
        for (var by = 0; by < picture.BlocksHigh; by++)
        {
            for (var bx = 0; bx < picture.BlocksWide; bx++)
            {
                var (r, g, b, a) = picture.BlockColour(bx, by);
                if (a != 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{bx * Picture.Block}\" y=\"{by * Picture.Block}\" width=\"{Picture.Block}\" height=\"{Picture.Block}\" fill=\"#{r:x2}{g:x2}{b:x2}\"/>");
                }
            }
        }

        svg.Append("</svg>");
        return Encoding.UTF8.GetBytes(svg.ToString());
    }
}
