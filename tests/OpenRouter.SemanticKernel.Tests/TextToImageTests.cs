using System.Buffers.Binary;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Services;
using Microsoft.SemanticKernel.TextToImage;
using OpenRouter.Testing;
using TextContent = Microsoft.SemanticKernel.TextContent;

#pragma warning disable SKEXP0001 // Semantic Kernel's ITextToImageService is experimental.

namespace OpenRouter.SemanticKernel.Tests;

/// <summary>Text-to-image through a real kernel: <c>AddOpenRouterTextToImage</c>, the service resolved from the kernel, the emulator's PNGs.</summary>
public sealed class TextToImageTests : IAsyncLifetime
{
    private const string ImageModel = "openai/gpt-image-1";
    private static readonly byte[] s_pngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private EmulatorRig _rig = null!;

    public async Task InitializeAsync() => _rig = await EmulatorRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private Kernel Kernel => Support.BuildKernel(b => b.AddOpenRouterTextToImage(ImageModel, _rig.ApiKey!, _rig.Endpoint));

    [Fact]
    public async Task The_service_from_the_kernel_returns_a_PNG_ImageContent_with_usage_and_cost()
    {
        var service = Kernel.GetRequiredService<ITextToImageService>();

        var images = await service.GetImageContentsAsync(new TextContent("A red panda astronaut, studio lighting"));

        var image = Assert.Single(images);
        Assert.Equal("image/png", image.MimeType);
        Assert.True(image.Data!.Value.Span.StartsWith(s_pngSignature), "the data is a PNG");
        Assert.StartsWith("data:image/png;base64,", image.DataUri, StringComparison.Ordinal);
        Assert.Equal(ImageModel, image.ModelId);
        Assert.IsType<ImageResponse>(image.InnerContent);
        var usage = Assert.IsType<UsageDetails>(image.Metadata![OpenRouterMetadataKeys.Usage]);
        var cost = Assert.IsType<decimal>(image.Metadata[OpenRouterMetadataKeys.Cost]);
        Assert.True(cost > 0);
        Assert.Equal(cost, usage.GetOpenRouterCost());
        Assert.IsType<DateTimeOffset>(image.Metadata[OpenRouterMetadataKeys.CreatedAt]);
        Assert.Equal(ImageModel, service.GetModelId());
        Assert.Equal(_rig.Endpoint.ToString(), service.GetEndpoint());

        var body = _rig.Emulator.Body(^1);
        Assert.Equal("images", _rig.Emulator.Requests[^1].Path);
        Assert.Equal(ImageModel, body.Text("model"));
        Assert.Equal("A red panda astronaut, studio lighting", body.Text("prompt"));
    }

    [Fact]
    public async Task The_serving_provider_and_the_cost_OpenRouter_reports_are_in_the_metadata()
    {
        // The spec's answer has no provider; OpenRouter may add one. Without media_type, the requested format names the type.
        var png = Convert.ToBase64String(s_pngSignature);
        _rig.Emulator.Enqueue("images", EmulatorResponse.Json(200, $$"""{"created":1760000000,"data":[{"b64_json":"{{png}}"}],"usage":{"prompt_tokens":0,"completion_tokens":4175,"total_tokens":4175,"cost":0.04},"provider":"OpenAI"}"""));

        var image = Assert.Single(await Kernel.GetRequiredService<ITextToImageService>().GetImageContentsAsync(new TextContent("A lighthouse"), new OpenRouterTextToImageExecutionSettings { OutputFormat = "png" }));

        Assert.Equal("OpenAI", image.Metadata![OpenRouterMetadataKeys.Provider]);
        Assert.Equal(0.04m, image.Metadata[OpenRouterMetadataKeys.Cost]);
        Assert.Equal("image/png", image.MimeType);
    }

    [Fact]
    public async Task Width_and_height_as_GenerateImageAsync_passes_them_become_the_explicit_size_and_shape_the_picture()
    {
        // The settings SK's own GenerateImageAsync(description, width, height) builds.
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["width"] = 1024, ["height"] = 512 } };

        var image = Assert.Single(await Kernel.GetRequiredService<ITextToImageService>().GetImageContentsAsync(new TextContent("A wide landscape"), settings));

        Assert.Equal("1024x512", _rig.Emulator.Body(^1).Text("size"));
        var png = image.Data!.Value.Span;
        Assert.Equal(2 * BinaryPrimitives.ReadInt32BigEndian(png[20..24]), BinaryPrimitives.ReadInt32BigEndian(png[16..20]));
    }

    [Fact]
    public async Task Typed_settings_reach_the_body_and_several_images_come_back_each_with_its_media_type()
    {
        var settings = new OpenRouterTextToImageExecutionSettings
        {
            ModelId = "bytedance-seed/seedream-4.5",
            Count = 2,
            AspectRatio = "16:9",
            OutputFormat = "jpeg",
            Quality = "high",
            Seed = 7,
            Provider = new ImageProviderPreferences { Order = ["seed"], AllowFallbacks = false },
        };

        var images = await Kernel.GetRequiredService<ITextToImageService>().GetImageContentsAsync(new TextContent("Two cats"), settings);

        Assert.Equal(2, images.Count);
        Assert.All(images, i => Assert.Equal("image/jpeg", i.MimeType));
        Assert.All(images, i => Assert.Equal("bytedance-seed/seedream-4.5", i.ModelId));
        var body = _rig.Emulator.BodyObject(^1);
        JsonAssert.DeepEqual(
            """{"model":"bytedance-seed/seedream-4.5","prompt":"Two cats","aspect_ratio":"16:9","n":2,"output_format":"jpeg","quality":"high","seed":7,"provider":{"order":["seed"],"allow_fallbacks":false}}""",
            body);
    }

    [Fact]
    public async Task Wire_fields_without_a_typed_setting_come_from_extension_data_and_stream_is_never_sent()
    {
        var reference = "data:image/png;base64," + Convert.ToBase64String(s_pngSignature);
        var settings = new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object>
            {
                ["background"] = "transparent",
                ["input_references"] = new[] { new Dictionary<string, object> { ["type"] = "image_url", ["image_url"] = new Dictionary<string, object> { ["url"] = reference } } },
                ["stream"] = true,
                ["not_an_image_field"] = "left alone",
            },
        };

        await Kernel.GetRequiredService<ITextToImageService>().GetImageContentsAsync(new TextContent("Edit this"), settings);

        var body = _rig.Emulator.BodyObject(^1);
        Assert.Equal("transparent", (string?)body["background"]);
        Assert.Equal(reference, (string?)body["input_references"]![0]!["image_url"]!["url"]);
        Assert.False(body.ContainsKey("stream"));
        Assert.False(body.ContainsKey("not_an_image_field"));
    }

    [Fact]
    public async Task A_rejected_request_is_a_typed_OpenRouterException_and_bad_settings_send_nothing()
    {
        var service = Kernel.GetRequiredService<ITextToImageService>();

        var rejected = await Assert.ThrowsAnyAsync<OpenRouterException>(() => service.GetImageContentsAsync(new TextContent("A cat"), new OpenRouterTextToImageExecutionSettings { AspectRatio = "7:3" }));
        Assert.Equal(400, rejected.StatusCode);

        _rig.Emulator.Enqueue("images", EmulatorResponse.Error(402, "Insufficient credits"));
        var broke = await Assert.ThrowsAnyAsync<OpenRouterException>(() => service.GetImageContentsAsync(new TextContent("A cat")));
        Assert.Equal(402, broke.StatusCode);

        var sent = _rig.Emulator.Requests.Count;
        await Assert.ThrowsAsync<ArgumentException>(() => service.GetImageContentsAsync(new TextContent("A cat"), new OpenRouterTextToImageExecutionSettings { Width = 512 }));
        await Assert.ThrowsAsync<ArgumentException>(() => service.GetImageContentsAsync(new TextContent("A cat"), new OpenRouterTextToImageExecutionSettings { Width = 512, Height = 512, Size = "2K" }));
        await Assert.ThrowsAsync<ArgumentException>(() => service.GetImageContentsAsync(new TextContent(" ")));
        Assert.Equal(sent, _rig.Emulator.Requests.Count);
    }

    [Fact]
    public async Task SKs_GenerateImageAsync_extension_cannot_return_a_URL_because_OpenRouter_sends_image_bytes()
    {
        // Documented limitation: the extension returns ImageContent.Uri, which OpenRouter never gives; use GetImageContentsAsync.
        await Assert.ThrowsAsync<NullReferenceException>(() => Kernel.GetRequiredService<ITextToImageService>().GenerateImageAsync("A cat", 256, 256));

        Assert.Equal("256x256", _rig.Emulator.Body(^1).Text("size"));
    }
}
