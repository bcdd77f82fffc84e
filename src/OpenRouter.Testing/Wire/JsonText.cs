using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>Small helpers that build JSON text with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string Quote(string value) =>
        "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"";

    public static void WriteStringOrNull(this Utf8JsonWriter writer, string propertyName, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(propertyName);
        }
        else
        {
            writer.WriteString(propertyName, value);
        }
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string propertyName, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(propertyName, number);
        }
        else
        {
            writer.WriteNull(propertyName);
        }
    }

    public static void WriteStringArray(this Utf8JsonWriter writer, string propertyName, IEnumerable<string> values)
    {
        writer.WriteStartArray(propertyName);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>The OpenRouter error envelope: <c>{"error":{"code","message","metadata"?},"user_id"?}</c>.</summary>
    public static string ErrorEnvelope(string codeJson, string message, string? metadataJson, bool withUserId) => Write(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("error");
        WriteErrorObject(w, codeJson, message, metadataJson);
        if (withUserId)
        {
            w.WriteString("user_id", "user_emulator");
        }

        w.WriteEndObject();
    });

    public static void WriteErrorObject(Utf8JsonWriter w, string codeJson, string message, string? metadataJson)
    {
        w.WriteStartObject();
        w.WritePropertyName("code");
        w.WriteRawValue(codeJson);
        w.WriteString("message", message);
        if (metadataJson is not null)
        {
            w.WritePropertyName("metadata");
            w.WriteRawValue(metadataJson);
        }

        w.WriteEndObject();
    }
}
