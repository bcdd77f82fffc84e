using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>What an image request asks for, read and checked: model, prompt, count, shape, format, seed and references.</summary>
internal sealed class ImageSpec
{
    public string Model { get; private init; } = string.Empty;

    public string Prompt { get; private init; } = string.Empty;

    public int Count { get; private init; } = 1;

    public int Width { get; private set; } = ImageAnswers.LongSide;

    public int Height { get; private set; } = ImageAnswers.LongSide;

    public string Format { get; private init; } = "png";

    public string? Background { get; private init; }

    public long? Seed { get; private init; }

    public bool Stream { get; private init; }

    /// <summary>Gets the URLs of the reference images (<c>input_references[].image_url.url</c>).</summary>
    public IReadOnlyList<string> References { get; private init; } = [];

    public static ImageSpec Read(FieldCheck check, string[] aspectRatios)
    {
        var spec = new ImageSpec
        {
            Model = check.Model("image", "images"),
            Prompt = check.String("prompt", required: true, nonEmpty: true) ?? string.Empty,
            Count = check.Integer("n", 1, 10) ?? 1,
            Format = check.Choice("output_format", "png", "jpeg", "webp", "svg") ?? "png",
            Background = check.Choice("background", "auto", "transparent", "opaque"),
            Seed = check.Integer("seed", int.MinValue, int.MaxValue),
            Stream = check.Raw("stream") is { ValueKind: JsonValueKind.True },
            References = ReadReferences(check),
        };
        check.Choice("quality", "auto", "low", "medium", "high");
        check.Choice("resolution", "512", "1K", "2K", "4K");
        check.Integer("output_compression", 0, 100);
        if (spec.Background == "transparent" && spec.Format == "jpeg")
        {
            check.Fail("Invalid request: a transparent background needs an output_format with alpha (png or webp).");
        }

        spec.Shape(check, check.Choice("aspect_ratio", aspectRatios), check.String("size"));
        return spec;
    }

    /// <summary>Sets the pixel size from an explicit <c>size</c> (<c>WxH</c>, which must agree with <c>aspect_ratio</c>) or the aspect ratio.</summary>
    private void Shape(FieldCheck check, string? aspectRatio, string? size)
    {
        double ratio = 1;
        if (aspectRatio is { } named && named != "auto")
        {
            var sides = named.Split(':');
            ratio = double.Parse(sides[0], CultureInfo.InvariantCulture) / double.Parse(sides[1], CultureInfo.InvariantCulture);
        }

        if (size is not null && size is not ("512" or "1K" or "2K" or "4K"))
        {
            var pixels = size.Split('x', 'X');
            if (pixels.Length != 2 || !int.TryParse(pixels[0], CultureInfo.InvariantCulture, out var w) || !int.TryParse(pixels[1], CultureInfo.InvariantCulture, out var h) || w < 1 || h < 1)
            {
                check.Fail("Invalid request: \"size\" must be a tier (\"1K\", \"2K\", \"4K\") or pixels such as \"2048x2048\".");
                return;
            }

            if (aspectRatio is { } given && given != "auto" && Math.Abs(((double)w / h) - ratio) > 0.02)
            {
                check.Fail($"Invalid request: \"size\" {size} does not match \"aspect_ratio\" {given}.");
            }

            ratio = (double)w / h;
        }

        (Width, Height) = ratio >= 1 ? (ImageAnswers.LongSide, Side(ImageAnswers.LongSide / ratio)) : (Side(ImageAnswers.LongSide * ratio), ImageAnswers.LongSide);
    }

    /// <summary>A side rounded to a whole number of 8-pixel blocks, at least one.</summary>
    private static int Side(double pixels) => Math.Max(8, (int)Math.Round(pixels / 8) * 8);

    private static List<string> ReadReferences(FieldCheck check)
    {
        var raw = check.Raw("input_references");
        if (raw is null)
        {
            return [];
        }

        var urls = raw.Value.ValueKind == JsonValueKind.Array && raw.Value.GetArrayLength() <= 16
            ? raw.Value.EnumerateArray().Select(ReferenceUrl).ToList()
            : [null];
        if (urls.Any(u => u is null))
        {
            check.Fail("Invalid request: \"input_references\" must be at most 16 {\"type\":\"image_url\",\"image_url\":{\"url\"}} parts with data: or http(s) URLs.");
            return [];
        }

        return urls.Select(u => u!).ToList();
    }

    private static string? ReferenceUrl(JsonElement part) =>
        part.ValueKind == JsonValueKind.Object
        && part.TryGetProperty("type", out var type) && type.ValueEquals("image_url")
        && part.TryGetProperty("image_url", out var image) && image.ValueKind == JsonValueKind.Object
        && image.TryGetProperty("url", out var url) && url.GetString() is { } text
        && (text.StartsWith("data:image/", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal) || text.StartsWith("http://", StringComparison.Ordinal))
            ? text
            : null;
}
