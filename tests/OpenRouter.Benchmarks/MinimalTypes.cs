using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OpenRouter.Benchmarks;

// The smallest types a hand-rolled client would deserialise into: the raw lower-bound rows use them with
// source-generated metadata. They read only what an app needs to show text and know when the stream ended.

/// <summary>One streamed chunk, reduced to id, delta text and finish reason.</summary>
public sealed class MinimalChunk
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("choices")]
    public List<MinimalChunkChoice>? Choices { get; set; }
}

public sealed class MinimalChunkChoice
{
    [JsonPropertyName("delta")]
    public MinimalDelta? Delta { get; set; }

    [JsonPropertyName("finish_reason")]
    public string? FinishReason { get; set; }
}

public sealed class MinimalDelta
{
    [JsonPropertyName("content")]
    public string? Content { get; set; }
}

/// <summary>A non-streaming answer, reduced to id, message text, finish reason and token counts.</summary>
public sealed class MinimalCompletion
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("choices")]
    public List<MinimalCompletionChoice>? Choices { get; set; }

    [JsonPropertyName("usage")]
    public MinimalUsage? Usage { get; set; }
}

public sealed class MinimalCompletionChoice
{
    [JsonPropertyName("message")]
    public MinimalMessage? Message { get; set; }

    [JsonPropertyName("finish_reason")]
    public string? FinishReason { get; set; }
}

public sealed class MinimalUsage
{
    [JsonPropertyName("prompt_tokens")]
    public int PromptTokens { get; set; }

    [JsonPropertyName("completion_tokens")]
    public int CompletionTokens { get; set; }
}

/// <summary>A chat message as the minimal request writes it (and the minimal answer reads it).</summary>
public sealed class MinimalMessage
{
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("content")]
    public string? Content { get; set; }

    [JsonPropertyName("tool_call_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ToolCallId { get; set; }

    [JsonPropertyName("tool_calls")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<MinimalToolCall>? ToolCalls { get; set; }
}

public sealed class MinimalToolCall
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string Type { get; set; } = "function";

    [JsonPropertyName("function")]
    public MinimalFunctionCall? Function { get; set; }
}

public sealed class MinimalFunctionCall
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("arguments")]
    public string? Arguments { get; set; }
}

public sealed class MinimalTool
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "function";

    [JsonPropertyName("function")]
    public MinimalFunction? Function { get; set; }
}

public sealed class MinimalFunction
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("parameters")]
    public System.Text.Json.JsonElement Parameters { get; set; }
}

/// <summary>A chat request with only the fields the benchmarks send.</summary>
public sealed class MinimalRequest
{
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    [JsonPropertyName("messages")]
    public List<MinimalMessage>? Messages { get; set; }

    [JsonPropertyName("tools")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<MinimalTool>? Tools { get; set; }

    [JsonPropertyName("stream")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Stream { get; set; }
}

/// <summary>An embedding request with only the fields the raw row sends.</summary>
public sealed class MinimalEmbeddingRequest
{
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    [JsonPropertyName("input")]
    public string[]? Input { get; set; }

    [JsonPropertyName("encoding_format")]
    public string? EncodingFormat { get; set; }
}

/// <summary>An embedding answer, reduced to the vectors (JSON number arrays) and their indexes.</summary>
public sealed class MinimalEmbeddingResponse
{
    [JsonPropertyName("data")]
    public List<MinimalEmbeddingItem>? Data { get; set; }
}

public sealed class MinimalEmbeddingItem
{
    [JsonPropertyName("embedding")]
    public float[]? Embedding { get; set; }

    [JsonPropertyName("index")]
    public int Index { get; set; }
}

[JsonSerializable(typeof(MinimalEmbeddingRequest))]
[JsonSerializable(typeof(MinimalEmbeddingResponse))]
[JsonSerializable(typeof(MinimalChunk))]
[JsonSerializable(typeof(MinimalCompletion))]
[JsonSerializable(typeof(MinimalRequest))]
public sealed partial class MinimalContext : JsonSerializerContext;
