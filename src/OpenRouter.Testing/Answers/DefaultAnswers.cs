using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenRouter.Testing;

/// <summary>
/// What the emulated model says when no script is queued, following the request's <c>response_format</c> (JSON object
/// or schema).
/// </summary>
/// <remarks>
/// A reasoning trace for reasoning models (or when the request asks for reasoning), a tool call when the request offers
/// a tool the last user message asks for, and an answer built from the tool results after tool messages.
/// </remarks>
internal static partial class DefaultAnswers
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "after", "also", "before", "from", "have", "into", "more", "that", "their", "them", "then", "there",
        "these", "this", "those", "what", "when", "where", "which", "with", "your", "given", "returns", "return", "value",
        "values", "function", "tool", "gets", "current", "some", "other", "than", "will", "would", "should", "could",
    };

    /// <summary>The chat answer for a request without a script: text or tool calls, and reasoning when due.</summary>
    public static (string? Text, string? Reasoning, IReadOnlyList<EmulatorToolCall> ToolCalls) Chat(JsonElement request, string generationId)
    {
        var messages = request.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList()
            : [];
        var format = RequestedFormat.Read(request);
        var lastUser = LastText(messages, "user", skip: format?.SchemaMessage);
        var reasons = WantsReasoning(request);

        // After tool results: answer from them.
        if (messages.Count > 0 && Role(messages[^1]) == "tool")
        {
            var results = ToolResults(messages);
            var text = results.Count == 0
                ? "The tool returned nothing I can use."
                : "Here is what I found. " + string.Join(" ", results.Select(r => $"{r.Name}: {Sentence(r.Result)}"));
            var reasoning = reasons ? $"The tool results are in ({string.Join(", ", results.Select(r => r.Name))}); I can answer now." : null;
            return (format?.Content(new SampleContext(text, lastUser)) ?? text, reasoning, []);
        }

        var tool = PickTool(request, lastUser);
        if (tool is { } chosen)
        {
            var arguments = Arguments(chosen.Parameters, lastUser);
            var call = new EmulatorToolCall(CallId(generationId), chosen.Name, arguments);
            var reasoning = reasons ? $"The user asks \"{Clip(lastUser, 60)}\". The {chosen.Name} tool can answer that, so I will call it." : null;
            return (null, reasoning, [call]);
        }

        return (Greeting(lastUser, format), reasons ? GreetingTrace(lastUser, format) : null, []);
    }

    /// <summary>The answer without tools: a canned reply that echoes the prompt, or JSON in the requested format.</summary>
    private static string Greeting(string lastUser, RequestedFormat? format)
    {
        const string Hello = "Hello from the OpenRouter emulator.";
        if (format is not null)
        {
            return format.Content(new SampleContext(Hello, lastUser));
        }

        return lastUser.Length == 0 ? Hello : Hello + " You said: " + lastUser;
    }

    private static string GreetingTrace(string lastUser, RequestedFormat? format)
    {
        if (lastUser.Length == 0)
        {
            return "There is no question yet, so a short greeting will do.";
        }

        var plan = format is null ? "a canned reply that echoes it" : "JSON in the requested format";
        return $"The user says \"{Clip(lastUser, 60)}\". This is the offline emulator, so I will answer with {plan}.";
    }

    /// <summary>Whether the emulated model reasons: a reasoning model, or a request that turns reasoning on.</summary>
    private static bool WantsReasoning(JsonElement request)
    {
        if (request.TryGetProperty("reasoning", out var reasoning) && reasoning.ValueKind == JsonValueKind.Object)
        {
            if ((reasoning.TryGetProperty("exclude", out var exclude) && exclude.ValueKind == JsonValueKind.True)
                || (reasoning.TryGetProperty("enabled", out var enabled) && enabled.ValueKind == JsonValueKind.False)
                || (reasoning.TryGetProperty("effort", out var effort) && effort.ValueKind == JsonValueKind.String && effort.ValueEquals("none")))
            {
                return false;
            }

            return true;
        }

        if (request.TryGetProperty("include_reasoning", out var include))
        {
            return include.ValueKind == JsonValueKind.True;
        }

        var model = request.TryGetProperty("model", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        return model is not null && ModelCatalogue.Find(model) is { Reasoning: true };
    }

    private static (string Name, JsonElement Parameters)? PickTool(JsonElement request, string userText)
    {
        var functions = OfferedFunctions(request);
        if (functions.Count == 0 || !AllowsTools(request, functions[0].Name, out var forced))
        {
            return null;
        }

        var words = new HashSet<string>(Words(userText), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, description, parameters) in functions)
        {
            var nameWords = name.Split(['_', '-', '.'], StringSplitOptions.RemoveEmptyEntries);
            var mentioned = userText.Contains(name, StringComparison.OrdinalIgnoreCase)
                || nameWords.Any(w => w.Length >= 4 && !StopWords.Contains(w) && words.Contains(w))
                || Words(description).Any(w => w.Length >= 4 && !StopWords.Contains(w) && words.Contains(w));
            if (mentioned || string.Equals(forced, name, StringComparison.Ordinal))
            {
                return (name, parameters);
            }
        }

        return null;
    }

    /// <summary>The request's function tools (name, description, parameter schema), in order; tools without a name are skipped.</summary>
    private static List<(string Name, string Description, JsonElement Parameters)> OfferedFunctions(JsonElement request)
    {
        var functions = new List<(string Name, string Description, JsonElement Parameters)>();
        if (!request.TryGetProperty("tools", out var tools) || tools.ValueKind != JsonValueKind.Array)
        {
            return functions;
        }

        foreach (var tool in tools.EnumerateArray())
        {
            if (tool.ValueKind == JsonValueKind.Object
                && tool.TryGetProperty("function", out var function) && function.ValueKind == JsonValueKind.Object
                && function.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() is { Length: > 0 } n)
            {
                var description = function.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() ?? string.Empty : string.Empty;
                var parameters = function.TryGetProperty("parameters", out var p) ? p : default;
                functions.Add((n, description, parameters));
            }
        }

        return functions;
    }

    /// <summary>
    /// Reads <c>tool_choice</c>: false for <c>"none"</c>; otherwise true, with the function it forces in
    /// <paramref name="forced"/> (<paramref name="firstFunction"/> for <c>"required"</c>, the named one for an object).
    /// </summary>
    private static bool AllowsTools(JsonElement request, string firstFunction, out string? forced)
    {
        forced = null;
        if (!request.TryGetProperty("tool_choice", out var choice))
        {
            return true;
        }

        if (choice.ValueKind == JsonValueKind.String && choice.ValueEquals("none"))
        {
            return false;
        }

        if (choice.ValueKind == JsonValueKind.String && choice.ValueEquals("required"))
        {
            forced = firstFunction;
        }

        if (choice.ValueKind == JsonValueKind.Object
            && choice.TryGetProperty("function", out var f) && f.ValueKind == JsonValueKind.Object
            && f.TryGetProperty("name", out var fn) && fn.ValueKind == JsonValueKind.String)
        {
            forced = fn.GetString();
        }

        return true;
    }

    /// <summary>Arguments from the tool's JSON schema: strings from the prompt (or "example"), numbers from it (or 1).</summary>
    private static string Arguments(JsonElement schema, string userText)
    {
        if (schema.ValueKind != JsonValueKind.Object
            || !schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return "{}";
        }

        var required = schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : null;
        var numbers = new Queue<string>(NumberPattern().Matches(userText).Select(x => x.Value));
        var text = PromptValue(userText);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            foreach (var property in properties.EnumerateObject())
            {
                if (required is null || required.Contains(property.Name))
                {
                    WriteArgument(w, property, numbers, text);
                }
            }

            w.WriteEndObject();
        });
    }

    /// <summary>One argument: the first <c>enum</c> value, else a value of the property's type, numbers taken in turn from <paramref name="numbers"/>.</summary>
    private static void WriteArgument(Utf8JsonWriter w, JsonProperty property, Queue<string> numbers, string text)
    {
        if (property.Value.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
        {
            w.WritePropertyName(property.Name);
            values[0].WriteTo(w);
            return;
        }

        switch (TypeOf(property.Value))
        {
            case "integer":
                w.WriteNumber(property.Name, numbers.TryDequeue(out var i) && long.TryParse(i, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) ? integer : 1);
                break;
            case "number":
                w.WriteNumber(property.Name, numbers.TryDequeue(out var n) && decimal.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 1);
                break;
            case "boolean":
                w.WriteBoolean(property.Name, true);
                break;
            case "array":
                w.WriteStartArray(property.Name);
                w.WriteEndArray();
                break;
            case "object":
                w.WriteStartObject(property.Name);
                w.WriteEndObject();
                break;
            default:
                w.WriteString(property.Name, text);
                break;
        }
    }

    private static string TypeOf(JsonElement property)
    {
        if (property.ValueKind != JsonValueKind.Object || !property.TryGetProperty("type", out var type))
        {
            return "string";
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString() ?? "string";
        }

        // ["integer", "null"] and the like.
        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String && !t.ValueEquals("null")).Select(t => t.GetString()!).FirstOrDefault() ?? "string"
            : "string";
    }

    /// <summary>A string argument from the prompt: quoted text, else the last capitalised word after the first, else "example".</summary>
    private static string PromptValue(string userText)
    {
        var quoted = QuotedPattern().Match(userText);
        if (quoted.Success)
        {
            return quoted.Groups[1].Value;
        }

        var words = Words(userText).ToList();
        var capitalised = words.Skip(1).LastOrDefault(w => char.IsUpper(w[0]) && !StopWords.Contains(w));
        if (capitalised is not null)
        {
            return capitalised;
        }

        var expression = ExpressionPattern().Match(userText);
        return expression.Success ? expression.Value.Trim() : "example";
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(x => x.Value);

    private static List<(string Name, string Result)> ToolResults(List<JsonElement> messages)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            if (Role(message) == "assistant" && message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                foreach (var call in calls.EnumerateArray())
                {
                    if (call.ValueKind == JsonValueKind.Object
                        && call.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                        && call.TryGetProperty("function", out var f) && f.ValueKind == JsonValueKind.Object
                        && f.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                    {
                        names[id.GetString()!] = name.GetString()!;
                    }
                }
            }
        }

        var results = new List<(string, string)>();
        for (var i = messages.Count - 1; i >= 0 && Role(messages[i]) == "tool"; i--)
        {
            var id = messages[i].TryGetProperty("tool_call_id", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var name = id is not null && names.TryGetValue(id, out var n) ? n : "the tool";
            results.Insert(0, (name, Content(messages[i])));
        }

        return results;
    }

    private static string Sentence(string text)
    {
        var trimmed = text.Trim().Trim('"');
        return trimmed.Length == 0 || trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }

    /// <summary>The text of the last message in <paramref name="role"/>, passing over one whose text is <paramref name="skip"/> (a schema instruction).</summary>
    private static string LastText(List<JsonElement> messages, string role, string? skip = null)
    {
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            if (Role(messages[i]) == role && Content(messages[i]) is var text && !string.Equals(text, skip, StringComparison.Ordinal))
            {
                return text;
            }
        }

        return string.Empty;
    }

    private static string? Role(JsonElement message) =>
        message.TryGetProperty("role", out var role) && role.ValueKind == JsonValueKind.String ? role.GetString() : null;

    /// <summary>The text of a message: its string content, or its text parts joined by spaces.</summary>
    internal static string Content(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content))
        {
            return string.Empty;
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString() ?? string.Empty;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var part in content.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                text.Append(text.Length > 0 ? " " : string.Empty).Append(t.GetString());
            }
        }

        return text.ToString();
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "...";

    private static string CallId(string generationId)
    {
        var suffix = generationId.LastIndexOf('-') is var dash and >= 0 ? generationId[(dash + 1)..] : generationId;
        return "call_emu_" + suffix;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{N}'-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("[\"“]([^\"”]{1,80})[\"”]")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"[\d\s\.\+\-\*/\(\)]{3,}")]
    private static partial Regex ExpressionPattern();
}
