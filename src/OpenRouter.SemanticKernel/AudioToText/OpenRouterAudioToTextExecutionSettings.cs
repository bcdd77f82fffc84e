using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text.Json.Serialization;
using OpenRouter;
using OpenRouter.SemanticKernel;

namespace Microsoft.SemanticKernel;

/// <summary>Execution settings for OpenRouter audio-to-text (speech recognition), under the wire names of OpenRouter's transcription route.</summary>
/// <remarks>
/// JSON names are OpenRouter's wire names of <c>POST audio/transcriptions</c> (and <c>audio_format</c>), so the same
/// keys work in prompt templates, in plain <see cref="PromptExecutionSettings.ExtensionData"/> and in this typed class.
/// Other wire fields reach the request from extension data under their wire names.
/// </remarks>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class OpenRouterAudioToTextExecutionSettings : PromptExecutionSettings
{
    private string? _audioFormat;
    private string? _language;
    private string? _responseFormat;
    private double? _temperature;
    private IList<string>? _timestampGranularities;
    private ProviderPassthroughOptions? _provider;

    /// <summary>The format of the audio, e.g. <c>wav</c>, <c>mp3</c>, <c>flac</c>, <c>m4a</c>, <c>ogg</c> or <c>webm</c> (sent as <c>input_audio.format</c>); read from the content's MIME type when null.</summary>
    [JsonPropertyName("audio_format")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AudioFormat
    {
        get => _audioFormat;
        set
        {
            ThrowIfFrozen();
            _audioFormat = value;
        }
    }

    /// <summary>The spoken language as ISO-639-1 (<c>language</c>), e.g. <c>en</c>; detected when null.</summary>
    [JsonPropertyName("language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language
    {
        get => _language;
        set
        {
            ThrowIfFrozen();
            _language = value;
        }
    }

    /// <summary>The answer's shape (<c>response_format</c>): <c>json</c> (the default) or <c>verbose_json</c>, which adds the language, duration and timestamps.</summary>
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

    /// <summary>The sampling temperature (<c>temperature</c>).</summary>
    [JsonPropertyName("temperature")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Temperature
    {
        get => _temperature;
        set
        {
            ThrowIfFrozen();
            _temperature = value;
        }
    }

    /// <summary>The timestamp levels of a <c>verbose_json</c> answer (<c>timestamp_granularities</c>): <c>segment</c>, <c>word</c>.</summary>
    [JsonPropertyName("timestamp_granularities")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? TimestampGranularities
    {
        get => _timestampGranularities;
        set
        {
            ThrowIfFrozen();
            _timestampGranularities = value;
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
    /// Returns <paramref name="executionSettings"/> as <see cref="OpenRouterAudioToTextExecutionSettings"/>: a new instance for null, the same
    /// instance when it already is one, otherwise a copy.
    /// </summary>
    /// <remarks>
    /// The copy is made through JSON, so that extension data and other connectors' settings of the same JSON names are
    /// carried over; <see cref="PromptExecutionSettings.ModelId"/> and <see cref="PromptExecutionSettings.ServiceId"/> are kept.
    /// </remarks>
    /// <param name="executionSettings">The settings to convert, or null.</param>
    /// <returns>The OpenRouter settings.</returns>
    /// <exception cref="ArgumentException">A value cannot be read as the matching setting.</exception>
    public static OpenRouterAudioToTextExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) =>
        SettingsJson.From<OpenRouterAudioToTextExecutionSettings>(executionSettings);

    /// <inheritdoc />
    public override PromptExecutionSettings Clone() => new OpenRouterAudioToTextExecutionSettings
    {
        ModelId = ModelId,
        ServiceId = ServiceId,
        FunctionChoiceBehavior = FunctionChoiceBehavior,
        ExtensionData = ExtensionData is null ? null : new Dictionary<string, object>(ExtensionData),
        AudioFormat = AudioFormat,
        Language = Language,
        ResponseFormat = ResponseFormat,
        Temperature = Temperature,
        TimestampGranularities = TimestampGranularities is null ? null : new List<string>(TimestampGranularities),
        Provider = Provider,
    };

    /// <inheritdoc />
    public override void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        if (_timestampGranularities is not null)
        {
            _timestampGranularities = new ReadOnlyCollection<string>(_timestampGranularities.ToList());
        }

        base.Freeze();
    }
}
