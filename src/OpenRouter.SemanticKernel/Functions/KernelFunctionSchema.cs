using System.IO;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// The standard JSON Schema of a kernel function's parameters, built from its <see cref="KernelFunctionMetadata"/> the
/// way Semantic Kernel's OpenAI connector builds it: <c>{"type":"object","required":[...],"properties":{...}}</c>, each
/// property the parameter's own schema.
/// </summary>
/// <remarks>
/// The schema a <see cref="KernelFunction"/> reports as an <see cref="Microsoft.Extensions.AI.AIFunction"/> carries its
/// description under a non-standard <c>"condition"</c> key (Semantic Kernel 1.82 names the model property so), which
/// the bridge to <see cref="Microsoft.Extensions.AI.IChatClient"/> would send to OpenRouter as it is. A parameter without
/// a schema (a prompt template's input variable) is a string, with its description when it has one, as in the OpenAI
/// connector; Semantic Kernel's own schema gives it <c>{}</c> and drops the description.
/// </remarks>
internal static class KernelFunctionSchema
{
    /// <summary>Builds the parameters schema of <paramref name="metadata"/>.</summary>
    public static JsonElement For(KernelFunctionMetadata metadata)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "object");
            writer.WriteStartArray("required");
            foreach (var parameter in metadata.Parameters)
            {
                if (parameter.IsRequired)
                {
                    writer.WriteStringValue(parameter.Name);
                }
            }

            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            foreach (var parameter in metadata.Parameters)
            {
                writer.WritePropertyName(parameter.Name);
                WriteParameterSchema(writer, parameter);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static void WriteParameterSchema(Utf8JsonWriter writer, KernelParameterMetadata parameter)
    {
        if (parameter.Schema is { } schema)
        {
            schema.RootElement.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        if (!string.IsNullOrWhiteSpace(parameter.Description))
        {
            writer.WriteString("description", parameter.Description);
        }

        writer.WriteString("type", "string");
        writer.WriteEndObject();
    }
}
