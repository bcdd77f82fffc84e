using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>Provider routing preferences of a request (<c>provider</c>).</summary>
public sealed class ProviderPreferences
{
    /// <summary>Provider slugs to try first, in order (<c>order</c>).</summary>
    [JsonPropertyName("order")]
    public IReadOnlyList<string>? Order { get; init; }

    /// <summary>Whether other providers may be used when the preferred ones fail (<c>allow_fallbacks</c>, default true).</summary>
    [JsonPropertyName("allow_fallbacks")]
    public bool? AllowFallbacks { get; init; }

    /// <summary>Only route to providers that support every parameter of the request (<c>require_parameters</c>).</summary>
    [JsonPropertyName("require_parameters")]
    public bool? RequireParameters { get; init; }

    /// <summary>Whether providers that store or train on data may be used (<c>data_collection</c>).</summary>
    [JsonPropertyName("data_collection")]
    public DataCollectionPolicy? DataCollection { get; init; }

    /// <summary>Only use zero-data-retention endpoints (<c>zdr</c>).</summary>
    [JsonPropertyName("zdr")]
    public bool? Zdr { get; init; }

    /// <summary>Only use models whose authors allow distillation (<c>enforce_distillable_text</c>).</summary>
    [JsonPropertyName("enforce_distillable_text")]
    public bool? EnforceDistillableText { get; init; }

    /// <summary>Allow-list of provider slugs (<c>only</c>).</summary>
    [JsonPropertyName("only")]
    public IReadOnlyList<string>? Only { get; init; }

    /// <summary>Deny-list of provider slugs (<c>ignore</c>).</summary>
    [JsonPropertyName("ignore")]
    public IReadOnlyList<string>? Ignore { get; init; }

    /// <summary>Accepted quantization levels (<c>quantizations</c>).</summary>
    [JsonPropertyName("quantizations")]
    public IReadOnlyList<Quantization>? Quantizations { get; init; }

    /// <summary>Explicit endpoint sorting (<c>sort</c>): a string, or an object when a partition is set.</summary>
    [JsonPropertyName("sort")]
    public ProviderSort? Sort { get; init; }

    /// <summary>Preferred minimum throughput in tokens per second (<c>preferred_min_throughput</c>); a soft preference.</summary>
    [JsonPropertyName("preferred_min_throughput")]
    public PerformanceThreshold? PreferredMinThroughput { get; init; }

    /// <summary>Preferred maximum latency in seconds (<c>preferred_max_latency</c>); a soft preference.</summary>
    [JsonPropertyName("preferred_max_latency")]
    public PerformanceThreshold? PreferredMaxLatency { get; init; }

    /// <summary>Hard price ceilings (<c>max_price</c>).</summary>
    [JsonPropertyName("max_price")]
    public MaxPrice? MaxPrice { get; init; }

    /// <summary>
    /// Experimental options (<c>experimental</c>). Unconfirmed: only gopenrouter sends it and the API spec does not list it,
    /// so leave it unset unless you know the API accepts it.
    /// </summary>
    [JsonPropertyName("experimental")]
    public ProviderExperimentalOptions? Experimental { get; init; }

    /// <summary>Other fields to send that this type does not model yet.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

internal sealed class ProviderSortJsonConverter : JsonConverter<ProviderSort>
{
    public override ProviderSort? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new ProviderSort { By = new ProviderSortBy(reader.GetString() ?? string.Empty) };
            case JsonTokenType.StartObject:
                ProviderSortBy? by = null;
                ProviderSortPartition? partition = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString();
                    reader.Read();
                    var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                    }

                    if (value is null)
                    {
                        continue;
                    }

                    if (name == "by")
                    {
                        by = new ProviderSortBy(value);
                    }
                    else if (name == "partition")
                    {
                        partition = new ProviderSortPartition(value);
                    }
                }

                return new ProviderSort { By = by, Partition = partition };
            default:
                throw new JsonException($"Expected a string or an object for provider.sort, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, ProviderSort value, JsonSerializerOptions options)
    {
        if (value.Partition is null && value.By is { Value: { } simple })
        {
            writer.WriteStringValue(simple);
            return;
        }

        writer.WriteStartObject();
        if (value.By is { Value: { } by })
        {
            writer.WriteString("by", by);
        }

        if (value.Partition is { Value: { } partition })
        {
            writer.WriteString("partition", partition);
        }

        writer.WriteEndObject();
    }
}

internal sealed class PerformanceThresholdJsonConverter : JsonConverter<PerformanceThreshold>
{
    public override PerformanceThreshold? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
            case JsonTokenType.String:
                return new PerformanceThreshold { Value = OpenRouter.Serialization.LenientNumbers.ReadDouble(ref reader) };
            case JsonTokenType.StartObject:
                double? p50 = null, p75 = null, p90 = null, p99 = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                        continue;
                    }

                    var number = OpenRouter.Serialization.LenientNumbers.ReadDouble(ref reader);
                    switch (name)
                    {
                        case "p50": p50 = number; break;
                        case "p75": p75 = number; break;
                        case "p90": p90 = number; break;
                        case "p99": p99 = number; break;
                    }
                }

                return new PerformanceThreshold { P50 = p50, P75 = p75, P90 = p90, P99 = p99 };
            default:
                throw new JsonException($"Expected a number or an object, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, PerformanceThreshold value, JsonSerializerOptions options)
    {
        if (value.Value is { } single && value.P50 is null && value.P75 is null && value.P90 is null && value.P99 is null)
        {
            writer.WriteNumberValue(single);
            return;
        }

        writer.WriteStartObject();
        WriteIfSet(writer, "p50", value.P50 ?? value.Value);
        WriteIfSet(writer, "p75", value.P75);
        WriteIfSet(writer, "p90", value.P90);
        WriteIfSet(writer, "p99", value.P99);
        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
