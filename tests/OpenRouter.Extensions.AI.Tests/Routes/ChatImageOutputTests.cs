#pragma warning disable MEAI001 // HostedImageGenerationTool and ImageGenerationOptions are experimental in Microsoft.Extensions.AI 10.11.

using System.Drawing;
using Microsoft.Extensions.AI;
using OpenRouter.Testing;

namespace OpenRouter.Extensions.AI.Tests.Routes;

/// <summary>
/// Images out of chat: <c>message.images</c> (and <c>delta.images</c> when streamed) become <see cref="DataContent"/>;
/// a <see cref="HostedImageGenerationTool"/> asks for image output (<c>modalities</c> and <c>image_config</c>).
/// </summary>
public sealed class ChatImageOutputTests
{
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    [Fact]
    public async Task Images_in_the_message_become_data_contents_beside_the_text()
    {
        await using var rig = new RouteRig();
        rig.Emulator.Enqueue(EmulatorResponse.Json(200, """
            {"id":"gen-img-1","object":"chat.completion","created":1748372400,"model":"google/gemini-2.5-flash-image",
             "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Here is your cat.",
               "images":[{"type":"image_url","image_url":{"url":"data:image/png;base64,PNG"}}]}}],
             "usage":{"prompt_tokens":5,"completion_tokens":1290,"total_tokens":1295,"cost":0.039,"completion_tokens_details":{"image_tokens":1290}}}
            """.Replace("PNG", Png, StringComparison.Ordinal)));
        using var chat = rig.Client.AsIChatClient("google/gemini-2.5-flash-image");

        var response = await chat.GetResponseAsync("Draw a cat.");

        Assert.Equal("Here is your cat.", response.Text);
        var image = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<DataContent>());
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal(Convert.FromBase64String(Png), image.Data.ToArray());
        Assert.Equal(1290, response.Usage!.AdditionalCounts![OpenRouterUsageKeys.ImageOutputTokens]);
        Assert.Equal(0.039m, response.GetOpenRouterCost());
    }

    [Fact]
    public async Task Streamed_images_become_data_contents_in_the_updates()
    {
        await using var rig = new RouteRig();
        rig.Emulator.Enqueue(EmulatorResponse.Sse("""
            data: {"id":"gen-img-2","object":"chat.completion.chunk","created":1748372400,"model":"google/gemini-2.5-flash-image","choices":[{"index":0,"delta":{"role":"assistant","content":"A cat."}}]}

            data: {"id":"gen-img-2","object":"chat.completion.chunk","created":1748372400,"model":"google/gemini-2.5-flash-image","choices":[{"index":0,"delta":{"images":[{"type":"image_url","image_url":{"url":"data:image/png;base64,PNG"}}]}}]}

            data: {"id":"gen-img-2","object":"chat.completion.chunk","created":1748372400,"model":"google/gemini-2.5-flash-image","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

            data: {"id":"gen-img-2","object":"chat.completion.chunk","created":1748372400,"model":"google/gemini-2.5-flash-image","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":1290,"total_tokens":1295,"cost":0.039}}

            data: [DONE]


            """.Replace("PNG", Png, StringComparison.Ordinal)));
        using var chat = rig.Client.AsIChatClient("google/gemini-2.5-flash-image");

        var updates = await chat.GetStreamingResponseAsync("Draw a cat.").ToListAsync();

        var image = Assert.Single(updates.SelectMany(u => u.Contents).OfType<DataContent>());
        Assert.Equal("image/png", image.MediaType);
        var response = updates.ToChatResponse();
        Assert.Equal("A cat.", response.Text);
        Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<DataContent>());
    }

    [Fact]
    public async Task The_image_generation_tool_asks_for_image_output_with_its_settings_and_is_not_sent_as_a_tool()
    {
        await using var rig = new RouteRig();
        using var chat = rig.Client.AsIChatClient("google/gemini-2.5-flash-image");
        var tool = new HostedImageGenerationTool(new Dictionary<string, object?> { ["quality"] = "high" })
        {
            Options = new ImageGenerationOptions { ImageSize = new Size(1920, 1080), MediaType = "image/webp", ModelId = "ignored/the-chat-model-draws", Count = 3 },
        };

        await chat.GetResponseAsync("Draw a wide landscape.", new ChatOptions { Tools = [tool] });

        var body = rig.RequestBody(^1);
        JsonAssert.DeepEqual("""["image","text"]""", body["modalities"]);
        JsonAssert.DeepEqual("""{"aspect_ratio":"16:9","image_size":"2K","output_format":"webp","quality":"high"}""", body["image_config"]);
        Assert.Null(body["tools"]);
        Assert.Null(body["tool_choice"]);
    }

    [Fact]
    public async Task Beside_function_tools_only_the_functions_are_tools_and_explicit_settings_win()
    {
        await using var rig = new RouteRig();
        using var chat = rig.Client.AsIChatClient("google/gemini-2.5-flash-image");
        var options = new ChatOptions
        {
            Tools = [new HostedImageGenerationTool(), AIFunctionFactory.Create(() => "sunny", "get_weather")],
            AdditionalProperties = new() { ["modalities"] = new[] { "image" } },
        };

        await chat.GetResponseAsync("Weather, as a picture.", options);

        var body = rig.RequestBody(^1);
        JsonAssert.DeepEqual("""["image"]""", body["modalities"]);
        Assert.Null(body["image_config"]);
        Assert.Equal("get_weather", body["tools"]![0]!["function"]!["name"]!.GetValue<string>());
    }
}
