using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenRouter;
using OpenRouter.Extensions.AI.Media;
using OpenRouter.Serialization;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>Maps Microsoft.Extensions.AI messages and options to an OpenRouter chat request. Never changes its inputs.</summary>
internal static class ToOpenRouterRequest
{
    /// <summary>
    /// M.E.AI's JSON settings (its type knowledge and naming), compact and with the request body's escaping.
    /// </summary>
    /// <remarks>
    /// Arguments and results go on the wire compact, their non-ASCII text as itself: M.E.AI's relaxed encoder escapes
    /// emoji as <c>\uXXXX</c>, which the body would then escape again as <c>\\uXXXX</c>.
    /// </remarks>
    private static readonly JsonSerializerOptions s_compact = new(AIJsonUtilities.DefaultOptions) { WriteIndented = false, Encoder = MinimalJsonEncoder.Instance };

    /// <summary>Builds the request from the messages, the options and the client's default model.</summary>
    /// <remarks>
    /// Precedence per field: the <see cref="ChatOptions.RawRepresentationFactory"/> request's set fields, then
    /// OpenRouter wire keys in <see cref="ChatOptions.AdditionalProperties"/>, then the typed <see cref="ChatOptions"/>
    /// fields, then the client's default model. Messages and tools of the raw request come first.
    /// </remarks>
    public static ChatCompletionRequest Create(IEnumerable<ChatMessage> messages, ChatOptions? options, string? defaultModelId, IChatClient client)
    {
        if (messages is null)
        {
            throw new ArgumentNullException(nameof(messages));
        }

        var raw = options?.RawRepresentationFactory?.Invoke(client) as ChatCompletionRequest;
        var fromProperties = AdditionalPropertiesReader.Read(options?.AdditionalProperties, out var strict);
        var typed = FromOptions(messages, options, defaultModelId, strict);
        ReasoningConflict.ThrowIfEffortWithBudget(typed, fromProperties, raw);

        var request = typed;
        if (fromProperties is not null)
        {
            request = RequestMerge.Combine(fromProperties, request);
        }

        if (raw is not null)
        {
            request = RequestMerge.Combine(raw, request);
        }

        if (string.IsNullOrWhiteSpace(request.Model))
        {
            // The typed request already names the default model; only a blank model set by a raw request or an
            // additional property is still to be replaced by it.
            if (string.IsNullOrWhiteSpace(defaultModelId))
            {
                throw new InvalidOperationException("No model was given: set ChatOptions.ModelId (for example \"openai/gpt-4o-mini\"), or pass a default model to AsIChatClient(defaultModelId) or the OpenRouter:DefaultModel setting.");
            }

            request = RequestMerge.Combine(new ChatCompletionRequest { Model = defaultModelId }, request);
        }

        if (request.Messages is not { Count: > 0 })
        {
            throw new ArgumentException("There are no messages to send: pass at least one ChatMessage (or set ChatOptions.Instructions).", nameof(messages));
        }

        return request;
    }

    /// <summary>The typed fields of <paramref name="options"/>; the model is <paramref name="defaultModelId"/> when the options name none.</summary>
    private static ChatCompletionRequest FromOptions(IEnumerable<ChatMessage> messages, ChatOptions? options, string? defaultModelId, bool? strict)
    {
        var wireMessages = new List<ChatCompletionMessage>();
        if (!string.IsNullOrWhiteSpace(options?.Instructions))
        {
            wireMessages.Add(ChatCompletionMessage.System(options!.Instructions!));
        }

        AppendMessages(messages, wireMessages);

        if (options is null)
        {
            return new ChatCompletionRequest { Model = defaultModelId, Messages = wireMessages };
        }

        var tools = ToTools(options.Tools, strict);
#pragma warning disable MEAI001 // HostedImageGenerationTool is experimental in Microsoft.Extensions.AI.
        var imageTool = ImageOutputTool.Find(options.Tools);
        return new ChatCompletionRequest
        {
            Modalities = imageTool is null ? null : ImageOutputTool.Modalities,
            ImageConfig = imageTool is null ? null : ImageOutputTool.ToImageConfig(imageTool),
#pragma warning restore MEAI001
            Model = string.IsNullOrWhiteSpace(options.ModelId) ? defaultModelId : options.ModelId,
            Messages = wireMessages,
            Temperature = ToDouble(options.Temperature),
            TopP = ToDouble(options.TopP),
            TopK = options.TopK,
            MaxTokens = options.MaxOutputTokens,
            FrequencyPenalty = ToDouble(options.FrequencyPenalty),
            PresencePenalty = ToDouble(options.PresencePenalty),
            Seed = options.Seed,
            Stop = options.StopSequences is { Count: > 0 } stops ? stops.ToList() : null,
            ResponseFormat = ToResponseFormat(options.ResponseFormat, strict),
            Tools = tools,
            ToolChoice = tools is null ? null : ToToolChoice(options.ToolMode),
            ParallelToolCalls = tools is null ? null : options.AllowMultipleToolCalls,
            Reasoning = ToReasoning(options.Reasoning),
        };
    }

    private static double? ToDouble(float? value) => value is { } f ? AdditionalPropertiesReader.ToDouble(f) : null;

    private static bool? ReadStrict(IReadOnlyDictionary<string, object?>? properties) =>
        properties is not null && properties.TryGetValue("strict", out var value)
            ? value switch
            {
                bool b => b,
                JsonElement { ValueKind: JsonValueKind.True } => true,
                JsonElement { ValueKind: JsonValueKind.False } => false,
                _ => null,
            }
            : null;

    /// <summary>
    /// The tools: each <see cref="AIFunctionDeclaration"/> a function tool (with its <c>strict</c> and
    /// <c>cache_control</c> properties), a <see cref="HostedWebSearchTool"/> the <c>openrouter:web_search</c> server tool;
    /// null when none is left (an image generation tool is image output, not a tool).
    /// </summary>
    private static List<ChatCompletionTool>? ToTools(IList<AITool>? options, bool? strict)
    {
        if (options is not { Count: > 0 })
        {
            return null;
        }

        var tools = new List<ChatCompletionTool>(options.Count);
        foreach (var tool in options)
        {
#pragma warning disable MEAI001 // HostedImageGenerationTool is experimental in Microsoft.Extensions.AI.
            if (ImageOutputTool.Is(tool))
            {
                // Not a tool on the wire: it asks for image output (modalities), see FromOptions.
                continue;
            }
#pragma warning restore MEAI001

            tools.Add(tool switch
            {
                AIFunctionDeclaration function => new ChatCompletionTool
                {
                    Function = new ChatFunctionDefinition
                    {
                        Name = function.Name,
                        Description = string.IsNullOrEmpty(function.Description) ? null : function.Description,
                        Parameters = function.JsonSchema,
                        Strict = ReadStrict(function.AdditionalProperties) ?? strict,
                    },
                    CacheControl = ReadCacheControl(function.AdditionalProperties),
                },
                HostedWebSearchTool webSearch => ChatCompletionTool.CreateWebSearch(ToWebSearchParameters(webSearch)),

                // Other hosted tools (code interpreter, file search, MCP) have no OpenRouter chat equivalent.
                _ => throw new NotSupportedException($"The tool '{tool.Name}' ({tool.GetType().Name}) has no OpenRouter equivalent; OpenRouter takes function tools (AIFunctionDeclaration), HostedWebSearchTool and HostedImageGenerationTool (image output)."),
            });
        }

        return tools.Count == 0 ? null : tools;
    }

    /// <summary>
    /// The web search server tool's <c>parameters</c>: the tool's additional properties under their wire names
    /// (<c>engine</c>, <c>mode</c>, <c>max_results</c>, <c>max_total_results</c>, <c>max_characters</c>, ...); null when it has none.
    /// </summary>
    private static WebSearchToolParameters? ToWebSearchParameters(HostedWebSearchTool tool)
    {
        if (tool.AdditionalProperties is not { Count: > 0 } properties)
        {
            return null;
        }

        var node = new System.Text.Json.Nodes.JsonObject();
        foreach (var pair in properties)
        {
            node[pair.Key] = AdditionalPropertiesReader.ToJsonNode(pair.Value);
        }

        try
        {
            return node.Deserialize(OpenRouter.Serialization.OpenRouterJsonContext.Default.WebSearchToolParameters);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"HostedWebSearchTool.AdditionalProperties do not fit the options of OpenRouter's web search server tool ({ex.Message}).", nameof(tool), ex);
        }
    }

    private static ResponseFormat? ToResponseFormat(ChatResponseFormat? format, bool? strict) => format switch
    {
        null => null,
        ChatResponseFormatText => ResponseFormat.Text,
        ChatResponseFormatJson { Schema: null } => ResponseFormat.JsonObject,
        ChatResponseFormatJson json => ResponseFormat.ForJsonSchema(SchemaName(json.SchemaName), json.Schema!.Value, json.SchemaDescription, strict),
        _ => throw new NotSupportedException($"The response format {format.GetType().Name} is not supported; use ChatResponseFormat.Text, Json or ForJsonSchema."),
    };

    /// <summary>OpenRouter wants <c>[a-zA-Z0-9_-]</c>, at most 64 characters: other characters become <c>_</c>.</summary>
    private static string SchemaName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "response" : WireIdentifier(name!, '_');

    /// <summary>
    /// The first 64 characters of <paramref name="value"/> that fit <c>[a-zA-Z0-9_-]</c> (names of schemas and message
    /// authors): any other character becomes <paramref name="replacement"/>, or is dropped when it is null.
    /// </summary>
    private static string WireIdentifier(string value, char? replacement)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (builder.Length == 64)
            {
                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-')
            {
                builder.Append(c);
            }
            else if (replacement is { } substitute)
            {
                builder.Append(substitute);
            }
        }

        return builder.ToString();
    }

    private static ToolChoice? ToToolChoice(ChatToolMode? mode) => mode switch
    {
        null => null,
        NoneChatToolMode => ToolChoice.None,
        AutoChatToolMode => ToolChoice.Auto,
        RequiredChatToolMode { RequiredFunctionName: null } => ToolChoice.Required,
        RequiredChatToolMode required => ToolChoice.ForFunction(required.RequiredFunctionName!),
        _ => null,
    };

    private static ReasoningConfig? ToReasoning(ReasoningOptions? reasoning)
    {
        if (reasoning is null || (reasoning.Effort is null && reasoning.Output is null))
        {
            return null;
        }

        ReasoningEffortLevel? effort = reasoning.Effort switch
        {
            null => (ReasoningEffortLevel?)null,
            ReasoningEffort.None => ReasoningEffortLevel.None,
            ReasoningEffort.Low => ReasoningEffortLevel.Low,
            ReasoningEffort.Medium => ReasoningEffortLevel.Medium,
            ReasoningEffort.High => ReasoningEffortLevel.High,
            ReasoningEffort.ExtraHigh => ReasoningEffortLevel.ExtraHigh,
            var other => new ReasoningEffortLevel(other.ToString()!.ToLowerInvariant()),
        };

        return new ReasoningConfig
        {
            Effort = effort,
            Exclude = reasoning.Output == ReasoningOutput.None ? true : null,
            Summary = reasoning.Output == ReasoningOutput.Summary ? "auto" : null,
        };
    }

    private static void AppendMessages(IEnumerable<ChatMessage> messages, List<ChatCompletionMessage> wire)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        HashSet<string>? answered = null;
        foreach (var message in list)
        {
            if (message is null)
            {
                throw new ArgumentException("The message list contains null.", nameof(messages));
            }

            foreach (var content in message.Contents)
            {
                if (content is FunctionResultContent result && result.CallId is not null)
                {
                    (answered ??= new HashSet<string>(StringComparer.Ordinal)).Add(result.CallId);
                }
            }
        }

        foreach (var message in list)
        {
            var role = message.Role.Value;
            if (message.Role == ChatRole.Tool)
            {
                AppendToolResults(message, wire);
            }
            else if (message.Role == ChatRole.Assistant)
            {
                wire.Add(ToAssistantMessage(message, answered));
            }
            else if (message.Role == ChatRole.System || string.Equals(role, "developer", StringComparison.OrdinalIgnoreCase))
            {
                var parts = CachedTextParts(message);
                wire.Add(new ChatCompletionMessage { Role = new MessageRole(role.ToLowerInvariant()), Content = parts is null ? message.Text : null, ContentParts = parts, Name = AuthorName(message) });
            }
            else
            {
                wire.Add(ToUserMessage(message, role));
            }
        }
    }

    private static ChatCompletionMessage ToUserMessage(ChatMessage message, string role)
    {
        var parts = new List<ChatContentPart>(message.Contents.Count);
        var plainText = true; // only text parts, none with cache_control: sent as one string
        foreach (var content in message.Contents)
        {
            var part = ToPart(content);
            if (part is not null)
            {
                plainText &= part.Type == "text" && part.CacheControl is null;
                parts.Add(part);
            }
        }

        var name = AuthorName(message);
        var wireRole = new MessageRole(string.Equals(role, "user", StringComparison.OrdinalIgnoreCase) ? "user" : role);
        if (plainText)
        {
            var text = parts.Count == 1 ? parts[0].Text ?? string.Empty : string.Concat(parts.Select(p => p.Text));
            return new ChatCompletionMessage { Role = wireRole, Content = text, Name = name };
        }

        return new ChatCompletionMessage { Role = wireRole, ContentParts = parts, Name = name };
    }

    /// <summary>
    /// The text parts of a system, developer or assistant message when one of its <see cref="TextContent"/>s carries a
    /// cache breakpoint (<c>AdditionalProperties["cache_control"]</c>), so that the breakpoint reaches the wire; null
    /// when none does (the text is then sent as one string).
    /// </summary>
    private static List<ChatContentPart>? CachedTextParts(ChatMessage message)
    {
        var cached = false;
        foreach (var content in message.Contents)
        {
            cached |= content is TextContent && ReadCacheControl(content.AdditionalProperties) is not null;
        }

        if (!cached)
        {
            return null;
        }

        var parts = new List<ChatContentPart>();
        foreach (var content in message.Contents)
        {
            if (content is TextContent text)
            {
                parts.Add(ChatContentPart.CreateText(text.Text ?? string.Empty, ReadCacheControl(text.AdditionalProperties)));
            }
        }

        return parts;
    }

    private static ChatContentPart? ToPart(AIContent content)
    {
        if (content is not TextContent && ReadCacheControl(content.AdditionalProperties) is not null)
        {
            throw new NotSupportedException($"OpenRouter takes cache_control only on text parts, not on a {content.GetType().Name}. A breakpoint caches everything before it: put it on a TextContent after the {content.GetType().Name}.");
        }

        switch (content)
        {
            case TextContent text:
                return ChatContentPart.CreateText(text.Text ?? string.Empty, ReadCacheControl(text.AdditionalProperties));
            case DataContent data when data.HasTopLevelMediaType("image"):
                return ChatContentPart.CreateImageUrl(data.Uri, ReadDetail(data.AdditionalProperties));
            case UriContent uri when uri.HasTopLevelMediaType("image"):
                return ChatContentPart.CreateImageUrl(uri.Uri, ReadDetail(uri.AdditionalProperties));
            case DataContent data when data.HasTopLevelMediaType("audio"):
                return new ChatContentPart { Type = "input_audio", InputAudio = new ContentInputAudio { Data = data.Base64Data.ToString(), Format = MediaFormats.AudioFormat(data.MediaType) } };
            case UriContent uri when uri.HasTopLevelMediaType("audio"):
                throw new NotSupportedException($"Audio must be sent inline: OpenRouter does not fetch audio from URLs ({uri.Uri}). Load the bytes and pass a DataContent instead.");
            case DataContent data when data.HasTopLevelMediaType("video"):
                return ChatContentPart.CreateVideoUrl(data.Uri);
            case UriContent uri when uri.HasTopLevelMediaType("video"):
                return ChatContentPart.CreateVideoUrl(uri.Uri.ToString());
            case DataContent data:
                return ChatContentPart.CreateFile(data.Name ?? DefaultFileName(data.MediaType), data.Uri);
            case UriContent uri:
                return ChatContentPart.CreateFile(FileNameOf(uri.Uri), uri.Uri.ToString());
            case HostedFileContent file:
                return new ChatContentPart { Type = "file", File = new ContentFile { FileId = file.FileId, Filename = file.Name } };
            default:
                // Reasoning, usage, tool calls and other non-input content do not belong in a user message.
                return null;
        }
    }

    /// <summary>An assistant turn; <paramref name="answered"/> holds the ids of the calls the history has results for (null: none).</summary>
    private static ChatCompletionMessage ToAssistantMessage(ChatMessage message, HashSet<string>? answered)
    {
        var text = new StringBuilder();
        var reasoning = new StringBuilder();
        string? reasoningDetailsJson = null;
        List<ChatCompletionToolCall>? toolCalls = null;
        string? refusal = null;
        foreach (var content in message.Contents)
        {
            switch (content)
            {
                case TextContent t:
                    text.Append(t.Text);
                    break;
                case TextReasoningContent r:
                    reasoning.Append(r.Text);
                    reasoningDetailsJson = r.ProtectedData ?? reasoningDetailsJson;
                    break;
                case FunctionCallContent call when !call.InformationalOnly || answered?.Contains(call.CallId) == true:
                    (toolCalls ??= []).Add(ChatCompletionToolCall.CreateFunctionCall(call.CallId, call.Name, SerializeArguments(call.Arguments)));
                    break;
                case ErrorContent { ErrorCode: "Refusal" } error:
                    refusal = error.Message;
                    break;
            }
        }

        var cachedParts = CachedTextParts(message);
        return new ChatCompletionMessage
        {
            Role = MessageRole.Assistant,
            Content = cachedParts is null && (text.Length > 0 || toolCalls is null) ? text.ToString() : null,
            ContentParts = cachedParts,
            Name = AuthorName(message),
            ToolCalls = toolCalls,
            Reasoning = reasoning.Length > 0 ? reasoning.ToString() : null,
            ReasoningDetails = ReasoningDetailsCodec.Decode(reasoningDetailsJson),
            Refusal = refusal,
        };
    }

    private static void AppendToolResults(ChatMessage message, List<ChatCompletionMessage> wire)
    {
        var any = false;
        foreach (var content in message.Contents)
        {
            if (content is FunctionResultContent result)
            {
                any = true;
                wire.Add(ChatCompletionMessage.Tool(result.CallId, ResultText(result.Result)));
            }
        }

        if (!any && message.Contents.Count > 0)
        {
            throw new ArgumentException("A message with the tool role must hold FunctionResultContent (with the CallId of the call it answers); OpenRouter needs a tool_call_id for every tool message.");
        }
    }

    private static string ResultText(object? result) => result switch
    {
        null => string.Empty,
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString() ?? string.Empty,
        JsonElement e => e.GetRawText(),
        _ => JsonSerializer.Serialize(result, s_compact.GetTypeInfo(result.GetType())),
    };

    private static string SerializeArguments(IDictionary<string, object?>? arguments) =>
        arguments is null || arguments.Count == 0
            ? "{}"
            : JsonSerializer.Serialize(arguments, s_compact.GetTypeInfo(typeof(IDictionary<string, object?>)));

    private static string? AuthorName(ChatMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.AuthorName))
        {
            return null;
        }

        var name = WireIdentifier(message.AuthorName!, replacement: null);
        return name.Length == 0 ? null : name;
    }

    /// <summary>
    /// The prompt-caching breakpoint under the key <c>cache_control</c> (see <see cref="OpenRouterContentExtensions"/>):
    /// a <see cref="CacheControl"/>, or its wire shape as a dictionary or JSON (<c>{"type":"ephemeral","ttl":"1h"}</c>).
    /// </summary>
    private static CacheControl? ReadCacheControl(IReadOnlyDictionary<string, object?>? properties)
    {
        if (properties is null || !properties.TryGetValue("cache_control", out var value) || value is null)
        {
            return null;
        }

        try
        {
            return value as CacheControl ?? AdditionalPropertiesReader.ToJsonNode(value).Deserialize(OpenRouter.Serialization.OpenRouterJsonContext.Default.CacheControl);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"AdditionalProperties[\"cache_control\"] must be a CacheControl or an object such as {{\"type\":\"ephemeral\",\"ttl\":\"1h\"}} ({ex.Message}).", ex);
        }
    }

    private static ImageDetailLevel? ReadDetail(AdditionalPropertiesDictionary? properties)
    {
        if (properties is null || !properties.TryGetValue("detail", out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            ImageDetailLevel level => (ImageDetailLevel?)level,
            string s => new ImageDetailLevel(s),
            JsonElement { ValueKind: JsonValueKind.String } e => new ImageDetailLevel(e.GetString()!),
            _ => null,
        };
    }

    private static string DefaultFileName(string mediaType)
    {
        var subtype = mediaType.Substring(mediaType.IndexOf('/') + 1);
        return "file." + (subtype.Length is > 0 and <= 8 ? subtype : "bin");
    }

    private static string FileNameOf(Uri uri)
    {
        var last = uri.IsAbsoluteUri ? uri.Segments.LastOrDefault()?.Trim('/') : null;
        return string.IsNullOrEmpty(last) ? "file" : last!;
    }
}
