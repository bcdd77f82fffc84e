using System;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenRouter.Extensions.AI.Mapping;
using MeaiProperties = Microsoft.Extensions.AI.AdditionalPropertiesDictionary;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// Turns the chunks of one streamed chat completion straight into Semantic Kernel
/// <see cref="StreamingChatMessageContent"/>s, for calls that cannot invoke kernel functions. One instance per call; not
/// thread-safe.
/// </summary>
/// <remarks>
/// It yields what the stock bridge over our <c>IChatClient</c> yielded, completed by <see cref="ContentMetadata"/>,
/// without the two intermediate objects per chunk (the Microsoft.Extensions.AI update and its content list):
/// <list type="bullet">
/// <item>one content per chunk: role assistant, the chunk as <c>InnerContent</c>, the first model the stream named (else
/// the requested one) as <c>ModelId</c>; one <see cref="StreamingTextContent"/> per text delta or text part;</item>
/// <item>metadata as <see cref="ContentMetadata.ForChunk"/> makes it (a plain text chunk shares one identity dictionary);</item>
/// <item>reasoning only in metadata (<see cref="OpenRouterMetadataKeys.Reasoning"/>, <see cref="OpenRouterMetadataKeys.ReasoningDetails"/>);</item>
/// <item>after the last chunk, when the stream brought tool calls, reasoning details, a refusal or citations, one closing
/// content that repeats the last chunk, carries one <see cref="StreamingFunctionCallUpdateContent"/> per assembled tool
/// call, and adds each call to the chat history as an assistant message, as the bridge does.</item>
/// </list>
/// </remarks>
internal sealed class ChunkContentStream
{
    private readonly string _fallbackModelId;
    private readonly StreamIdentity _identity = new();
    private readonly ToolCallAccumulator _toolCalls = new();
    private string? _modelId;
    private ChatCompletionChunk? _lastChunk;
    private bool _first = true;
    private bool _providerReported;
    private bool _closes;
    private bool _cites;

    public ChunkContentStream(string fallbackModelId) => _fallbackModelId = fallbackModelId;

    public StreamingChatMessageContent ToContent(ChatCompletionChunk chunk)
    {
        _lastChunk = chunk;
        _modelId ??= chunk.Model;

        var content = new StreamingChatMessageContent(AuthorRole.Assistant, null) { InnerContent = chunk, ModelId = _modelId ?? _fallbackModelId };
        if (chunk.Choices is { } choices)
        {
            for (var i = 0; i < choices.Count; i++)
            {
                if (choices[i].Delta is { } delta)
                {
                    AddDelta(delta, content);
                }
            }
        }

        var properties = FromOpenRouterStream.ChunkProperties(chunk, ref _providerReported);
        content.Metadata = ContentMetadata.ForChunk(chunk, properties, _first, _identity);
        _first = false;
        return content;
    }

    /// <summary>The closing content with the assembled tool calls, or null when the stream brought nothing to close with.</summary>
    public StreamingChatMessageContent? Complete(ChatHistory chatHistory)
    {
        if (!_closes && !_cites && _toolCalls.Calls.Count == 0)
        {
            return null;
        }

        var content = new StreamingChatMessageContent(AuthorRole.Assistant, null)
        {
            InnerContent = _lastChunk,
            ModelId = _modelId ?? _fallbackModelId,
            Metadata = ContentMetadata.ForClosing(_lastChunk),
        };

        var index = 0;
        foreach (var call in _toolCalls.Calls)
        {
            if (string.IsNullOrWhiteSpace(call.Name))
            {
                continue;
            }

            // The id and parsed arguments as the IChatClient makes them (an id is made up when the model sent none).
            var arguments = call.Arguments.ToString();
            var parsed = FromOpenRouterResponse.ToFunctionCall(call.Id, call.Name!, arguments, null);
            content.Items.Add(new StreamingFunctionCallUpdateContent(parsed.CallId, parsed.Name, ArgumentsJson(arguments), index++) { ModelId = _modelId });

            var message = new ChatMessageContent { Role = AuthorRole.Assistant, Metadata = new MeaiProperties { [OpenRouterMetadataKeys.Usage] = null } };
            message.Items.Add(new FunctionCallContent(parsed.Name, null, parsed.CallId, parsed.Arguments is null ? null : new KernelArguments(parsed.Arguments)));
            chatHistory.Add(message);
        }

        if (_cites)
        {
            // Citations attach to an empty text item, as the IChatClient's closing update carries them.
            content.Items.Add(new StreamingTextContent(string.Empty) { ModelId = _modelId });
        }

        return content;
    }

    /// <summary>The arguments as the model sent them; none at all is an empty object, as the IChatClient reads it.</summary>
    private static string ArgumentsJson(string arguments) => string.IsNullOrWhiteSpace(arguments) ? "{}" : arguments;

    private void AddDelta(ChatCompletionMessage delta, StreamingChatMessageContent content)
    {
        if (delta.ReasoningDetails is { } details)
        {
            foreach (var detail in details)
            {
                _closes |= detail.RawJson.ValueKind == JsonValueKind.Object;
            }
        }

        if (!string.IsNullOrEmpty(delta.Content))
        {
            content.Items.Add(new StreamingTextContent(delta.Content) { ModelId = _modelId });
        }
        else if (delta.ContentParts is { } parts)
        {
            foreach (var part in parts)
            {
                // Image parts have no streaming Semantic Kernel item; the bridge drops them too.
                if (part.Type == "text")
                {
                    content.Items.Add(new StreamingTextContent(part.Text) { ModelId = _modelId, InnerContent = part });
                }
            }
        }

        if (delta.ToolCalls is { } calls)
        {
            foreach (var fragment in calls)
            {
                _toolCalls.Add(fragment);
            }
        }

        _closes |= !string.IsNullOrEmpty(delta.Refusal);
        _cites |= delta.Annotations is { Count: > 0 };
    }
}
