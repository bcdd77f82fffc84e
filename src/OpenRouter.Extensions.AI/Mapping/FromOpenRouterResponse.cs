using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenRouter;
using OpenRouter.Extensions.AI.Cost;

namespace OpenRouter.Extensions.AI.Mapping;

/// <summary>Maps a non-streamed OpenRouter chat completion to a Microsoft.Extensions.AI <see cref="ChatResponse"/>.</summary>
internal static class FromOpenRouterResponse
{
    public static ChatResponse ToChatResponse(ChatCompletion completion)
    {
        var choice = completion.Choices![0];
        var wire = choice.Message ?? new ChatCompletionMessage();
        var createdAt = completion.Created > 0 ? DateTimeOffset.FromUnixTimeSeconds(completion.Created) : (DateTimeOffset?)null;
        var properties = ResponseProperties(completion.Provider, choice.NativeFinishReason, completion.Id, completion.SystemFingerprint, completion.ServiceTier?.Value, completion.Usage);

        var message = new ChatMessage(ChatRole.Assistant, MessageContents(wire))
        {
            MessageId = completion.Id,
            CreatedAt = createdAt,
            RawRepresentation = wire,
            AdditionalProperties = properties is null ? null : new AdditionalPropertiesDictionary(properties),
        };

        return new ChatResponse(message)
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = createdAt,
            FinishReason = ToFinishReason(choice.FinishReason?.Value),
            Usage = ToUsageDetails(completion.Usage),
            RawRepresentation = completion,
            AdditionalProperties = properties,
        };
    }

    private static List<AIContent> MessageContents(ChatCompletionMessage wire)
    {
        var contents = new List<AIContent>();
        var details = ReasoningDetailsCodec.Encode(wire.ReasoningDetails);
        if (!string.IsNullOrEmpty(wire.Reasoning) || details is not null)
        {
            contents.Add(new TextReasoningContent(wire.Reasoning) { ProtectedData = details, RawRepresentation = wire.ReasoningDetails });
        }

        if (wire.Content is { } text)
        {
            contents.Add(new TextContent(text) { RawRepresentation = wire.Content });
        }
        else if (wire.ContentParts is { } parts)
        {
            foreach (var part in parts)
            {
                if (ToContent(part) is { } content)
                {
                    contents.Add(content);
                }
            }
        }

        AddImages(wire.Images, contents);
        if (wire.Audio is { Data: { Length: > 0 } audio })
        {
            contents.Add(new DataContent(Convert.FromBase64String(audio), "audio/wav") { RawRepresentation = wire.Audio });
        }

        if (wire.ToolCalls is { } calls)
        {
            foreach (var call in calls)
            {
                if (!string.IsNullOrWhiteSpace(call.Function?.Name))
                {
                    contents.Add(ToFunctionCall(call.Id, call.Function!.Name!, call.Function.Arguments, call));
                }
            }
        }

        if (!string.IsNullOrEmpty(wire.Refusal))
        {
            contents.Add(new ErrorContent(wire.Refusal) { ErrorCode = "Refusal" });
        }

        AttachCitations(wire.Annotations, contents);
        return contents;
    }

    internal static AIContent? ToContent(ChatContentPart part) => part.Type switch
    {
        "text" => new TextContent(part.Text) { RawRepresentation = part },
        "image_url" when part.ImageUrl is { } image => ToMedia(image.Url, "image/*", part),
        _ => null,
    };

    internal static void AddImages(IReadOnlyList<ChatContentPart>? images, List<AIContent> contents)
    {
        if (images is null)
        {
            return;
        }

        foreach (var image in images)
        {
            if (image.ImageUrl?.Url is { Length: > 0 } url)
            {
                contents.Add(ToMedia(url, "image/*", image));
            }
        }
    }

    private static AIContent ToMedia(string url, string fallbackMediaType, object raw) =>
        url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            ? new DataContent(url) { RawRepresentation = raw }
            : new UriContent(new Uri(url), fallbackMediaType) { RawRepresentation = raw };

    /// <summary>A tool call as M.E.AI wants it: a non-empty id (made up when missing) and parsed arguments (empty means none).</summary>
    internal static FunctionCallContent ToFunctionCall(string? id, string name, string? arguments, object? raw)
    {
        var callId = string.IsNullOrEmpty(id) ? "call_" + Guid.NewGuid().ToString("N") : id!;
        var call = string.IsNullOrWhiteSpace(arguments)
            ? new FunctionCallContent(callId, name, new Dictionary<string, object?>())
            : FunctionCallContent.CreateFromParsedArguments(arguments!, callId, name, ParseArguments);
        call.RawRepresentation = raw;
        return call;
    }

    private static IDictionary<string, object?>? ParseArguments(string json) =>
        (IDictionary<string, object?>?)JsonSerializer.Deserialize(json, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>)));

    /// <summary>
    /// Attaches the <c>url_citation</c> annotations to the first <see cref="TextContent"/> (an empty one is added when
    /// there is none), as OpenAIChatClient does.
    /// </summary>
    internal static void AttachCitations(IReadOnlyList<MessageAnnotation>? annotations, List<AIContent> contents)
    {
        if (ToCitations(annotations) is not { } citations)
        {
            return;
        }

        TextContent? target = null;
        foreach (var content in contents)
        {
            if (content is TextContent text)
            {
                target = text;
                break;
            }
        }

        if (target is null)
        {
            target = new TextContent(string.Empty);
            contents.Add(target);
        }

        foreach (var citation in citations)
        {
            (target.Annotations ??= []).Add(citation);
        }
    }

    /// <summary>The <c>url_citation</c> annotations as <see cref="CitationAnnotation"/>s, or null when there are none.</summary>
    internal static List<CitationAnnotation>? ToCitations(IReadOnlyList<MessageAnnotation>? annotations)
    {
        List<CitationAnnotation>? citations = null;
        for (var i = 0; annotations is not null && i < annotations.Count; i++)
        {
            if (annotations[i].UrlCitation is not { } citation)
            {
                continue;
            }

            var mapped = new CitationAnnotation
            {
                Title = string.IsNullOrEmpty(citation.Title) ? null : citation.Title,
                Url = Uri.TryCreate(citation.Url, UriKind.Absolute, out var url) ? url : null,
                Snippet = citation.Content,
                RawRepresentation = annotations[i],
            };

            // Some providers send 0..0 for every source (no span): only a real span becomes a region.
            if (citation.StartIndex is { } start && citation.EndIndex is { } end && end > start)
            {
                mapped.AnnotatedRegions = [new TextSpanAnnotatedRegion { StartIndex = start, EndIndex = end }];
            }

            (citations ??= []).Add(mapped);
        }

        return citations;
    }

    public static ChatFinishReason? ToFinishReason(string? value) => value switch
    {
        null or "" => null,
        "stop" => ChatFinishReason.Stop,
        "length" => ChatFinishReason.Length,
        "tool_calls" or "function_call" => ChatFinishReason.ToolCalls,
        "content_filter" => ChatFinishReason.ContentFilter,
        _ => new ChatFinishReason(value),
    };

    public static UsageDetails? ToUsageDetails(TokenUsage? usage)
    {
        if (usage is null)
        {
            return null;
        }

        var details = new UsageDetails
        {
            InputTokenCount = usage.PromptTokens,
            OutputTokenCount = usage.CompletionTokens,
            TotalTokenCount = usage.TotalTokens,
            CachedInputTokenCount = usage.PromptTokensDetails?.CachedTokens,
            ReasoningTokenCount = usage.CompletionTokensDetails?.ReasoningTokens,
        };

        AddCount(ref details, OpenRouterUsageKeys.CacheWriteInputTokens, usage.PromptTokensDetails?.CacheWriteTokens);
        AddCount(ref details, OpenRouterUsageKeys.AudioInputTokens, usage.PromptTokensDetails?.AudioTokens);
        AddCount(ref details, OpenRouterUsageKeys.VideoInputTokens, usage.PromptTokensDetails?.VideoTokens);
        AddCount(ref details, OpenRouterUsageKeys.AudioOutputTokens, usage.CompletionTokensDetails?.AudioTokens);
        AddCount(ref details, OpenRouterUsageKeys.ImageOutputTokens, usage.CompletionTokensDetails?.ImageTokens);
        AddCount(ref details, OpenRouterUsageKeys.AcceptedPredictionTokens, usage.CompletionTokensDetails?.AcceptedPredictionTokens);
        AddCount(ref details, OpenRouterUsageKeys.RejectedPredictionTokens, usage.CompletionTokensDetails?.RejectedPredictionTokens);
        var serverTools = usage.GetServerToolUse();
        AddCount(ref details, OpenRouterUsageKeys.WebSearchRequests, serverTools?.WebSearchRequests);
        AddCount(ref details, OpenRouterUsageKeys.ServerToolCallsRequested, serverTools?.ToolCallsRequested);
        AddCount(ref details, OpenRouterUsageKeys.ServerToolCallsExecuted, serverTools?.ToolCallsExecuted);
        UsageCostCounts.Add(details, usage);
        return details;
    }

    private static void AddCount(ref UsageDetails details, string key, int? value)
    {
        if (value is { } v && v != 0)
        {
            (details.AdditionalCounts ??= [])[key] = v;
        }
    }

    /// <summary>
    /// The OpenRouter facts that have no typed home in M.E.AI, under their wire names, as JSON-friendly values:
    /// <c>provider</c>, <c>native_finish_reason</c>, <c>generation_id</c>, <c>cost</c>, <c>is_byok</c>,
    /// <c>upstream_inference_cost</c>, <c>system_fingerprint</c>, <c>service_tier</c>.
    /// </summary>
    internal static AdditionalPropertiesDictionary? ResponseProperties(string? provider, string? nativeFinishReason, string? generationId, string? systemFingerprint, string? serviceTier, TokenUsage? usage)
    {
        AdditionalPropertiesDictionary? properties = null;
        Set(ref properties, OpenRouterPropertyNames.Provider, provider);
        Set(ref properties, OpenRouterPropertyNames.NativeFinishReason, nativeFinishReason);
        Set(ref properties, OpenRouterPropertyNames.GenerationId, generationId);
        Set(ref properties, OpenRouterPropertyNames.SystemFingerprint, systemFingerprint);
        Set(ref properties, OpenRouterPropertyNames.ServiceTier, serviceTier);
        AddCosts(ref properties, usage);
        return properties;
    }

    /// <summary>Adds the <c>cost</c>, <c>is_byok</c> and <c>upstream_inference_cost</c> that <paramref name="usage"/> reports, creating the dictionary only when there is one.</summary>
    internal static void AddCosts(ref AdditionalPropertiesDictionary? properties, TokenUsage? usage)
    {
        if (usage is not null)
        {
            Set(ref properties, OpenRouterPropertyNames.Cost, usage.Cost);
            Set(ref properties, OpenRouterPropertyNames.IsByok, usage.IsByok);
            Set(ref properties, OpenRouterPropertyNames.UpstreamInferenceCost, usage.CostDetails?.UpstreamInferenceCost);
        }
    }

    private static void Set(ref AdditionalPropertiesDictionary? properties, string key, object? value)
    {
        if (value is not null)
        {
            (properties ??= [])[key] = value;
        }
    }
}
