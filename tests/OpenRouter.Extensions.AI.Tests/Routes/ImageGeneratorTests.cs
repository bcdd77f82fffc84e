#pragma warning disable MEAI001 // IImageGenerator is experimental in Microsoft.Extensions.AI 10.11.

using System.Drawing;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary><c>AsIImageGenerator</c> against the emulator: the request and options on the wire, images as <see cref="DataContent"/> with their media types, usage and cost.</summary>
public sealed class ImageGeneratorTests
{
    private static readonly byte[] s_png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    [Fact]
    public async Task Prompt_original_images_and_every_option_reach_the_wire()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIImageGenerator("black-forest-labs/flux.2-pro");
        var request = new ImageGenerationRequest("Add a red hat.", [new DataContent(s_png, "image/png"), new UriContent(new Uri("https://example.org/cat.webp"), "image/webp")]);
        var options = new ImageGenerationOptions
        {
            ModelId = RouteRig.ImageModel,
            Count = 2,
            ImageSize = new Size(1024, 768),
            MediaType = "image/jpeg",
            ResponseFormat = ImageGenerationResponseFormat.Uri,   // no OpenRouter equivalent: images come back as bytes
            StreamingCount = 3,                                   // likewise
        };

        var response = await generator.GenerateAsync(request, options);

        JsonAssert.DeepEqual(
            $$$"""
            {"model":"bytedance-seed/seedream-4.5","prompt":"Add a red hat.",
             "input_references":[{"type":"image_url","image_url":{"url":"data:image/png;base64,{{{Convert.ToBase64String(s_png)}}}"}},{"type":"image_url","image_url":{"url":"https://example.org/cat.webp"}}],
             "size":"1024x768","n":2,"output_format":"jpeg"}
            """,
            rig.LastJson);
        Assert.Equal(2, response.Contents.Count);
        Assert.All(response.Contents, c =>
        {
            var image = Assert.IsType<DataContent>(c);
            Assert.Equal("image/jpeg", image.MediaType);
            Assert.Equal([0xFF, 0xD8, 0xFF], image.Data.Span[..3].ToArray());
        });
        Assert.IsType<ImageResponse>(response.RawRepresentation);
    }

    [Fact]
    public async Task OpenRouter_settings_go_on_the_wire_by_wire_name_and_a_raw_request_wins()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIImageGenerator(RouteRig.ImageModel);
        var options = new ImageGenerationOptions
        {
            AdditionalProperties = new()
            {
                ["aspect_ratio"] = "16:9",
                ["resolution"] = "2K",
                ["seed"] = 7,
                ["provider"] = new Dictionary<string, object?> { ["order"] = new[] { "Seed" } },
                ["not_a_field"] = true,
            },
            RawRepresentationFactory = _ => new ImageRequest { Seed = 8 },
        };

        await generator.GenerateImagesAsync("A lighthouse at dusk.", options);

        JsonAssert.DeepEqual(
            """{"model":"bytedance-seed/seedream-4.5","prompt":"A lighthouse at dusk.","aspect_ratio":"16:9","resolution":"2K","seed":8,"provider":{"order":["Seed"]}}""",
            rig.LastJson);
    }

    [Fact]
    public async Task Usage_carries_the_billed_cost()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIImageGenerator(RouteRig.ImageModel);

        var response = await generator.GenerateImagesAsync("A lighthouse at dusk.", new ImageGenerationOptions { Count = 2 });

        var raw = Assert.IsType<ImageResponse>(response.RawRepresentation);
        Assert.NotNull(raw.Usage?.Cost);
        Assert.Equal(raw.Usage!.Cost, response.Usage.GetOpenRouterCost());
        Assert.True(response.Usage.GetOpenRouterCost() > 0);
        Assert.Equal("image/png", Assert.IsType<DataContent>(response.Contents[0]).MediaType);
    }

    [Fact]
    public async Task The_media_type_comes_from_the_answer_else_the_format_asked_for_else_the_bytes()
    {
        await using var rig = new RouteRig();
        var png = Convert.ToBase64String(s_png);
        rig.Emulator.Enqueue("images", EmulatorResponse.Json(200, $$"""{"created":1748372400,"data":[{"b64_json":"{{png}}","media_type":"image/webp"},{"b64_json":"{{png}}"}]}"""));
        rig.Emulator.Enqueue("images", EmulatorResponse.Json(200, $$"""{"created":1748372400,"data":[{"b64_json":"{{png}}"}]}"""));
        using var generator = rig.Client.AsIImageGenerator(RouteRig.ImageModel);

        var asked = await generator.GenerateImagesAsync("x", new ImageGenerationOptions { MediaType = "image/jpeg" });
        var sniffed = await generator.GenerateImagesAsync("x");

        Assert.Equal(["image/webp", "image/jpeg"], asked.Contents.Cast<DataContent>().Select(c => c.MediaType));
        Assert.Equal("image/png", Assert.IsType<DataContent>(Assert.Single(sniffed.Contents)).MediaType);
        Assert.Null(sniffed.Usage);
    }

    [Fact]
    public async Task What_cannot_be_sent_fails_before_sending()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIImageGenerator(RouteRig.ImageModel);

        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(new ImageGenerationRequest()));
        await Assert.ThrowsAsync<NotSupportedException>(() => generator.GenerateAsync(new ImageGenerationRequest("edit", [new TextContent("not an image")])));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateImagesAsync("x", new ImageGenerationOptions { AdditionalProperties = new() { ["stream"] = true } }));
        await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateImagesAsync("x", new ImageGenerationOptions { ImageSize = new Size(0, 10) }));
        var noModel = await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Client.AsIImageGenerator().GenerateImagesAsync("x"));
        Assert.Contains("OpenRouter:DefaultImageModel", noModel.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Emulator.Requests);

        rig.Emulator.Enqueue("images", EmulatorResponse.Error(429, "Rate limited"));
        var limited = await Assert.ThrowsAnyAsync<OpenRouterException>(() => generator.GenerateImagesAsync("x"));
        Assert.Equal(429, limited.StatusCode);
    }

    [Fact]
    public async Task Metadata_and_services()
    {
        await using var rig = new RouteRig();
        using var generator = rig.Client.AsIImageGenerator(RouteRig.ImageModel);

        var metadata = generator.GetService<ImageGeneratorMetadata>()!;

        Assert.Equal("openrouter", metadata.ProviderName);
        Assert.Equal(rig.Client.Endpoint, metadata.ProviderUri);
        Assert.Equal(RouteRig.ImageModel, metadata.DefaultModelId);
        Assert.Same(rig.Client, generator.GetService<OpenRouterClient>());
        Assert.Same(generator, generator.GetService<IImageGenerator>());
        Assert.Null(generator.GetService<ImageGeneratorMetadata>("key"));
    }
}
