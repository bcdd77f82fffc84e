using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.Extensions.AI;
using OpenRouter;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>
/// Turns the chunks of one streamed completion into <see cref="ChatResponseUpdate"/>s, one per chunk. One instance per
/// call; not thread-safe.
/// </summary>
/// <remarks>
/// Text and reasoning deltas go out as they arrive, usage on the usage chunk; every update carries the generation id as
/// response and message id, the creation time, the model and the role. Tool-call fragments, <c>reasoning_details</c>
/// fragments, refusals and citations are assembled and delivered in one final update after the stream ends.
/// </remarks>
internal sealed class FromOpenRouterStream
{
    private readonly ToolCallAccumulator _toolCalls = new();
    private readonly ReasoningDetailsAccumulator _reasoningDetails = new();
    private List<MessageAnnotation>? _annotations;
    private StringBuilder? _refusal;
    private string? _responseId;
    private DateTimeOffset? _createdAt;
    private string? _modelId;
    private ChatFinishReason? _finishReason;
    private bool _providerReported;
    private ChatCompletionChunk? _lastChunk;

    public ChatResponseUpdate ToUpdate(ChatCompletionChunk chunk)
    {
        _lastChunk = chunk;
        _responseId ??= chunk.Id;
        _createdAt ??= chunk.Created > 0 ? DateTimeOffset.FromUnixTimeSeconds(chunk.Created) : null;
        _modelId ??= chunk.Model;

        var contents = new List<AIContent>();
        if (chunk.Choices is { } choices)
        {
            foreach (var choice in choices)
            {
                if (choice.Delta is { } delta)
                {
                    AddDelta(delta, contents);
                }

                if (choice.FinishReason is { } finish)
                {
                    _finishReason ??= FromOpenRouterResponse.ToFinishReason(finish.Value);
                }
            }
        }

        if (chunk.Usage is { } usage)
        {
            contents.Add(new UsageContent(FromOpenRouterResponse.ToUsageDetails(usage)!) { RawRepresentation = usage });
        }

        return NewUpdate(contents, ChunkProperties(chunk, ref _providerReported), chunk);
    }

    /// <summary>The chunk's OpenRouter facts that have no typed home in M.E.AI, or null when it has none.</summary>
    /// <remarks>
    /// They are the served provider, generation id, fingerprint and tier on the first chunk that names a provider
    /// (<paramref name="providerReported"/> records that it was), each choice's native finish reason, and the costs its
    /// usage reports. Shared with the Semantic Kernel stream, which maps chunks without an update, so that both carry
    /// the same keys.
    /// </remarks>
    internal static AdditionalPropertiesDictionary? ChunkProperties(ChatCompletionChunk chunk, ref bool providerReported)
    {
        AdditionalPropertiesDictionary? properties = null;
        if (!providerReported && chunk.Provider is not null)
        {
            providerReported = true;
            properties = FromOpenRouterResponse.ResponseProperties(chunk.Provider, null, chunk.Id, chunk.SystemFingerprint, chunk.ServiceTier?.Value, null);
        }

        if (chunk.Choices is { } choices)
        {
            for (var i = 0; i < choices.Count; i++)
            {
                if (choices[i].NativeFinishReason is { } native)
                {
                    (properties ??= [])[OpenRouterPropertyNames.NativeFinishReason] = native;
                }
            }
        }

        FromOpenRouterResponse.AddCosts(ref properties, chunk.Usage);
        return properties;
    }

    /// <summary>The update with everything assembled over the stream, or null when there is nothing to add.</summary>
    public ChatResponseUpdate? Complete()
    {
        if (_toolCalls.Calls.Count == 0 && !_reasoningDetails.HasAny && _refusal is null && _annotations is null)
        {
            return null;
        }

        var contents = new List<AIContent>();
        if (_reasoningDetails.ToJson() is { } details)
        {
            contents.Add(new TextReasoningContent(string.Empty) { ProtectedData = details });
        }

        foreach (var call in _toolCalls.Calls)
        {
            if (!string.IsNullOrWhiteSpace(call.Name))
            {
                contents.Add(FromOpenRouterResponse.ToFunctionCall(call.Id, call.Name!, call.Arguments.ToString(), null));
            }
        }

        if (_refusal is not null)
        {
            contents.Add(new ErrorContent(_refusal.ToString()) { ErrorCode = "Refusal" });
        }

        FromOpenRouterResponse.AttachCitations(_annotations, contents);
        return NewUpdate(contents, null, _lastChunk);
    }

    private ChatResponseUpdate NewUpdate(List<AIContent> contents, AdditionalPropertiesDictionary? properties, object? raw) =>
        new(ChatRole.Assistant, contents)
        {
            ResponseId = _responseId,
            MessageId = _responseId,
            CreatedAt = _createdAt,
            ModelId = _modelId,
            FinishReason = _finishReason,
            RawRepresentation = raw,
            AdditionalProperties = properties,
        };

    private void AddDelta(ChatCompletionMessage delta, List<AIContent> contents)
    {
        AddReasoning(delta, contents);
        if (!string.IsNullOrEmpty(delta.Content))
        {
            contents.Add(new TextContent(delta.Content));
        }
        else if (delta.ContentParts is { } parts)
        {
            foreach (var part in parts)
            {
                if (FromOpenRouterResponse.ToContent(part) is { } content)
                {
                    contents.Add(content);
                }
            }
        }

        FromOpenRouterResponse.AddImages(delta.Images, contents);

        if (delta.ToolCalls is { } calls)
        {
            foreach (var fragment in calls)
            {
                _toolCalls.Add(fragment);
            }
        }

        if (!string.IsNullOrEmpty(delta.Refusal))
        {
            (_refusal ??= new StringBuilder()).Append(delta.Refusal);
        }

        if (delta.Annotations is { Count: > 0 } annotations)
        {
            (_annotations ??= []).AddRange(annotations);
        }
    }

    /// <summary>Adds the delta's reasoning text, and keeps its <c>reasoning_details</c> fragments for the final update.</summary>
    private void AddReasoning(ChatCompletionMessage delta, List<AIContent> contents)
    {
        if (!string.IsNullOrEmpty(delta.Reasoning))
        {
            contents.Add(new TextReasoningContent(delta.Reasoning));
        }

        if (delta.ReasoningDetails is { } details)
        {
            foreach (var detail in details)
            {
                _reasoningDetails.Add(detail);

                // Some providers send reasoning only as details: surface their text once, not twice.
                if (string.IsNullOrEmpty(delta.Reasoning) && (detail.Text ?? detail.Summary) is { Length: > 0 } text)
                {
                    contents.Add(new TextReasoningContent(text));
                }
            }
        }
    }
}
