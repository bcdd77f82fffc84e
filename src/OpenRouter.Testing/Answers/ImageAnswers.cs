using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>
/// <c>POST images</c>: small deterministic pictures of the prompt (PNG, JPEG, lossless WebP or SVG, 128 pixels on the
/// long side, shaped by <c>aspect_ratio</c> or <c>size</c>), as base64 JSON or, for a streaming model asked to stream,
/// as partial-image and completed events.
/// </summary>
internal static class ImageAnswers
{
    public const int LongSide = 128;

    /// <summary>The image tokens reported for one generated image.</summary>
    public const int TokensPerImage = 4096;

    /// <summary>The tokens reported for one input reference image.</summary>
    public const int TokensPerReference = 258;

    private static readonly string[] AspectRatios =
        ["1:1", "1:2", "1:4", "1:8", "2:1", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "8:1", "9:16", "16:9", "9:19.5", "19.5:9", "9:20", "20:9", "9:21", "21:9", "auto"];

    public static RouteAnswer Answer(RouteRequest request)
    {
        var check = FieldCheck.Of(request.Record);
        var spec = ImageSpec.Read(check, AspectRatios);
        if (check.Problem is { } problem)
        {
            return RouteAnswer.Fail(400, problem);
        }

        var known = ModelCatalogue.Find(spec.Model);
        if (spec.Count > (known?.MaxImages ?? 10))
        {
            return RouteAnswer.Fail(400, string.Create(CultureInfo.InvariantCulture, $"Invalid request: {spec.Model} makes at most {known!.MaxImages} image(s) per request (\"n\")."));
        }

        var generation = Generation(request, spec, known);
        var images = Enumerable.Range(0, spec.Count).Select(i => Encode(spec, i, half: false)).ToList();
        var streamed = spec.Stream && (known is null || known.SupportsStreaming);
        return streamed
            ? Events(request, spec, images, generation)
            : RouteAnswer.Json(Body(request, spec, images, generation), generation);
    }

    /// <summary>The bytes of image <paramref name="index"/>: drawn from the prompt, seed, references and index, encoded as asked.</summary>
    public static byte[] Encode(ImageSpec spec, int index, bool half)
    {
        var seed = TextVectors.Hash(string.Join("|", spec.Prompt, spec.Seed, string.Join(",", spec.References), index.ToString(CultureInfo.InvariantCulture)));
        var (width, height) = half ? (Math.Max(8, spec.Width / 2), Math.Max(8, spec.Height / 2)) : (spec.Width, spec.Height);
        var transparent = spec.Background == "transparent";
        return spec.Format switch
        {
            "jpeg" => JpegWriter.Write(Picture.Draw(seed, width, height, transparent: false)),
            "webp" => WebpWriter.Write(Picture.Draw(seed, width, height, transparent, colours: 2)),
            "svg" => SvgWriter.Write(Picture.Draw(seed, width, height, transparent)),
            _ => PngWriter.Write(Picture.Draw(seed, width, height, transparent)),
        };
    }

    public static string MediaType(string format) => format switch
    {
        "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        _ => "image/png",
    };

    private static ResolvedAnswer Generation(RouteRequest request, ImageSpec spec, CatalogueModel? known)
    {
        var promptTokens = Usage.Tokens(spec.Prompt) + (TokensPerReference * spec.References.Count);
        var completionTokens = TokensPerImage * spec.Count;
        var cost = known is null
            ? 0.04m * spec.Count
            : (Usage.Price(known.ImageOutputPrice) * spec.Count) + (Usage.Price(known.ImagePrice) * spec.References.Count) + (Usage.Price(known.Prompt) * Usage.Tokens(spec.Prompt));
        return request.Generation("image", spec.Model, promptTokens, completionTokens, cost);
    }

    private static string Body(RouteRequest request, ImageSpec spec, List<byte[]> images, ResolvedAnswer generation) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("created", request.Created);
        w.WriteStartArray("data");
        foreach (var image in images)
        {
            w.WriteStartObject();
            w.WriteBase64String("b64_json", image);
            w.WriteString("media_type", MediaType(spec.Format));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteUsage(w, generation);
        w.WriteEndObject();
    });

    /// <summary>Per image a partial image (half size) then the completed image; usage rides on the last; then <c>[DONE]</c>.</summary>
    private static RouteAnswer Events(RouteRequest request, ImageSpec spec, List<byte[]> images, ResolvedAnswer generation)
    {
        var content = new List<string>();
        for (var i = 0; i < images.Count; i++)
        {
            var partial = Encode(spec, i, half: true);
            content.Add(JsonText.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "image_generation.partial_image");
                w.WriteNumber("partial_image_index", 0);
                w.WriteBase64String("b64_json", partial);
                w.WriteEndObject();
            }));
            var last = i == images.Count - 1;
            var image = images[i];
            content.Add(JsonText.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "image_generation.completed");
                w.WriteBase64String("b64_json", image);
                w.WriteNumber("created", request.Created);
                w.WriteString("media_type", MediaType(spec.Format));
                if (last)
                {
                    WriteUsage(w, generation);
                }

                w.WriteEndObject();
            }));
        }

        // The last completed event closes the stream with [DONE]; a cut stream (TruncatedStream) stops before it.
        return RouteAnswer.Events(content.GetRange(0, content.Count - 1), [content[^1], AnswerWire.Done], generation);
    }

    private static void WriteUsage(Utf8JsonWriter w, ResolvedAnswer generation)
    {
        w.WriteStartObject("usage");
        w.WriteNumber("prompt_tokens", generation.PromptTokens);
        w.WriteNumber("completion_tokens", generation.CompletionTokens);
        w.WriteNumber("total_tokens", generation.PromptTokens + generation.CompletionTokens);
        w.WriteNumber("cost", generation.Cost);
        w.WriteBoolean("is_byok", false);
        w.WriteStartObject("completion_tokens_details");
        w.WriteNumber("image_tokens", generation.CompletionTokens);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
