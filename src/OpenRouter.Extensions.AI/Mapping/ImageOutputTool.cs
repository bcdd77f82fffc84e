using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Drawing;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenRouter.Extensions.AI.Media;
using OpenRouter.Serialization;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>
/// A <see cref="HostedImageGenerationTool"/> in <see cref="ChatOptions.Tools"/> as chat image output: <c>modalities:
/// ["image","text"]</c> and an <c>image_config</c>, so that a model that draws answers with images in the message.
/// </summary>
/// <remarks>
/// The tool's options give the aspect ratio (the closest one OpenRouter knows to <see cref="ImageGenerationOptions.ImageSize"/>),
/// the size tier (<c>1K</c>, <c>2K</c>, <c>4K</c> from its long side) and the output format; the tool's and the options'
/// additional properties go into <c>image_config</c> by name (<c>quality</c>, <c>aspect_ratio</c>...). Model and count do
/// not apply: the chat model draws.
/// </remarks>
[Experimental("MEAI001")]
internal static class ImageOutputTool
{
    /// <summary>The output modalities asked for when the tool is present.</summary>
    public static readonly IReadOnlyList<string> Modalities = ["image", "text"];

    private static readonly (string Name, double Ratio)[] s_aspectRatios =
        [("1:1", 1), ("2:3", 2d / 3), ("3:2", 1.5), ("3:4", 0.75), ("4:3", 4d / 3), ("4:5", 0.8), ("5:4", 1.25), ("9:16", 9d / 16), ("16:9", 16d / 9), ("21:9", 21d / 9)];

    /// <summary>Whether <paramref name="tool"/> is the image generation tool.</summary>
    public static bool Is(AITool tool) => tool is HostedImageGenerationTool;

    /// <summary>The image generation tool among <paramref name="tools"/>, or null.</summary>
    public static HostedImageGenerationTool? Find(IList<AITool>? tools)
    {
        for (var i = 0; tools is not null && i < tools.Count; i++)
        {
            if (tools[i] is HostedImageGenerationTool image)
            {
                return image;
            }
        }

        return null;
    }

    /// <summary>The <c>image_config</c> the tool asks for, or null when it asks for nothing in particular.</summary>
    public static ImageGenerationConfig? ToImageConfig(HostedImageGenerationTool tool)
    {
        var config = new JsonObject();
        if (tool.Options?.ImageSize is { } size && size.Width > 0 && size.Height > 0)
        {
            config["aspect_ratio"] = ClosestAspectRatio(size);
            config["image_size"] = Math.Max(size.Width, size.Height) switch { <= 1024 => "1K", <= 2048 => "2K", _ => "4K" };
        }

        if (!string.IsNullOrWhiteSpace(tool.Options?.MediaType))
        {
            config["output_format"] = MediaFormats.ImageFormat(tool.Options!.MediaType!);
        }

        Add(config, tool.Options?.AdditionalProperties);
        Add(config, tool.AdditionalProperties);
        if (config.Count == 0)
        {
            return null;
        }

        try
        {
            return config.Deserialize(OpenRouterJsonContext.Default.ImageGenerationConfig);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The HostedImageGenerationTool's settings do not fit OpenRouter's image_config ({ex.Message}).", nameof(tool), ex);
        }
    }

    private static string ClosestAspectRatio(Size size)
    {
        var wanted = Math.Log((double)size.Width / size.Height);
        var best = s_aspectRatios[0];
        foreach (var candidate in s_aspectRatios)
        {
            if (Math.Abs(Math.Log(candidate.Ratio) - wanted) < Math.Abs(Math.Log(best.Ratio) - wanted))
            {
                best = candidate;
            }
        }

        return best.Name;
    }

    private static void Add(JsonObject config, IEnumerable<KeyValuePair<string, object?>>? properties)
    {
        foreach (var pair in properties ?? [])
        {
            config[pair.Key] = AdditionalPropertiesReader.ToJsonNode(pair.Value);
        }
    }
}
