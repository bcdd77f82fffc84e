using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenRouter;

/// <summary>
/// A tool offered to the model (<c>tools[]</c>): a function tool (<c>{"type":"function","function":{...}}</c>) or an
/// OpenRouter server tool (<c>{"type":"openrouter:web_search","parameters":{...}}</c>). Use the factories.
/// </summary>
public sealed class ChatCompletionTool
{
    /// <summary>The tool type (<c>type</c>): <c>function</c> or a server tool type such as <c>openrouter:web_search</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "function";

    /// <summary>The function of a function tool (<c>function</c>).</summary>
    [JsonPropertyName("function")]
    public ChatFunctionDefinition? Function { get; init; }

    /// <summary>The options of a server tool (<c>parameters</c>).</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; init; }

    /// <summary>A prompt-caching marker (<c>cache_control</c>).</summary>
    [JsonPropertyName("cache_control")]
    public CacheControl? CacheControl { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a function tool.</summary>
    /// <param name="name">The function name (a-z, A-Z, 0-9, <c>_</c>, <c>-</c>; at most 64 characters).</param>
    /// <param name="description">What the function does.</param>
    /// <param name="parameters">The JSON schema of the arguments.</param>
    /// <param name="strict">Whether the schema is enforced strictly.</param>
    /// <returns>The tool.</returns>
    public static ChatCompletionTool CreateFunction(string name, string? description = null, JsonElement? parameters = null, bool? strict = null) =>
        new() { Type = "function", Function = new ChatFunctionDefinition { Name = name, Description = description, Parameters = parameters, Strict = strict } };

    /// <summary>Creates an OpenRouter server tool, e.g. <c>openrouter:web_search</c>.</summary>
    /// <param name="type">The server tool type.</param>
    /// <param name="parameters">The tool options, if any.</param>
    /// <returns>The tool.</returns>
    public static ChatCompletionTool CreateServerTool(string type, JsonElement? parameters = null) => new() { Type = type, Parameters = parameters };

    /// <summary>The type of OpenRouter's web search server tool, <c>openrouter:web_search</c>.</summary>
    public const string WebSearchType = "openrouter:web_search";

    /// <summary>
    /// Creates OpenRouter's web search server tool (<c>{"type":"openrouter:web_search","parameters":{...}}</c>), the
    /// successor of the deprecated <c>web</c> plugin.
    /// </summary>
    /// <param name="parameters">The search options, or null for OpenRouter's defaults (no <c>parameters</c> sent).</param>
    /// <returns>The tool.</returns>
    public static ChatCompletionTool CreateWebSearch(WebSearchToolParameters? parameters = null) =>
        CreateServerTool(
            WebSearchType,
            parameters is null ? null : JsonSerializer.SerializeToElement(parameters, OpenRouter.Serialization.OpenRouterJsonContext.Default.WebSearchToolParameters));
}

/// <summary>The <c>function</c> object of a function tool.</summary>
public sealed class ChatFunctionDefinition
{
    /// <summary>The function name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>The description (<c>description</c>).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The JSON schema of the arguments (<c>parameters</c>).</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; init; }

    /// <summary>Whether the schema is enforced strictly (<c>strict</c>).</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; init; }

    /// <summary>Other fields to send.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// A tool call made by the model (<c>tool_calls[]</c>), in a message or as a streamed fragment. In a stream only
/// <see cref="Index"/> is always present; concatenate <c>arguments</c> fragments by index.
/// </summary>
public sealed class ChatCompletionToolCall
{
    /// <summary>The position of the call in a streamed delta (<c>index</c>).</summary>
    [JsonPropertyName("index")]
    public int? Index { get; init; }

    /// <summary>The call id (<c>id</c>), echoed as <c>tool_call_id</c> in the tool result.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The call type (<c>type</c>), <c>function</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The called function (<c>function</c>).</summary>
    [JsonPropertyName("function")]
    public ChatFunctionCall? Function { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a complete function call (for assistant messages sent back).</summary>
    /// <param name="id">The call id.</param>
    /// <param name="name">The function name.</param>
    /// <param name="arguments">The arguments as JSON text.</param>
    /// <returns>The call.</returns>
    public static ChatCompletionToolCall CreateFunctionCall(string id, string name, string arguments) =>
        new() { Id = id, Type = "function", Function = new ChatFunctionCall { Name = name, Arguments = arguments } };
}

/// <summary>The <c>function</c> object of a tool call.</summary>
public sealed class ChatFunctionCall
{
    /// <summary>The function name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The arguments as JSON text (<c>arguments</c>); may be empty or a fragment in a stream.</summary>
    [JsonPropertyName("arguments")]
    public string? Arguments { get; init; }

    /// <summary>Fields sent or received that this type does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// Which tool the model must use (<c>tool_choice</c>): <see cref="None"/>, <see cref="Auto"/>, <see cref="Required"/>
/// (written as strings), a specific function or a server tool (written as objects).
/// </summary>
[JsonConverter(typeof(ToolChoiceJsonConverter))]
public sealed class ToolChoice : IEquatable<ToolChoice>
{
    private ToolChoice(string? mode, string? type, string? functionName)
    {
        Mode = mode;
        Type = type;
        FunctionName = functionName;
    }

    /// <summary>The model must not call tools (<c>"none"</c>).</summary>
    public static ToolChoice None { get; } = new("none", null, null);

    /// <summary>The model decides (<c>"auto"</c>).</summary>
    public static ToolChoice Auto { get; } = new("auto", null, null);

    /// <summary>The model must call at least one tool (<c>"required"</c>).</summary>
    public static ToolChoice Required { get; } = new("required", null, null);

    /// <summary>The string form (<c>none</c>, <c>auto</c>, <c>required</c>, or another), or null for the object form.</summary>
    public string? Mode { get; }

    /// <summary>The <c>type</c> of the object form: <c>function</c> or a server tool type.</summary>
    public string? Type { get; }

    /// <summary>The forced function name of the object form.</summary>
    public string? FunctionName { get; }

    /// <summary>Forces a call of the function <paramref name="name"/>.</summary>
    /// <param name="name">The function name.</param>
    /// <returns>The choice.</returns>
    public static ToolChoice ForFunction(string name) => new(null, "function", name ?? throw new ArgumentNullException(nameof(name)));

    /// <summary>Forces the server tool <paramref name="type"/>, e.g. <c>openrouter:web_search</c>.</summary>
    /// <param name="type">The server tool type.</param>
    /// <returns>The choice.</returns>
    public static ToolChoice ForServerTool(string type) => new(null, type ?? throw new ArgumentNullException(nameof(type)), null);

    /// <summary>A string-form choice with any value.</summary>
    /// <param name="mode">The mode string.</param>
    /// <returns>The choice.</returns>
    public static ToolChoice FromMode(string mode) => new(mode ?? throw new ArgumentNullException(nameof(mode)), null, null);

    /// <inheritdoc />
    public bool Equals(ToolChoice? other) =>
        other is not null && string.Equals(Mode, other.Mode, StringComparison.Ordinal) && string.Equals(Type, other.Type, StringComparison.Ordinal) && string.Equals(FunctionName, other.FunctionName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ToolChoice other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Mode ?? string.Empty).GetHashCode() ^ (Type ?? string.Empty).GetHashCode() ^ (FunctionName ?? string.Empty).GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Mode ?? (FunctionName is null ? Type ?? string.Empty : Type + ":" + FunctionName);
}

internal sealed class ToolChoiceJsonConverter : JsonConverter<ToolChoice>
{
    public override ToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var mode = reader.GetString() ?? string.Empty;
                return mode switch
                {
                    "none" => ToolChoice.None,
                    "auto" => ToolChoice.Auto,
                    "required" => ToolChoice.Required,
                    _ => ToolChoice.FromMode(mode),
                };
            case JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    var root = document.RootElement;
                    var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "function" : "function";
                    if (root.TryGetProperty("function", out var f) && f.ValueKind == JsonValueKind.Object && f.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                    {
                        return ToolChoice.ForFunction(n.GetString() ?? string.Empty);
                    }

                    return ToolChoice.ForServerTool(type);
                }

            default:
                throw new JsonException($"Expected a string or an object for tool_choice, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, ToolChoice value, JsonSerializerOptions options)
    {
        if (value.Mode is not null)
        {
            writer.WriteStringValue(value.Mode);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type", value.Type);
        if (value.FunctionName is not null)
        {
            writer.WriteStartObject("function");
            writer.WriteString("name", value.FunctionName);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
