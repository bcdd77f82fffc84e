using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>The body of <c>POST audio/transcriptions</c>: the audio (base64, or uploaded as a file) and the model. Unset properties are not written.</summary>
/// <remarks>
/// For the JSON form set <see cref="InputAudio"/>. For the multipart upload, pass the audio stream to
/// <see cref="OpenRouterClient.CreateTranscriptionAsync(System.IO.Stream, string, TranscriptionRequest, OpenRouterRequestOptions?, System.Threading.CancellationToken)"/>
/// and leave <see cref="InputAudio"/> unset: the other fields become form fields under the same names.
/// </remarks>
public sealed class TranscriptionRequest
{
    /// <summary>The speech-to-text model id (<c>model</c>), e.g. <c>openai/whisper-large-v3</c>; required.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>The audio in base64 with its format (<c>input_audio</c>); required in the JSON form.</summary>
    [JsonPropertyName("input_audio")]
    public TranscriptionInputAudio? InputAudio { get; init; }

    /// <summary>The spoken language as ISO-639-1 (<c>language</c>), e.g. <c>en</c>; detected when unset.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; init; }

    /// <summary>The answer's shape (<c>response_format</c>): <c>json</c> (the default) or <c>verbose_json</c> with timestamps.</summary>
    [JsonPropertyName("response_format")]
    public TranscriptionFormat? ResponseFormat { get; init; }

    /// <summary>The sampling temperature (<c>temperature</c>).</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>The timestamp levels of a <c>verbose_json</c> answer (<c>timestamp_granularities</c>): <c>segment</c>, <c>word</c>.</summary>
    [JsonPropertyName("timestamp_granularities")]
    public IReadOnlyList<TimestampGranularity>? TimestampGranularities { get; init; }

    /// <summary>Provider-specific options (<c>provider</c>); JSON form only.</summary>
    [JsonPropertyName("provider")]
    public ProviderPassthroughOptions? Provider { get; init; }

    /// <summary>Other fields to send, by wire name (written as is; in a multipart upload, as form fields).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
