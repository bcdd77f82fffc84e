using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace OpenRouter.Extensions.AI.Budget;

/// <summary>
/// A cheap, approximate prompt token count for the pre-flight estimate: one token per <see cref="BytesPerToken"/> UTF-8
/// bytes of the text sent.
/// </summary>
/// <remarks>
/// The text sent is messages, instructions, function calls and results, and tool definitions; images, audio and files
/// are not counted. Real tokenizers differ by model; this is a budget guard, not a bill.
/// </remarks>
internal static class PromptSize
{
    public const int BytesPerToken = 4;

    public static long Tokens(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        long bytes = Bytes(options?.Instructions);
        foreach (var message in messages)
        {
            foreach (var content in message.Contents)
            {
                bytes += Bytes(content);
            }
        }

        if (options?.Tools is { } tools)
        {
            foreach (var tool in tools)
            {
                bytes += Bytes(tool.Name) + Bytes(tool.Description);
                if (tool is AIFunctionDeclaration function)
                {
                    bytes += Bytes(function.JsonSchema.GetRawText());
                }
            }
        }

        return (bytes + BytesPerToken - 1) / BytesPerToken;
    }

    private static long Bytes(AIContent content) => content switch
    {
        TextContent text => Bytes(text.Text),
        TextReasoningContent reasoning => Bytes(reasoning.Text),
        FunctionCallContent call => Bytes(call.Name) + Bytes(Json(call.Arguments)),
        FunctionResultContent result => Bytes(Json(result.Result)),
        _ => 0,
    };

    private static string? Json(object? value) => value switch
    {
        null => null,
        string text => text,
        JsonElement element => element.GetRawText(),
        IDictionary<string, object?> arguments => JsonSerializer.Serialize(arguments, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>))),
        _ => value.ToString(),
    };

    private static long Bytes(string? text) => string.IsNullOrEmpty(text) ? 0 : Encoding.UTF8.GetByteCount(text);
}
