using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>One item of <c>reasoning_details</c>, kept as the exact JSON object it was read from and written back unchanged.</summary>
/// <remarks>
/// Keeping <see cref="RawJson"/> lets unknown types, unknown fields, explicit nulls, signatures and encrypted data
/// survive a round trip from a response into the next request. The typed properties read from that JSON.
/// </remarks>
[JsonConverter(typeof(ReasoningDetailJsonConverter))]
public sealed class ReasoningDetail
{
    private ReasoningDetail(JsonElement rawJson) => RawJson = rawJson;

    /// <summary>The JSON exactly as received (or as built by a factory); written back as is.</summary>
    public JsonElement RawJson { get; }

    /// <summary>The detail type (<c>type</c>): <c>reasoning.text</c>, <c>reasoning.summary</c>, <c>reasoning.encrypted</c>, <c>reasoning.server_tool_call</c>, or another.</summary>
    public string? Type => GetString("type");

    /// <summary>The detail id (<c>id</c>).</summary>
    public string? Id => GetString("id");

    /// <summary>The provider format (<c>format</c>), e.g. <c>anthropic-claude-v1</c>, <c>openai-responses-v1</c>.</summary>
    public string? Format => GetString("format");

    /// <summary>The position of the detail (<c>index</c>).</summary>
    public int? Index => RawJson.ValueKind == JsonValueKind.Object && RawJson.TryGetProperty("index", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var index) ? index : null;

    /// <summary>The reasoning text of a <c>reasoning.text</c> detail (<c>text</c>).</summary>
    public string? Text => GetString("text");

    /// <summary>The signature of a <c>reasoning.text</c> detail (<c>signature</c>).</summary>
    public string? Signature => GetString("signature");

    /// <summary>The summary of a <c>reasoning.summary</c> detail (<c>summary</c>).</summary>
    public string? Summary => GetString("summary");

    /// <summary>The opaque data of a <c>reasoning.encrypted</c> detail (<c>data</c>).</summary>
    public string? Data => GetString("data");

    /// <summary>Wraps a JSON value as received (it is cloned, so the source document may be disposed).</summary>
    /// <param name="json">The detail object.</param>
    /// <returns>The detail.</returns>
    public static ReasoningDetail FromJson(JsonElement json) => new(json.Clone());

    /// <summary>Builds a <c>reasoning.text</c> detail.</summary>
    /// <param name="text">The reasoning text.</param>
    /// <param name="signature">The signature, if any.</param>
    /// <param name="format">The format, if any.</param>
    /// <param name="index">The index, if any.</param>
    /// <returns>The detail.</returns>
    public static ReasoningDetail CreateText(string text, string? signature = null, string? format = null, int? index = null) =>
        Build("reasoning.text", format, index, writer =>
        {
            writer.WriteString("text", text);
            if (signature is not null)
            {
                writer.WriteString("signature", signature);
            }
        });

    /// <summary>Builds a <c>reasoning.summary</c> detail.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="format">The format, if any.</param>
    /// <param name="index">The index, if any.</param>
    /// <returns>The detail.</returns>
    public static ReasoningDetail CreateSummary(string summary, string? format = null, int? index = null) =>
        Build("reasoning.summary", format, index, writer => writer.WriteString("summary", summary));

    /// <summary>Builds a <c>reasoning.encrypted</c> detail.</summary>
    /// <param name="data">The opaque data.</param>
    /// <param name="format">The format, if any.</param>
    /// <param name="index">The index, if any.</param>
    /// <returns>The detail.</returns>
    public static ReasoningDetail CreateEncrypted(string data, string? format = null, int? index = null) =>
        Build("reasoning.encrypted", format, index, writer => writer.WriteString("data", data));

    /// <inheritdoc />
    public override string ToString() => RawJson.ValueKind == JsonValueKind.Undefined ? string.Empty : RawJson.GetRawText();

    private string? GetString(string name) =>
        RawJson.ValueKind == JsonValueKind.Object && RawJson.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ReasoningDetail Build(string type, string? format, int? index, Action<Utf8JsonWriter> writeBody)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writeBody(writer);
            if (format is not null)
            {
                writer.WriteString("format", format);
            }

            if (index is { } i)
            {
                writer.WriteNumber("index", i);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return new ReasoningDetail(document.RootElement.Clone());
    }

    /// <summary>Reads the value at the reader into a detached element (its own array, no pooled document to clone).</summary>
    internal static ReasoningDetail FromReader(ref Utf8JsonReader reader) => new(JsonElement.ParseValue(ref reader));
}

internal sealed class ReasoningDetailJsonConverter : JsonConverter<ReasoningDetail>
{
    public override ReasoningDetail? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : ReasoningDetail.FromReader(ref reader);

    public override void Write(Utf8JsonWriter writer, ReasoningDetail value, JsonSerializerOptions options)
    {
        if (value.RawJson.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.RawJson.WriteTo(writer);
        }
    }
}
