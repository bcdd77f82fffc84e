using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenRouter.Serialization;

namespace OpenRouter;

/// <summary>One message of a chat request, the message of a response choice, or a streamed delta.</summary>
/// <remarks>
/// The wire's single <c>content</c> field is exposed as two properties: <see cref="Content"/> (the string form) and
/// <see cref="ContentParts"/> (the array form). Set at most one; if both are set, <see cref="Content"/> is written.
/// An assistant message with neither is written with <c>"content": null</c> (e.g. a message carrying only tool calls).
/// </remarks>
public sealed class ChatCompletionMessage
{
    private string? _content;
    private IReadOnlyList<ChatContentPart>? _contentParts;

    /// <summary>The author's role (<c>role</c>); not written when unset (as in most stream deltas).</summary>
    [JsonPropertyName("role")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public MessageRole Role { get; init; }

    /// <summary>The text content, when <c>content</c> is a string.</summary>
    [JsonIgnore]
    public string? Content { get => _content; init => _content = value; }

    /// <summary>The content parts, when <c>content</c> is an array (text, images, audio, files, video).</summary>
    [JsonIgnore]
    public IReadOnlyList<ChatContentPart>? ContentParts { get => _contentParts; init => _contentParts = value; }

    /// <summary>An optional participant name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The id of the tool call this message answers (<c>tool_call_id</c>); required on tool messages.</summary>
    [JsonPropertyName("tool_call_id")]
    public string? ToolCallId { get; init; }

    /// <summary>Tool calls made by the assistant (<c>tool_calls</c>).</summary>
    [JsonPropertyName("tool_calls")]
    public IReadOnlyList<ChatCompletionToolCall>? ToolCalls { get; init; }

    /// <summary>Plain-text reasoning (<c>reasoning</c>).</summary>
    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; init; }

    /// <summary>Structured reasoning (<c>reasoning_details</c>); send it back unchanged and in order in tool loops.</summary>
    [JsonPropertyName("reasoning_details")]
    public IReadOnlyList<ReasoningDetail>? ReasoningDetails { get; init; }

    /// <summary>A refusal message (<c>refusal</c>).</summary>
    [JsonPropertyName("refusal")]
    public string? Refusal { get; init; }

    /// <summary>Generated images (<c>images</c>), each an <c>image_url</c> part.</summary>
    [JsonPropertyName("images")]
    public IReadOnlyList<ChatContentPart>? Images { get; init; }

    /// <summary>Annotations (<c>annotations</c>): URL citations, parsed files.</summary>
    [JsonPropertyName("annotations")]
    public IReadOnlyList<MessageAnnotation>? Annotations { get; init; }

    /// <summary>Audio output (<c>audio</c>).</summary>
    [JsonPropertyName("audio")]
    public MessageAudio? Audio { get; init; }

    /// <summary>Fields sent or received that this type does not model (e.g. an assistant message's <c>model</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The wire <c>content</c> field; null means "omit".</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    internal MessageContentValue? WireContent
    {
        get
        {
            if (_content is not null)
            {
                return new MessageContentValue(_content, null);
            }

            if (_contentParts is not null)
            {
                return new MessageContentValue(null, _contentParts);
            }

            return Role == MessageRole.Assistant ? new MessageContentValue(null, null) : null;
        }

        set
        {
            _content = value?.Text;
            _contentParts = value?.Parts;
        }
    }

    /// <summary>Creates a <c>system</c> message.</summary>
    /// <param name="content">The text.</param>
    /// <returns>The message.</returns>
    public static ChatCompletionMessage System(string content) => new() { Role = MessageRole.System, Content = content };

    /// <summary>Creates a <c>developer</c> message.</summary>
    /// <param name="content">The text.</param>
    /// <returns>The message.</returns>
    public static ChatCompletionMessage Developer(string content) => new() { Role = MessageRole.Developer, Content = content };

    /// <summary>Creates a <c>user</c> message with text.</summary>
    /// <param name="content">The text.</param>
    /// <returns>The message.</returns>
    public static ChatCompletionMessage User(string content) => new() { Role = MessageRole.User, Content = content };

    /// <summary>Creates a <c>user</c> message with content parts.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The message.</returns>
    public static ChatCompletionMessage User(params ChatContentPart[] parts) => new() { Role = MessageRole.User, ContentParts = parts ?? throw new ArgumentNullException(nameof(parts)) };

    /// <summary>Creates an <c>assistant</c> message with text (also a prefill when it ends the conversation).</summary>
    /// <param name="content">The text.</param>
    /// <returns>The message.</returns>
    public static ChatCompletionMessage Assistant(string content) => new() { Role = MessageRole.Assistant, Content = content };

    /// <summary>Creates an <c>assistant</c> message carrying tool calls (written with <c>"content": null</c>).</summary>
    /// <param name="toolCalls">The tool calls.</param>
    /// <param name="reasoningDetails">The reasoning details received with the calls, sent back unchanged.</param>
    /// <returns>The message.</returns>
    public static ChatCompletionMessage Assistant(IReadOnlyList<ChatCompletionToolCall> toolCalls, IReadOnlyList<ReasoningDetail>? reasoningDetails = null) =>
        new() { Role = MessageRole.Assistant, ToolCalls = toolCalls, ReasoningDetails = reasoningDetails };

    /// <summary>Creates a <c>tool</c> message with the result of a tool call.</summary>
    /// <param name="toolCallId">The id of the call answered.</param>
    /// <param name="content">The result text.</param>
    /// <returns>The message.</returns>
    public static ChatCompletionMessage Tool(string toolCallId, string content) => new() { Role = MessageRole.Tool, ToolCallId = toolCallId, Content = content };
}

/// <summary>The wire value of a message's <c>content</c>: a string, an array of parts, or an explicit null (both null).</summary>
[JsonConverter(typeof(MessageContentValueJsonConverter))]
internal readonly struct MessageContentValue
{
    public MessageContentValue(string? text, IReadOnlyList<ChatContentPart>? parts)
    {
        Text = text;
        Parts = parts;
    }

    public string? Text { get; }

    public IReadOnlyList<ChatContentPart>? Parts { get; }
}

internal sealed class MessageContentValueJsonConverter : JsonConverter<MessageContentValue>
{
    public override bool HandleNull => true;

    public override MessageContentValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadValue(ref reader, options);

    /// <summary>Reads <c>content</c>: a string, an array of parts, a single part without its array, or null. The chunk readers share it.</summary>
    internal static MessageContentValue ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String:
                return new MessageContentValue(reader.GetString(), null);
            case JsonTokenType.StartArray:
                var parts = JsonSerializer.Deserialize(ref reader, PartsTypeInfo(options));
                return new MessageContentValue(null, parts);
            case JsonTokenType.StartObject:
                // Tolerate a single part sent without its array.
                var part = JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ChatContentPart>)options.GetTypeInfo(typeof(ChatContentPart)));
                return new MessageContentValue(null, part is null ? Array.Empty<ChatContentPart>() : new[] { part });
            default:
                throw new JsonException($"Expected a string, an array or null for content, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, MessageContentValue value, JsonSerializerOptions options)
    {
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
        }
        else if (value.Parts is not null)
        {
            JsonSerializer.Serialize(writer, value.Parts, PartsTypeInfo(options));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<IReadOnlyList<ChatContentPart>> PartsTypeInfo(JsonSerializerOptions options) =>
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<IReadOnlyList<ChatContentPart>>)options.GetTypeInfo(typeof(IReadOnlyList<ChatContentPart>));
}
