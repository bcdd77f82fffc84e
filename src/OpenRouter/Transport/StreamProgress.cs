namespace OpenRouter.Transport;

/// <summary>How far one stream got: the chunks delivered, the generation id, and whether it ended properly.</summary>
internal sealed class StreamProgress
{
    public StreamProgress(string? generationId)
    {
        GenerationId = generationId;
    }

    /// <summary>The generation id: from the response header, then from the latest chunk that carried one.</summary>
    public string? GenerationId { get; private set; }

    /// <summary>How many chunks were delivered.</summary>
    public int Received { get; private set; }

    /// <summary>Gets or sets a value indicating whether the stream ended with OpenRouter's <c>[DONE]</c>.</summary>
    public bool SawDone { get; set; }

    /// <summary>Gets a value indicating whether a delivered chunk carried a finish reason.</summary>
    public bool SawFinishReason { get; private set; }

    /// <summary>Gets a value indicating whether the answer is whole: <c>[DONE]</c> or a finish reason arrived.</summary>
    public bool IsComplete => SawDone || SawFinishReason;

    /// <summary>Takes the generation id of <paramref name="chunk"/>, when it has one.</summary>
    public void Observe(IOpenRouterStreamChunk chunk) => GenerationId = chunk.GenerationId ?? GenerationId;

    /// <summary>Counts <paramref name="chunk"/> as delivered.</summary>
    public void Count(IOpenRouterStreamChunk chunk)
    {
        Received++;
        SawFinishReason |= chunk.HasFinishReason;
    }
}
