using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using OpenRouter;
using OpenRouter.SemanticKernel;

namespace Microsoft.SemanticKernel;

/// <summary>Execution settings for OpenRouter text-to-audio (speech synthesis), under the wire names of OpenRouter's speech route.</summary>
/// <remarks>
/// JSON names are OpenRouter's wire names of <c>POST audio/speech</c>, so the same keys work in prompt templates, in
/// plain <see cref="PromptExecutionSettings.ExtensionData"/> and in this typed class. Other wire fields, such as
/// <c>input_references</c> for voice cloning, reach the request from extension data under their wire names.
/// </remarks>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class OpenRouterTextToAudioExecutionSettings : PromptExecutionSettings
{
    private string? _voice;
    private string? _responseFormat;
    private double? _speed;
    private ProviderPassthroughOptions? _provider;

    /// <summary>The voice (<c>voice</c>), provider-specific, e.g. <c>alloy</c>; a model's voices are in <see cref="ModelInfo.SupportedVoices"/>.</summary>
    [JsonPropertyName("voice")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Voice
    {
        get => _voice;
        set
        {
            ThrowIfFrozen();
            _voice = value;
        }
    }

    /// <summary>The audio format (<c>response_format</c>): <c>mp3</c> or <c>pcm</c> (OpenRouter's default: raw 16-bit samples), or <c>wav</c> where offered.</summary>
    [JsonPropertyName("response_format")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResponseFormat
    {
        get => _responseFormat;
        set
        {
            ThrowIfFrozen();
            _responseFormat = value;
        }
    }

    /// <summary>The playback speed multiplier (<c>speed</c>), for models that support it.</summary>
    [JsonPropertyName("speed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Speed
    {
        get => _speed;
        set
        {
            ThrowIfFrozen();
            _speed = value;
        }
    }

    /// <summary>Provider-specific options (<c>provider</c>).</summary>
    [JsonPropertyName("provider")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProviderPassthroughOptions? Provider
    {
        get => _provider;
        set
        {
            ThrowIfFrozen();
            _provider = value;
        }
    }

    /// <summary>
    /// Returns <paramref name="executionSettings"/> as <see cref="OpenRouterTextToAudioExecutionSettings"/>: a new instance for null, the same
    /// instance when it already is one, otherwise a copy.
    /// </summary>
    /// <remarks>
    /// The copy is made through JSON, so that extension data and other connectors' settings of the same JSON names are
    /// carried over; <see cref="PromptExecutionSettings.ModelId"/> and <see cref="PromptExecutionSettings.ServiceId"/> are kept.
    /// </remarks>
    /// <param name="executionSettings">The settings to convert, or null.</param>
    /// <returns>The OpenRouter settings.</returns>
    /// <exception cref="ArgumentException">A value cannot be read as the matching setting.</exception>
    public static OpenRouterTextToAudioExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) =>
        SettingsJson.From<OpenRouterTextToAudioExecutionSettings>(executionSettings);

    /// <inheritdoc />
    public override PromptExecutionSettings Clone() => new OpenRouterTextToAudioExecutionSettings
    {
        ModelId = ModelId,
        ServiceId = ServiceId,
        FunctionChoiceBehavior = FunctionChoiceBehavior,
        ExtensionData = ExtensionData is null ? null : new Dictionary<string, object>(ExtensionData),
        Voice = Voice,
        ResponseFormat = ResponseFormat,
        Speed = Speed,
        Provider = Provider,
    };

    /// <inheritdoc />
    public override void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        base.Freeze();
    }
}
