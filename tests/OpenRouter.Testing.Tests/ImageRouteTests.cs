using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using static OpenRouter.Testing.Tests.RouteCalls;

namespace OpenRouter.Testing.Tests;

public sealed class ImageRouteTests
{
    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_png_answer_is_a_valid_image_in_the_spec_shape_with_usage_and_cost(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        var body = await h.PostOkAsync("images", new { model = ImageModel, prompt = "a red panda astronaut floating in space" });

        SpecShape.AssertMatches(body, SpecShape.Response("/images", "post"));
        Assert.True(body.GetProperty("created").GetInt64() > 1_700_000_000);
        var image = Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.Equal("image/png", image.GetProperty("media_type").GetString());
        var (width, height, colourType, _) = MediaChecks.Png(image.GetProperty("b64_json").GetBytesFromBase64());
        Assert.Equal((128, 128, 2), (width, height, colourType));
        var usage = body.GetProperty("usage");
        Assert.Equal(4096, usage.GetProperty("completion_tokens").GetInt32());
        var promptTokens = usage.GetProperty("prompt_tokens").GetInt32();
        Assert.Equal(promptTokens + 4096, usage.GetProperty("total_tokens").GetInt32());
        Assert.Equal(0.042m + (promptTokens * 0.000005m), usage.GetProperty("cost").GetDecimal());
    }

    [Theory]
    [InlineData("16:9", null, 128, 72)]
    [InlineData("9:16", null, 72, 128)]
    [InlineData("21:9", null, 128, 56)]
    [InlineData("1:8", null, 16, 128)]
    [InlineData("auto", null, 128, 128)]
    [InlineData(null, "2048x1024", 128, 64)]
    [InlineData("2:1", "2048x1024", 128, 64)]
    [InlineData("4:3", "2K", 128, 96)]
    public async Task The_aspect_ratio_or_an_explicit_size_shapes_the_picture(string? aspectRatio, string? size, int width, int height)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var body = await h.PostOkAsync("images", new { model = "bytedance-seed/seedream-4.5", prompt = "a lighthouse", aspect_ratio = aspectRatio, size });
        var png = MediaChecks.Png(body.GetProperty("data")[0].GetProperty("b64_json").GetBytesFromBase64());
        Assert.Equal((width, height), (png.Width, png.Height));
    }

    [Fact]
    public async Task Pixels_follow_the_prompt_and_seed_and_repeat_for_the_same_request()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        async Task<byte[]> DrawAsync(string prompt, int? seed) =>
            (await h.PostOkAsync("images", new { model = ImageModel, prompt, seed })).GetProperty("data")[0].GetProperty("b64_json").GetBytesFromBase64();

        var first = await DrawAsync("a quiet harbour at dawn", null);
        Assert.Equal(first, await DrawAsync("a quiet harbour at dawn", null));
        Assert.NotEqual(first, await DrawAsync("a busy market at noon", null));
        Assert.NotEqual(first, await DrawAsync("a quiet harbour at dawn", 7));
        Assert.Equal(await DrawAsync("a quiet harbour at dawn", 7), await DrawAsync("a quiet harbour at dawn", 7));
    }

    [Fact]
    public async Task Jpeg_webp_and_svg_are_valid_files_of_their_media_type()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        async Task<(string MediaType, byte[] Bytes)> DrawAsync(string format, string background = "auto")
        {
            var image = (await h.PostOkAsync("images", new { model = ImageModel, prompt = "a paper boat", output_format = format, aspect_ratio = "3:2", background })).GetProperty("data")[0];
            return (image.GetProperty("media_type").GetString()!, image.GetProperty("b64_json").GetBytesFromBase64());
        }

        var jpeg = await DrawAsync("jpeg");
        Assert.Equal("image/jpeg", jpeg.MediaType);
        Assert.Equal((128, 88), MediaChecks.Jpeg(jpeg.Bytes));

        var webp = await DrawAsync("webp", "transparent");
        Assert.Equal("image/webp", webp.MediaType);
        Assert.Equal((128, 88, true), MediaChecks.Webp(webp.Bytes));

        var svg = await DrawAsync("svg");
        Assert.Equal("image/svg+xml", svg.MediaType);
        var root = XDocument.Parse(System.Text.Encoding.UTF8.GetString(svg.Bytes)).Root!;
        Assert.Equal(("svg", "128", "88"), (root.Name.LocalName, root.Attribute("width")?.Value, root.Attribute("height")?.Value));
        Assert.NotEmpty(root.Elements());
    }

    [Fact]
    public async Task A_transparent_background_gives_an_rgba_png_with_clear_pixels_and_is_refused_for_jpeg()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var body = await h.PostOkAsync("images", new { model = ImageModel, prompt = "a sticker of a fox", background = "transparent" });
        var (width, _, colourType, pixels) = MediaChecks.Png(body.GetProperty("data")[0].GetProperty("b64_json").GetBytesFromBase64());
        Assert.Equal(6, colourType);
        Assert.Equal(0, pixels[1 + 3]); // the first pixel's alpha: the border is clear
        Assert.Equal(255, pixels[(40 * (1 + (width * 4))) + 1 + (40 * 4) + 3]); // the middle is opaque

        var refusal = await h.PostRefusedAsync("images", ToJson(new { model = ImageModel, prompt = "a fox", background = "transparent", output_format = "jpeg" }));
        Assert.Contains("transparent", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task N_images_are_different_and_each_is_billed_up_to_the_model_limit()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var body = await h.PostOkAsync("images", new { model = "bytedance-seed/seedream-4.5", prompt = "three kites", n = 3 });
        var images = body.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("b64_json").GetString()).ToList();
        Assert.Equal(3, images.Distinct().Count());
        Assert.Equal(3 * 0.04m, body.GetProperty("usage").GetProperty("cost").GetDecimal());
        Assert.Equal(3 * 4096, body.GetProperty("usage").GetProperty("completion_tokens").GetInt32());

        Assert.Contains("at most 4", await h.PostRefusedAsync("images", ToJson(new { model = "bytedance-seed/seedream-4.5", prompt = "kites", n = 5 })), StringComparison.Ordinal);
        Assert.Contains("at most 1", await h.PostRefusedAsync("images", ToJson(new { model = "black-forest-labs/flux.2-pro", prompt = "kites", n = 2 })), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reference_images_change_the_picture_and_the_prompt_tokens()
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        var plain = await h.PostOkAsync("images", new { model = ImageModel, prompt = "make it blue" });
        var edited = await h.PostOkAsync("images", new
        {
            model = ImageModel,
            prompt = "make it blue",
            input_references = new[] { new { type = "image_url", image_url = new { url = "data:image/png;base64,iVBORw0KGgo=" } } },
        });
        Assert.NotEqual(plain.GetProperty("data")[0].GetProperty("b64_json").GetString(), edited.GetProperty("data")[0].GetProperty("b64_json").GetString());
        Assert.Equal(plain.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() + 258, edited.GetProperty("usage").GetProperty("prompt_tokens").GetInt32());
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task A_streaming_model_sends_partial_and_completed_images_then_done(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode);
        using var response = await h.PostAsync("images", ToJson(new { model = ImageModel, prompt = "two moons", n = 2, stream = true }));
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var sse = SseCapture.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(sse.EndedWithDone);
        Assert.Equal(["image_generation.partial_image", "image_generation.completed", "image_generation.partial_image", "image_generation.completed"], sse.Json.Select(e => e.GetProperty("type").GetString()));
        foreach (var data in sse.Data.Where(d => d != "[DONE]"))
        {
            using var json = JsonDocument.Parse("{\"data\":" + data + "}");
            SpecShape.AssertMatches(json.RootElement, SpecShape.Response("/images", "post", contentType: "text/event-stream"));
        }

        Assert.Equal((64, 64), (MediaChecks.Png(sse.Json[0].GetProperty("b64_json").GetBytesFromBase64()).Width, MediaChecks.Png(sse.Json[0].GetProperty("b64_json").GetBytesFromBase64()).Height));
        Assert.False(sse.Json[1].TryGetProperty("usage", out _));
        Assert.Equal(2 * 4096, sse.Json[3].GetProperty("usage").GetProperty("completion_tokens").GetInt32());

        // A model without streaming ignores the flag and answers JSON.
        var buffered = await h.PostOkAsync("images", new { model = "bytedance-seed/seedream-4.5", prompt = "two moons", stream = true });
        Assert.Equal(1, buffered.GetProperty("data").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"prompt\":\"x\"}", "model")]
    [InlineData("{\"model\":\"openai/gpt-image-1\"}", "prompt")]
    [InlineData("{\"model\":\"openai/gpt-image-1\",\"prompt\":\"\"}", "prompt")]
    [InlineData("{\"model\":\"openai/gpt-image-1\",\"prompt\":\"x\",\"aspect_ratio\":\"5:7\"}", "aspect_ratio")]
    [InlineData("{\"model\":\"openai/gpt-image-1\",\"prompt\":\"x\",\"output_format\":\"gif\"}", "output_format")]
    [InlineData("{\"model\":\"openai/gpt-image-1\",\"prompt\":\"x\",\"n\":11}", "\"n\"")]
    [InlineData("{\"model\":\"openai/gpt-image-1\",\"prompt\":\"x\",\"quality\":\"ultra\"}", "quality")]
    [InlineData("{\"model\":\"openai/gpt-image-1\",\"prompt\":\"x\",\"output_compression\":101}", "output_compression")]
    [InlineData("{\"model\":\"openai/gpt-image-1\",\"prompt\":\"x\",\"size\":\"huge\"}", "size")]
    [InlineData("{\"model\":\"openai/gpt-image-1\",\"prompt\":\"x\",\"size\":\"1024x1024\",\"aspect_ratio\":\"16:9\"}", "does not match")]
    [InlineData("{\"model\":\"openai/gpt-image-1\",\"prompt\":\"x\",\"input_references\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"ftp://x\"}}]}", "input_references")]
    [InlineData("{\"model\":\"openai/gpt-4o-mini\",\"prompt\":\"x\"}", "cannot serve images")]
    public async Task Malformed_requests_get_a_400_that_names_the_field(string body, string mentioned)
    {
        await using var h = await EmulatorRig.StartAsync(EmulatorRig.InProcess);
        Assert.Contains(mentioned, await h.PostRefusedAsync("images", body), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EmulatorRig.Modes), MemberType = typeof(EmulatorRig))]
    public async Task The_models_route_lists_image_models_with_parameters_and_their_endpoints(string mode)
    {
        await using var h = await EmulatorRig.StartAsync(mode, apiKey: null);
        var models = await h.GetOkAsync("images/models");
        SpecShape.AssertMatches(models, SpecShape.Response("/images/models", "get"));
        var ids = models.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal(["bytedance-seed/seedream-4.5", "black-forest-labs/flux.2-pro", "openai/gpt-image-1"], ids);
        var gptImage = models.GetProperty("data")[2];
        Assert.True(gptImage.GetProperty("supports_streaming").GetBoolean());
        Assert.Equal("range", gptImage.GetProperty("supported_parameters").GetProperty("output_compression").GetProperty("type").GetString());

        var endpoints = await h.GetOkAsync(gptImage.GetProperty("endpoints").GetString()!);
        // The committed spec subset leaves this path out: its required names (ImageModelEndpointsResponse, ImageEndpoint) by hand.
        Assert.Equal(["id", "endpoints"], endpoints.EnumerateObject().Select(p => p.Name));
        var endpoint = endpoints.GetProperty("endpoints")[0];
        Assert.Equal(
            ["provider_name", "provider_slug", "provider_tag", "supported_parameters", "allowed_passthrough_parameters", "supports_streaming", "pricing"],
            endpoint.EnumerateObject().Select(p => p.Name));
        Assert.All(endpoint.GetProperty("pricing").EnumerateArray(), p => Assert.Equal(["billable", "unit", "cost_usd"], p.EnumerateObject().Select(e => e.Name)));
        Assert.Equal("OpenAI", endpoint.GetProperty("provider_name").GetString());
        var price = endpoint.GetProperty("pricing").EnumerateArray().Single(p => p.GetProperty("billable").GetString() == "output_image");
        Assert.Equal(("image", 0.042m), (price.GetProperty("unit").GetString(), price.GetProperty("cost_usd").GetDecimal()));

        using var unknown = await h.Http.GetAsync("images/models/openai/gpt-4o-mini/endpoints");
        await ValidationTests.AssertErrorAsync(unknown, 404);
    }
}
