using System.Reflection;
using System.Text.Json;
using OpenRouter.Serialization;

namespace OpenRouter.Tests.Contract;

/// <summary>The named values of the routes' open value sets are values the spec lists for their field (or deliberately beyond it).</summary>
public class RouteValueSetTests
{
    /// <summary>Named values sent although the spec's enum lacks them, with the reason.</summary>
    private static readonly Dictionary<string, string> Beyond = new(StringComparer.Ordinal)
    {
        ["SpeechAudioFormat.wav"] = "api-updates.md lists wav among the speech formats; the 2026 spec's enum has only mp3 and pcm.",
    };

    public static TheoryData<string, string, string> ValueSets() => new()
    {
        { nameof(EmbeddingEncodingFormat), "op:/embeddings", "encoding_format" },
        { nameof(ImageAspectRatio), "ImageGenerationRequest", "aspect_ratio" },
        { nameof(ImageBackground), "ImageGenerationRequest", "background" },
        { nameof(ImageOutputFormat), "ImageGenerationRequest", "output_format" },
        { nameof(ImageQuality), "ImageGenerationRequest", "quality" },
        { nameof(ImageResolution), "ImageGenerationRequest", "resolution" },
        { nameof(SpeechAudioFormat), "SpeechRequest", "response_format" },
        { nameof(TranscriptionFormat), "STTRequest", "response_format" },
        { nameof(TimestampGranularity), "STTTimestampGranularity", string.Empty },
    };

    [Theory]
    [MemberData(nameof(ValueSets))]
    public void Every_named_value_is_in_the_specs_enum(string type, string schema, string property)
    {
        var valueType = typeof(ChatCompletionRequest).Assembly.GetType("OpenRouter." + type, throwOnError: true)!;
        var allowed = Enum(schema, property);
        var named = valueType.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == valueType).ToList();
        Assert.NotEmpty(named);

        foreach (var value in named)
        {
            var wire = JsonSerializer.Serialize(value.GetValue(null), valueType, OpenRouterJsonContext.Default.Options).Trim('"');
            Assert.True(allowed.Contains(wire) || Beyond.ContainsKey($"{type}.{wire}"), $"{type}.{value.Name} is \"{wire}\", not one of the spec's values: {string.Join(", ", allowed)}.");
        }
    }

    private static HashSet<string> Enum(string schema, string property)
    {
        var root = schema.StartsWith("op:", StringComparison.Ordinal)
            ? OpenApiSpec.Operation(schema.Substring(3), "post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            : OpenApiSpec.Schema(schema);
        var field = property.Length == 0 ? root : OpenApiSpec.Deref(root).GetProperty("properties").GetProperty(property);
        return OpenApiSpec.Deref(field).GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal);
    }
}
