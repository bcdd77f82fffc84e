using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.SemanticKernel;
using OpenRouter.Extensions.AI.Mapping;
using MeaiProperties = Microsoft.Extensions.AI.AdditionalPropertiesDictionary;
using MeaiUsageContent = Microsoft.Extensions.AI.UsageContent;
using MeaiUsageDetails = Microsoft.Extensions.AI.UsageDetails;

namespace OpenRouter.SemanticKernel.Internal;

/// <summary>
/// Restores what Semantic Kernel's <c>IChatClient</c> bridge drops (finish reason, reasoning, generation id, served
/// model and provider, cost) from the raw OpenRouter response each content carries as <c>InnerContent</c>, and builds
/// the same metadata for text generation.
/// </summary>
internal static class ContentMetadata
{
    /// <summary>Completes a non-streamed chat message whose <c>InnerContent</c> is the <see cref="ChatCompletion"/>.</summary>
    public static void Enrich(ChatMessageContent content, string fallbackModelId)
    {
        var metadata = Copy(content.Metadata);
        if (content.InnerContent is ChatCompletion completion)
        {
            var choice = completion.Choices?.FirstOrDefault();
            AddResponse(metadata, completion.Id, completion.Created, completion.Model, completion.Provider);
            AddChoice(metadata, choice?.FinishReason?.Value, choice?.NativeFinishReason, choice?.Message?.Reasoning, choice?.Message?.ReasoningDetails);
            Set(metadata, OpenRouterMetadataKeys.Cost, completion.Usage?.Cost);
            if (!HasUsage(metadata))
            {
                Set(metadata, OpenRouterMetadataKeys.Usage, FromOpenRouterResponse.ToUsageDetails(completion.Usage));
            }

            content.ModelId ??= completion.Model;
        }

        content.ModelId ??= fallbackModelId;
        content.Metadata = metadata;
    }

    /// <summary>
    /// Completes a streamed chat update whose <c>InnerContent</c> is the <see cref="ChatCompletionChunk"/>. When the
    /// update repeats the previous chunk (the closing update that delivers assembled tool calls), only the identifying
    /// keys are added, so that usage, cost and reasoning are not counted twice.
    /// </summary>
    public static void Enrich(StreamingChatMessageContent content, bool repeatsPreviousChunk, string fallbackModelId)
    {
        var metadata = Copy(content.Metadata);

        // The bridge reports usage as the M.E.AI UsageContent; report UsageDetails, as for non-streamed results.
        if (metadata.TryGetValue(OpenRouterMetadataKeys.Usage, out var usage) && usage is MeaiUsageContent usageContent)
        {
            metadata[OpenRouterMetadataKeys.Usage] = usageContent.Details;
        }

        if (content.InnerContent is ChatCompletionChunk chunk)
        {
            AddResponse(metadata, chunk.Id, chunk.Created, chunk.Model, chunk.Provider);
            if (!repeatsPreviousChunk)
            {
                var choice = chunk.Choices?.FirstOrDefault();
                AddChoice(metadata, choice?.FinishReason?.Value, choice?.NativeFinishReason, choice?.Delta?.Reasoning, choice?.Delta?.ReasoningDetails);
                Set(metadata, OpenRouterMetadataKeys.Cost, chunk.Usage?.Cost);
                if (!HasUsage(metadata))
                {
                    Set(metadata, OpenRouterMetadataKeys.Usage, FromOpenRouterResponse.ToUsageDetails(chunk.Usage));
                }
            }

            content.ModelId ??= chunk.Model;
        }

        content.ModelId ??= fallbackModelId;
        content.Metadata = metadata;
    }

    /// <summary>The metadata of one choice of a legacy text completion or chunk.</summary>
    public static MeaiProperties ForText(string? id, long created, string? model, string? provider, TokenUsage? usage, CompletionChoice? choice)
    {
        var metadata = new MeaiProperties();
        AddResponse(metadata, id, created, model, provider);
        AddChoice(metadata, choice?.FinishReason?.Value, choice?.NativeFinishReason, choice?.Reasoning, choice?.ReasoningDetails);
        Set(metadata, OpenRouterMetadataKeys.Usage, FromOpenRouterResponse.ToUsageDetails(usage));
        Set(metadata, OpenRouterMetadataKeys.Cost, usage?.Cost);
        return metadata;
    }

    private static void AddResponse(MeaiProperties metadata, string? id, long created, string? model, string? provider)
    {
        Set(metadata, OpenRouterMetadataKeys.Id, id);
        if (created > 0)
        {
            metadata[OpenRouterMetadataKeys.CreatedAt] = DateTimeOffset.FromUnixTimeSeconds(created);
        }

        Set(metadata, OpenRouterMetadataKeys.Model, model);
        Set(metadata, OpenRouterMetadataKeys.Provider, provider);
    }

    private static void AddChoice(MeaiProperties metadata, string? finishReason, string? nativeFinishReason, string? reasoning, IReadOnlyList<ReasoningDetail>? reasoningDetails)
    {
        Set(metadata, OpenRouterMetadataKeys.FinishReason, finishReason);
        Set(metadata, OpenRouterMetadataKeys.NativeFinishReason, nativeFinishReason);
        Set(metadata, OpenRouterMetadataKeys.Reasoning, string.IsNullOrEmpty(reasoning) ? null : reasoning);
        Set(metadata, OpenRouterMetadataKeys.ReasoningDetails, ReasoningDetailsCodec.Encode(reasoningDetails));
    }

    private static MeaiProperties Copy(IReadOnlyDictionary<string, object?>? source)
    {
        var copy = new MeaiProperties();
        if (source is not null)
        {
            foreach (var pair in source)
            {
                copy[pair.Key] = pair.Value;
            }
        }

        return copy;
    }

    private static bool HasUsage(MeaiProperties metadata) => metadata.TryGetValue(OpenRouterMetadataKeys.Usage, out var value) && value is MeaiUsageDetails;

    private static void Set(MeaiProperties metadata, string key, object? value)
    {
        if (value is not null)
        {
            metadata[key] = value;
        }
    }
}
