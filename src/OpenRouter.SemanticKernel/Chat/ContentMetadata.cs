using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.SemanticKernel;
using OpenRouter.Extensions.AI.Mapping;
using MeaiProperties = Microsoft.Extensions.AI.AdditionalPropertiesDictionary;
using MeaiUsageContent = Microsoft.Extensions.AI.UsageContent;
using MeaiUsageDetails = Microsoft.Extensions.AI.UsageDetails;

namespace OpenRouter.SemanticKernel;

/// <summary>
/// Restores what Semantic Kernel's <c>IChatClient</c> bridge drops (finish reason, reasoning, citations, generation id,
/// served model and provider, cost) from the raw OpenRouter response each content carries as <c>InnerContent</c>, and builds
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
            Set(metadata, OpenRouterMetadataKeys.Citations, FromOpenRouterResponse.ToCitations(choice?.Message?.Annotations));
            Set(metadata, OpenRouterMetadataKeys.Cost, completion.Usage?.Cost);
            if (!HasUsage(metadata))
            {
                Set(metadata, OpenRouterMetadataKeys.Usage, FromOpenRouterResponse.ToUsageDetails(completion.Usage));
            }

            // The bridge's Usage sums every request of a function-calling exchange, and the cost travels in it.
            Set(metadata, OpenRouterMetadataKeys.TotalCost, UsageCost(metadata) ?? completion.Usage?.Cost);

            content.ModelId ??= completion.Model;
        }

        content.ModelId ??= fallbackModelId;
        content.Metadata = metadata;
    }

    /// <summary>
    /// Completes a streamed chat update whose <c>InnerContent</c> is the <see cref="ChatCompletionChunk"/> with the
    /// OpenRouter metadata keys its chunk brought.
    /// </summary>
    /// <remarks>
    /// The identity of the answer (Id, CreatedAt, Model, Provider) goes on the first update; finish reasons, usage and
    /// cost on the updates that carry them; reasoning on reasoning deltas. An update that brings nothing new (most text
    /// deltas) is left as the bridge made it, so streaming allocates no metadata per text chunk. When the update
    /// repeats the previous chunk (the closing update that delivers assembled tool calls), only the identifying keys
    /// are added, so that usage, cost and reasoning are not counted twice.
    /// </remarks>
    public static void Enrich(StreamingChatMessageContent content, bool repeatsPreviousChunk, bool isFirst, string fallbackModelId, StreamIdentity identity)
    {
        var usageContent = content.Metadata is { } existing && existing.TryGetValue(OpenRouterMetadataKeys.Usage, out var usage) ? usage as MeaiUsageContent : null;
        var chunk = content.InnerContent as ChatCompletionChunk;
        var choice = repeatsPreviousChunk ? null : FirstChoice(chunk);
        var bringsNew = isFirst || repeatsPreviousChunk || usageContent is not null || BringsNew(choice, repeatsPreviousChunk ? null : chunk?.Usage);

        content.ModelId ??= chunk?.Model ?? fallbackModelId;
        if (!bringsNew)
        {
            // Most text deltas: one shared, read-only dictionary per generation carries Id and Model.
            if (content.Metadata is null && chunk is not null)
            {
                content.Metadata = identity.For(chunk.Id, chunk.Model);
            }

            return;
        }

        var metadata = Copy(content.Metadata);

        // The bridge reports usage as the M.E.AI UsageContent; report UsageDetails, as for non-streamed results.
        if (usageContent is not null)
        {
            metadata[OpenRouterMetadataKeys.Usage] = usageContent.Details;
        }

        if (chunk is not null && repeatsPreviousChunk)
        {
            AddResponse(metadata, chunk.Id, chunk.Created, chunk.Model, chunk.Provider);
        }
        else if (chunk is not null)
        {
            AddChunk(metadata, chunk, choice, isFirst);
            if (!HasUsage(metadata))
            {
                Set(metadata, OpenRouterMetadataKeys.Usage, FromOpenRouterResponse.ToUsageDetails(chunk.Usage));
            }
        }

        content.Metadata = metadata;
    }

    /// <summary>
    /// The metadata of a chunk streamed straight to Semantic Kernel content, without the bridge: what a bridged update
    /// would carry, under the same rules.
    /// </summary>
    /// <remarks>
    /// That is the keys and values a bridged update gets from our <c>IChatClient</c> and
    /// <see cref="Enrich(StreamingChatMessageContent, bool, bool, string, StreamIdentity)"/>.
    /// <paramref name="properties"/> are the chunk's Microsoft.Extensions.AI properties (provider, native finish
    /// reason, cost...), created for this chunk; they are completed in place. A chunk that brings nothing new gets them
    /// as they are or, when there are none, the stream's shared identity dictionary (no allocation).
    /// </remarks>
    public static IReadOnlyDictionary<string, object?> ForChunk(ChatCompletionChunk chunk, MeaiProperties? properties, bool isFirst, StreamIdentity identity)
    {
        var choice = FirstChoice(chunk);
        if (!isFirst && !BringsNew(choice, chunk.Usage))
        {
            return properties ?? identity.For(chunk.Id, chunk.Model);
        }

        var metadata = properties ?? new MeaiProperties();
        if (chunk.Usage is { } usage)
        {
            metadata[OpenRouterMetadataKeys.Usage] = FromOpenRouterResponse.ToUsageDetails(usage);
        }

        AddChunk(metadata, chunk, choice, isFirst);

        // Without the function-invoking bridge the call is one request: its cost is the total.
        Set(metadata, OpenRouterMetadataKeys.TotalCost, chunk.Usage?.Cost);
        return metadata;
    }

    /// <summary>
    /// Adds <see cref="OpenRouterMetadataKeys.TotalCost"/>, the running total of <paramref name="total"/>, to a bridged
    /// update that reports a request's usage.
    /// </summary>
    /// <remarks>
    /// The update was completed by
    /// <see cref="Enrich(StreamingChatMessageContent, bool, bool, string, StreamIdentity)"/>. The closing update of a
    /// request reports no usage, so nothing is counted twice.
    /// </remarks>
    public static void AddRunningTotal(StreamingChatMessageContent content, ref decimal? total)
    {
        if (content.Metadata is MeaiProperties metadata && UsageCost(metadata) is { } cost)
        {
            total = (total ?? 0) + cost;
            metadata[OpenRouterMetadataKeys.TotalCost] = total.Value;
        }
    }

    private static decimal? UsageCost(MeaiProperties metadata) =>
        metadata.TryGetValue(OpenRouterMetadataKeys.Usage, out var usage) && usage is MeaiUsageDetails details ? Microsoft.Extensions.AI.OpenRouterCostExtensions.GetOpenRouterCost(details) : null;

    private static ChatCompletionChunkChoice? FirstChoice(ChatCompletionChunk? chunk) => chunk?.Choices is { Count: > 0 } choices ? choices[0] : null;

    /// <summary>Whether a chunk brings a key beyond the answer's Id and Model: usage, or a finish reason, reasoning or citations on its first choice.</summary>
    private static bool BringsNew(ChatCompletionChunkChoice? choice, TokenUsage? usage) =>
        usage is not null || choice?.FinishReason is not null || choice?.NativeFinishReason is not null
        || !string.IsNullOrEmpty(choice?.Delta?.Reasoning) || choice?.Delta?.ReasoningDetails is { Count: > 0 }
        || choice?.Delta?.Annotations is { Count: > 0 };

    /// <summary>
    /// The keys of one streamed chunk, bridged or not: the answer's identity (in full on the first chunk, else Id and
    /// Model), the first choice's finish reasons, reasoning delta and citations, and the cost.
    /// </summary>
    private static void AddChunk(MeaiProperties metadata, ChatCompletionChunk chunk, ChatCompletionChunkChoice? choice, bool isFirst)
    {
        if (isFirst)
        {
            AddResponse(metadata, chunk.Id, chunk.Created, chunk.Model, chunk.Provider);
        }
        else
        {
            Set(metadata, OpenRouterMetadataKeys.Id, chunk.Id);
            Set(metadata, OpenRouterMetadataKeys.Model, chunk.Model);
        }

        AddChoice(metadata, choice?.FinishReason?.Value, choice?.NativeFinishReason, choice?.Delta?.Reasoning, choice?.Delta?.ReasoningDetails);
        Set(metadata, OpenRouterMetadataKeys.Citations, FromOpenRouterResponse.ToCitations(choice?.Delta?.Annotations));
        Set(metadata, OpenRouterMetadataKeys.Cost, chunk.Usage?.Cost);
    }

    /// <summary>
    /// The metadata of the closing update that delivers assembled tool calls: the identifying keys of the last chunk
    /// (which it repeats as <c>InnerContent</c>), so that usage, cost and reasoning are not counted twice.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? ForClosing(ChatCompletionChunk? lastChunk)
    {
        if (lastChunk is null)
        {
            return null;
        }

        var metadata = new MeaiProperties();
        AddResponse(metadata, lastChunk.Id, lastChunk.Created, lastChunk.Model, lastChunk.Provider);
        return metadata;
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

/// <summary>The Id and Model of the generation being streamed, as one read-only dictionary shared by its plain text updates.</summary>
internal sealed class StreamIdentity
{
    private string? _id;
    private IReadOnlyDictionary<string, object?>? _metadata;

    public IReadOnlyDictionary<string, object?> For(string? id, string? model)
    {
        if (_metadata is null || !string.Equals(_id, id, StringComparison.Ordinal))
        {
            var metadata = new Dictionary<string, object?>(2, StringComparer.Ordinal);
            if (id is not null)
            {
                metadata[OpenRouterMetadataKeys.Id] = id;
            }

            if (model is not null)
            {
                metadata[OpenRouterMetadataKeys.Model] = model;
            }

            _id = id;
            _metadata = new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(metadata);
        }

        return _metadata;
    }
}
