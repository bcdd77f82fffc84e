using System.Text.Json;

namespace OpenRouter.Testing;

/// <summary>The structured output a request asks for with <c>response_format</c>: <c>json_object</c> or <c>json_schema</c>.</summary>
/// <remarks>Other formats (<c>text</c>, <c>grammar</c>, <c>python</c>) are not structured: <see cref="Read"/> gives null for them.</remarks>
internal sealed class RequestedFormat
{
    private RequestedFormat(JsonElement? schema, string? schemaMessage = null)
    {
        Schema = schema;
        SchemaMessage = schemaMessage;
    }

    /// <summary>
    /// Gets the schema to follow: a <c>json_schema</c>'s, or for <c>json_object</c> one written into a message
    /// (see <see cref="EmbeddedSchema"/>); null when there is none.
    /// </summary>
    public JsonElement? Schema { get; }

    /// <summary>Gets the text of the message that carried a <c>json_object</c> request's schema: an instruction, not the question.</summary>
    public string? SchemaMessage { get; }

    /// <summary>The structured format of a chat or completion request, or null when it asks for none.</summary>
    public static RequestedFormat? Read(JsonElement request)
    {
        if (request.ValueKind != JsonValueKind.Object
            || !request.TryGetProperty("response_format", out var format) || format.ValueKind != JsonValueKind.Object
            || !format.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        if (type.ValueEquals("json_object"))
        {
            return EmbeddedSchema.Find(request) is { } embedded ? new RequestedFormat(embedded.Schema, embedded.Message) : new RequestedFormat(null);
        }

        if (!type.ValueEquals("json_schema"))
        {
            return null;
        }

        var schema = format.TryGetProperty("json_schema", out var definition) && definition.ValueKind == JsonValueKind.Object
            && definition.TryGetProperty("schema", out var s) && s.ValueKind is JsonValueKind.Object or JsonValueKind.True
                ? s.Clone()
                : (JsonElement?)null;
        return new RequestedFormat(schema);
    }

    /// <summary>The answer's content in this format: an instance of the schema, or else a JSON object with the answer and the prompt.</summary>
    public string Content(SampleContext context) =>
        Schema is { } schema ? SchemaInstanceGenerator.Generate(schema, context) : JsonObjectContent(context);

    private static string JsonObjectContent(SampleContext context) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("answer", context.Answer);
        if (context.Prompt.Length > 0)
        {
            w.WriteString("prompt", context.Prompt);
        }

        w.WriteEndObject();
    });
}
